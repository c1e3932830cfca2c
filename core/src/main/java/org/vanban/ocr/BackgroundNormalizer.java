package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Flattens uneven lighting (shadows, yellowed paper, a lamp gradient): estimates the paper
 * brightness around each pixel and divides by it, so the paper becomes white everywhere and ink keeps
 * its contrast relative to the local paper.
 *
 * <p>Background estimate: the image is cut into {@code block x block} cells, each cell keeps its
 * brightest 2x2 average (ink is dark, so this is paper wherever a cell touches paper); a max filter over
 * {@code 2*radius+1} cells removes cells that fell entirely on thick ink, two box blurs smooth the map,
 * and it is interpolated bilinearly back to full size. Then {@code out = min(255, 255 * in / bg)}.
 * Cost is a few operations per pixel.
 */
public final class BackgroundNormalizer {

    private final int block;
    private final int radius;

    /** Cells of 8 px and a max filter of 4 cells each side (a ~72 px window at 300 dpi). */
    public BackgroundNormalizer() {
        this(8, 4);
    }

    /**
     * @param block  cell size in pixels (even, >= 2)
     * @param radius max-filter radius in cells (>= 0)
     */
    public BackgroundNormalizer(int block, int radius) {
        if (block < 2 || block % 2 != 0 || radius < 0) {
            throw new IllegalArgumentException("block must be even and >= 2, radius >= 0");
        }
        this.block = block;
        this.radius = radius;
    }

    /** A new grey image with a flat white background. */
    public BufferedImage normalize(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return GreyRaster.image(normalize(GreyRaster.pixels(image), w, h), w, h);
    }

    byte[] normalize(byte[] in, int w, int h) {
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        int[] cells = new int[bw * bh];
        // each cell keeps its brightest 2x2 average (averaging halves the pull of pixel noise)
        for (int y = 0; y < h; y += 2) {
            int y2 = Math.min(h - 1, y + 1);
            int row = (y / block) * bw;
            int o1 = y * w;
            int o2 = y2 * w;
            for (int x = 0; x < w; x += 2) {
                int x2 = Math.min(w - 1, x + 1);
                int v = ((in[o1 + x] & 0xFF) + (in[o1 + x2] & 0xFF) + (in[o2 + x] & 0xFF) + (in[o2 + x2] & 0xFF)) >> 2;
                int c = row + x / block;
                if (v > cells[c]) {
                    cells[c] = v;
                }
            }
        }
        int[] bg = maxFilter(cells, bw, bh, radius);
        bg = boxBlur(bg, bw, bh, Math.max(1, radius));
        bg = boxBlur(bg, bw, bh, Math.max(1, radius));
        // bilinear interpolation between cell centres: column tables once, then row by row
        int[] x0s = new int[w];
        int[] x1s = new int[w];
        int[] wx = new int[w]; // weight of x1 in 1/256
        for (int x = 0; x < w; x++) {
            double fx = (x + 0.5) / block - 0.5;
            int x0 = clamp((int) Math.floor(fx), 0, bw - 1);
            x0s[x] = x0;
            x1s[x] = clamp(x0 + 1, 0, bw - 1);
            wx[x] = (int) Math.round(256 * Math.min(1, Math.max(0, fx - x0)));
        }
        byte[] out = new byte[w * h];
        int[] cellRow = new int[bw];
        for (int y = 0; y < h; y++) {
            double fy = (y + 0.5) / block - 0.5;
            int y0 = clamp((int) Math.floor(fy), 0, bh - 1);
            int y1 = clamp(y0 + 1, 0, bh - 1);
            int wy = (int) Math.round(256 * Math.min(1, Math.max(0, fy - y0)));
            for (int c = 0; c < bw; c++) {
                cellRow[c] = bg[y0 * bw + c] * (256 - wy) + bg[y1 * bw + c] * wy; // scaled by 256
            }
            int o = y * w;
            for (int x = 0; x < w; x++) {
                // background scaled by 65536
                int b = cellRow[x0s[x]] * (256 - wx[x]) + cellRow[x1s[x]] * wx[x];
                int v = (int) (((long) (in[o + x] & 0xFF) * 255 * 65536) / Math.max(65536, b));
                out[o + x] = (byte) (v > 255 ? 255 : v);
            }
        }
        return out;
    }

    /** Separable max filter with a monotone deque, O(1) per cell. */
    static int[] maxFilter(int[] src, int w, int h, int r) {
        if (r == 0) {
            return src.clone();
        }
        int[] tmp = new int[src.length];
        int[] out = new int[src.length];
        int[] line = new int[Math.max(w, h)];
        int[] res = new int[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, y * w, line, 0, w);
            slidingMax(line, w, r, res);
            System.arraycopy(res, 0, tmp, y * w, w);
        }
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = tmp[y * w + x];
            }
            slidingMax(line, h, r, res);
            for (int y = 0; y < h; y++) {
                out[y * w + x] = res[y];
            }
        }
        return out;
    }

    private static void slidingMax(int[] a, int n, int r, int[] out) {
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        int next = 0; // next index to push
        for (int i = 0; i < n; i++) {
            int hi = Math.min(n - 1, i + r);
            while (next <= hi) {
                while (tail > head && a[deque[tail - 1]] <= a[next]) {
                    tail--;
                }
                deque[tail++] = next++;
            }
            while (deque[head] < i - r) {
                head++;
            }
            out[i] = a[deque[head]];
        }
    }

    /** Separable box blur (window 2r+1, edges use the available cells). */
    static int[] boxBlur(int[] src, int w, int h, int r) {
        int[] tmp = new int[src.length];
        int[] out = new int[src.length];
        for (int y = 0; y < h; y++) {
            long sum = 0;
            int o = y * w;
            long[] prefix = new long[w + 1];
            for (int x = 0; x < w; x++) {
                sum += src[o + x];
                prefix[x + 1] = sum;
            }
            for (int x = 0; x < w; x++) {
                int lo = Math.max(0, x - r);
                int hi = Math.min(w - 1, x + r);
                tmp[o + x] = (int) ((prefix[hi + 1] - prefix[lo]) / (hi - lo + 1));
            }
        }
        long[] prefix = new long[h + 1];
        for (int x = 0; x < w; x++) {
            long sum = 0;
            for (int y = 0; y < h; y++) {
                sum += tmp[y * w + x];
                prefix[y + 1] = sum;
            }
            for (int y = 0; y < h; y++) {
                int lo = Math.max(0, y - r);
                int hi = Math.min(h - 1, y + r);
                out[y * w + x] = (int) ((prefix[hi + 1] - prefix[lo]) / (hi - lo + 1));
            }
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
