package org.vanban.ocr;

/**
 * Cheap measurements of a grey page image that decide how it is read first: the background level (the
 * 90th percentile of the grey levels), the ink level (the 1st percentile), their difference (contrast), how
 * much the background level varies between the tiles of an 8×8 grid (uneven light, shadows, photocopy
 * toner), and the share of grey pixels that are neither ink nor paper (noise, faded strokes, blur). Every
 * 4th pixel of every 4th row is looked at, so measuring costs a few milliseconds per page.
 *
 * @param background   paper grey level, 0..255
 * @param ink          ink grey level, 0..255
 * @param unevenness   highest minus lowest tile background level
 * @param midGreyShare share of sampled pixels between ink and paper (0..1)
 */
public record PageMeasures(int background, int ink, int unevenness, double midGreyShare) {

    /** At least this much contrast between paper and ink for a page to count as clean. */
    static final int CLEAN_MIN_CONTRAST = 110;
    /** Paper at least this bright. */
    static final int CLEAN_MIN_BACKGROUND = 170;
    /** Tile backgrounds within this many grey levels of each other (even light). */
    static final int CLEAN_MAX_UNEVENNESS = 45;
    /** At most this share of pixels between ink and paper (antialiased edges of clean print stay well below). */
    static final double CLEAN_MAX_MID_GREY = 0.06;

    private static final int STEP = 4;
    private static final int GRID = 8;

    /** Measures a page given as row-major 8-bit grey pixels. */
    public static PageMeasures of(byte[] grey, int w, int h) {
        int[] all = new int[256];
        int[][] tiles = new int[GRID * GRID][256];
        for (int y = 0; y < h; y += STEP) {
            int ty = Math.min(GRID - 1, y * GRID / h);
            int row = y * w;
            for (int x = 0; x < w; x += STEP) {
                int v = grey[row + x] & 0xff;
                all[v]++;
                tiles[ty * GRID + Math.min(GRID - 1, x * GRID / w)][v]++;
            }
        }
        int background = percentile(all, 0.90);
        int ink = percentile(all, 0.01);
        int lo = 255;
        int hi = 0;
        for (int[] t : tiles) {
            if (count(t) == 0) {
                continue;
            }
            int b = percentile(t, 0.90);
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
        }
        int contrast = Math.max(0, background - ink);
        int from = ink + contrast / 4;
        int to = background - contrast / 4;
        long mid = 0;
        for (int v = from + 1; v < to; v++) {
            mid += all[v];
        }
        long total = count(all);
        return new PageMeasures(background, ink, Math.max(0, hi - lo), total == 0 ? 0 : (double) mid / total);
    }

    /** Paper minus ink. */
    public int contrast() {
        return background - ink;
    }

    /**
     * A clean page (bright even paper, dark ink, little in between): Tesseract's own binarisation reads it
     * best, as plain {@code tesseract} does; cleaning it first only costs time and can thin strokes and marks.
     */
    public boolean clean() {
        return contrast() >= CLEAN_MIN_CONTRAST && background >= CLEAN_MIN_BACKGROUND
                && unevenness <= CLEAN_MAX_UNEVENNESS && midGreyShare <= CLEAN_MAX_MID_GREY;
    }

    private static long count(int[] hist) {
        long n = 0;
        for (int c : hist) {
            n += c;
        }
        return n;
    }

    private static int percentile(int[] hist, double q) {
        long total = count(hist);
        if (total == 0) {
            return 255;
        }
        long want = (long) Math.ceil(q * total);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= want) {
                return v;
            }
        }
        return 255;
    }
}
