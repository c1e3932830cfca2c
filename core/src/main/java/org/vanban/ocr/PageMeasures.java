package org.vanban.ocr;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a scanned page looks like, measured cheaply on its grey pixels before any cleaning (one pass over every
 * other pixel, in cells of about 5 mm): how bright the paper is and how evenly it is lit, how dark the ink is
 * against it, how grainy the blank paper is, and how tall the letters and how thick their strokes are (from a
 * threshold half way between paper and ink). {@link ImagePreprocessor} chooses each page's preparation from these.
 *
 * @param paper        the paper's brightness, 0..255 (median over cells of the cell's bright end)
 * @param unevenness   spread of the paper's brightness over the page, 0..255 (the 90th minus the 10th percentile
 *                     of the cells' bright ends: a lamp gradient, a dark copier edge, a desk around a photo)
 * @param contrast     paper minus ink, 0..255 (ink: median over cells holding text of the cell's dark end)
 * @param noise        grain of blank paper: median standard deviation of the cells without ink, in grey levels
 * @param specks       small dark dots on blank paper per cell without ink (dust, toner, copier speckle)
 * @param letterHeight median height in px of the letter-sized ink groups of the threshold (0 when too few)
 * @param strokeWidth  mean horizontal run of ink in px on the threshold (0 when there is no ink)
 * @param greyShare    share of the pixels in mid-grey (48..207): the edges of letters in a grey scan, none in a fax
 */
public record PageMeasures(double paper, double unevenness, double contrast, double noise, double specks,
                           int letterHeight, double strokeWidth, double greyShare) {

    /** Cells per page width (about 5 mm on A4). */
    static final int CELLS_ACROSS = 40;

    /**
     * A page on which the scanner left nothing a reader has to clean up: evenly lit paper (the bright ends of its
     * cells within 8 grey levels: clean office scans measure 0-4, a mild copier gradient 12, photocopies 36-44),
     * dark ink (contrast at least 180: clean scans 184-224 at 200-400 dpi, a mild scan 172, photocopies 112-136),
     * little grain and no speckle on the blank paper.
     */
    public boolean clean() {
        return unevenness <= 8 && contrast >= 180 && noise <= 3 && specks <= 0.05;
    }

    /** A page with no grey left: black ink on white paper and no grain (a fax, a page binarised by its scanner). */
    public boolean blackAndWhite() {
        return greyShare < 0.001;
    }

    /** Measures a grey page ({@code w * h} bytes, row by row). */
    public static PageMeasures of(byte[] grey, int w, int h) {
        int cell = Math.max(8, w / CELLS_ACROSS);
        int cw = (w + cell - 1) / cell, ch = (h + cell - 1) / cell;
        int n = cw * ch;
        int[][] hist = new int[n][64];
        long[] sum = new long[n], sq = new long[n];
        int[] count = new int[n];
        for (int y = 0; y < h; y += 2) {
            int row = (y / cell) * cw, o = y * w;
            for (int x = 0; x < w; x += 2) {
                int v = grey[o + x] & 0xFF, c = row + x / cell;
                hist[c][v >> 2]++;
                sum[c] += v;
                sq[c] += (long) v * v;
                count[c]++;
            }
        }
        double[] bright = new double[n], dark = new double[n];
        long mid = 0, all = 0;
        for (int c = 0; c < n; c++) {
            for (int b = 12; b < 52; b++) mid += hist[c][b];
            all += count[c];
            bright[c] = percentile(hist[c], count[c], 0.95);
            dark[c] = percentile(hist[c], count[c], 0.01);
        }
        double[] sortedBright = bright.clone();
        Arrays.sort(sortedBright);
        double paper = sortedBright[n / 2];
        double unevenness = sortedBright[(int) (n * 0.9)] - sortedBright[(int) (n * 0.1)];
        double[] inks = new double[n], noises = new double[n];
        int ni = 0, nb = 0;
        long speckCells = 0;
        for (int c = 0; c < n; c++) {
            if (count[c] == 0) continue;
            if (dark[c] < bright[c] - 80) {
                inks[ni++] = dark[c];
            } else {
                double mean = (double) sum[c] / count[c];
                noises[nb++] = Math.sqrt(Math.max(0, (double) sq[c] / count[c] - mean * mean));
                if (dark[c] < bright[c] - 40) speckCells++;
            }
        }
        double ink = ni == 0 ? paper : median(inks, ni);
        double noise = nb == 0 ? 0 : median(noises, nb);
        double specks = nb == 0 ? 0 : (double) speckCells / nb;
        int[] shape = shape(grey, w, h, (int) Math.round((paper + ink) / 2));
        return new PageMeasures(paper, unevenness, paper - ink, noise, specks, shape[0], shape[1] / 100.0,
                all == 0 ? 0 : (double) mid / all);
    }

    /** {letter height, stroke width * 100} of a threshold at {@code t} (ink: darker than t). */
    private static int[] shape(byte[] grey, int w, int h, int t) {
        long inkPx = 0, runs = 0;
        byte[] bw = new byte[grey.length];
        for (int y = 0; y < h; y++) {
            int o = y * w;
            boolean prev = false;
            for (int x = 0; x < w; x++) {
                boolean inkHere = (grey[o + x] & 0xFF) < t;
                if (inkHere) {
                    inkPx++;
                    if (!prev) runs++;
                    bw[o + x] = 0;
                } else {
                    bw[o + x] = (byte) 255;
                }
                prev = inkHere;
            }
        }
        int[] heights = new int[256];
        new Despeckler().despeckle(bw, w, h, heights);
        int letter = ImagePreprocessor.medianHeight(heights, ImagePreprocessor.MIN_GLYPHS);
        return new int[]{letter, runs == 0 ? 0 : (int) Math.round(100.0 * inkPx / runs)};
    }

    private static double percentile(int[] hist, int count, double q) {
        if (count == 0) return 0;
        long want = (long) Math.ceil(q * count), seen = 0;
        for (int b = 0; b < hist.length; b++) {
            seen += hist[b];
            if (seen >= want) return b * 4 + 2;
        }
        return 255;
    }

    private static double median(double[] v, int n) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return s[n / 2];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "paper %.0f, uneven %.0f, contrast %.0f, noise %.1f, specks %.2f, letters %d px, strokes %.1f px, mid-grey %.4f",
                paper, unevenness, contrast, noise, specks, letterHeight, strokeWidth, greyShare);
    }
}
