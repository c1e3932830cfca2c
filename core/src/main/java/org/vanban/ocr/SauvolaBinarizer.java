package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Adaptive binarisation after Sauvola &amp; Pietikäinen (2000): a pixel is ink when it is darker than
 * {@code T = m * (1 + k * (s / R - 1))}, where m and s are the mean and standard deviation of the grey
 * values in a {@code (2r+1)^2} window around it. Local sums come from an integral image kept as
 * running column sums over the window's rows plus a prefix sum across each row, so the cost is O(1)
 * per pixel and the extra memory only O(width).
 * Output: grey image with ink 0 and paper 255.
 */
public final class SauvolaBinarizer {

    private final int radius;
    private final double k;
    private final double r;
    private final double oneMinusK;
    private final double kOverR;

    /** Window 41x41 px (for 300 dpi), k = 0.3, R = 128. */
    public SauvolaBinarizer() {
        this(20, 0.3, 128);
    }

    /**
     * @param radius window half-size in pixels
     * @param k      sensitivity (0.2..0.5; higher keeps less ink)
     * @param r      dynamic range of the standard deviation (128 for 8-bit)
     */
    public SauvolaBinarizer(int radius, double k, double r) {
        if (radius < 1 || r <= 0 || !(k >= 0)) {
            throw new IllegalArgumentException("radius must be >= 1, r > 0 and k >= 0");
        }
        this.radius = radius;
        this.k = k;
        this.r = r;
        this.oneMinusK = 1 - k;
        this.kOverR = k / r;
    }

    /** A new black-and-white (0/255) grey image. */
    public BufferedImage binarize(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return GreyRaster.image(binarize(GreyRaster.pixels(image), w, h), w, h);
    }

    byte[] binarize(byte[] in, int w, int h) {
        byte[] out = new byte[w * h];
        long[] colSum = new long[w];
        long[] colSq = new long[w];
        long[] prefSum = new long[w + 1];
        long[] prefSq = new long[w + 1];
        // rows [top, bottom] currently summed into the column sums
        int top = 0;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            int wantTop = Math.max(0, y - radius);
            int wantBottom = Math.min(h - 1, y + radius);
            while (bottom < wantBottom) {
                bottom++;
                addRow(in, w, bottom, colSum, colSq, 1);
            }
            while (top < wantTop) {
                addRow(in, w, top, colSum, colSq, -1);
                top++;
            }
            int rows = bottom - top + 1;
            for (int x = 0; x < w; x++) {
                prefSum[x + 1] = prefSum[x] + colSum[x];
                prefSq[x + 1] = prefSq[x] + colSq[x];
            }
            int o = y * w;
            double invFull = 1.0 / ((double) rows * (2 * radius + 1));
            for (int x = 0; x < w; x++) {
                int lo = Math.max(0, x - radius);
                int hi = Math.min(w - 1, x + radius);
                // one division per row for the full-width windows, not one per pixel
                double inv = hi - lo == 2 * radius ? invFull : 1.0 / ((double) rows * (hi - lo + 1));
                double mean = (prefSum[hi + 1] - prefSum[lo]) * inv;
                double var = (prefSq[hi + 1] - prefSq[lo]) * inv - mean * mean;
                // v < mean * (1 + k * (sd / R - 1))  <=>  d < a * sd  with d = v - mean * (1 - k), a = mean * k / R;
                // squared when d >= 0, so no square root per pixel
                double d = (in[o + x] & 0xFF) - mean * oneMinusK;
                boolean ink;
                if (d < 0) {
                    ink = true;
                } else {
                    double a = mean * kOverR;
                    ink = d * d < a * a * (var > 0 ? var : 0);
                }
                out[o + x] = ink ? 0 : (byte) 255;
            }
        }
        return out;
    }

    private static void addRow(byte[] in, int w, int y, long[] colSum, long[] colSq, int sign) {
        int o = y * w;
        for (int x = 0; x < w; x++) {
            int v = in[o + x] & 0xFF;
            colSum[x] += sign * v;
            colSq[x] += sign * v * v;
        }
    }
}
