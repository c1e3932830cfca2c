package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Finds and removes the skew of a text page. The skew is the angle that makes the horizontal
 * projection profile of the ink sharpest (largest sum of squared row counts): text lines then fall
 * into few rows separated by empty gaps. Search: every 0.25° over ±{@code maxDegrees}, then every
 * 0.02° around the best. Rotation uses bilinear interpolation with white outside the page.
 *
 * <p>Sign: a positive angle means text lines descend to the right (the page is turned clockwise as
 * displayed); {@link #deskew} rotates by the opposite angle.
 */
public final class Deskewer {

    /** Ink pixels sampled for the search (more are thinned out evenly). */
    static final int MAX_POINTS = 150_000;
    /** Angles smaller than this are not corrected. */
    public static final double MIN_CORRECTION_DEGREES = 0.05;

    private final double maxDegrees;

    /** Searches ±5°. */
    public Deskewer() {
        this(5.0);
    }

    public Deskewer(double maxDegrees) {
        if (maxDegrees <= 0 || maxDegrees > 45) {
            throw new IllegalArgumentException("maxDegrees must be in (0, 45]: " + maxDegrees);
        }
        this.maxDegrees = maxDegrees;
    }

    /** Skew angle in degrees of the ink (pixels darker than 128) of {@code image}. */
    public double skewDegrees(BufferedImage image) {
        return skewDegrees(GreyRaster.pixels(image), image.getWidth(), image.getHeight());
    }

    /** Straightened copy of {@code image} (or the image itself when the skew is negligible). */
    public BufferedImage deskew(BufferedImage image) {
        double angle = skewDegrees(image);
        if (Math.abs(angle) < MIN_CORRECTION_DEGREES) {
            return image;
        }
        return rotate(image, -angle);
    }

    double skewDegrees(byte[] px, int w, int h) {
        int ink = 0;
        for (byte b : px) {
            if ((b & 0xFF) < 128) {
                ink++;
            }
        }
        if (ink < 50) {
            return 0;
        }
        int step = Math.max(1, (ink + MAX_POINTS - 1) / MAX_POINTS);
        int n = (ink + step - 1) / step;
        float[] xs = new float[n];
        float[] ys = new float[n];
        int k = 0;
        int seen = 0;
        float cx = w / 2f;
        float cy = h / 2f;
        for (int y = 0; y < h && k < n; y++) {
            int o = y * w;
            for (int x = 0; x < w && k < n; x++) {
                if ((px[o + x] & 0xFF) < 128) {
                    if (seen++ % step == 0) {
                        xs[k] = x - cx;
                        ys[k] = y - cy;
                        k++;
                    }
                }
            }
        }
        int diag = (int) Math.ceil(Math.hypot(w, h)) + 4;
        int[] bins = new int[diag];
        double best = 0;
        double bestScore = -1;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.25) {
            double s = score(xs, ys, k, a, bins);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.02) {
            double s = score(xs, ys, k, a, bins);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /** Sum of squared bin counts of y' = y cos a - x sin a. */
    private static double score(float[] xs, float[] ys, int n, double degrees, int[] bins) {
        java.util.Arrays.fill(bins, 0);
        double rad = Math.toRadians(degrees);
        float sin = (float) Math.sin(rad);
        float cos = (float) Math.cos(rad);
        int offset = bins.length / 2;
        for (int i = 0; i < n; i++) {
            int b = Math.round(ys[i] * cos - xs[i] * sin) + offset;
            if (b >= 0 && b < bins.length) {
                bins[b]++;
            }
        }
        double sum = 0;
        for (int c : bins) {
            sum += (double) c * c;
        }
        return sum;
    }

    /**
     * Rotates {@code image} about its centre by {@code degrees} (positive = clockwise as displayed),
     * same size, bilinear interpolation, white where the source is outside the image.
     */
    public static BufferedImage rotate(BufferedImage image, double degrees) {
        int w = image.getWidth();
        int h = image.getHeight();
        return GreyRaster.image(rotate(GreyRaster.pixels(image), w, h, degrees), w, h);
    }

    static byte[] rotate(byte[] src, int w, int h, double degrees) {
        byte[] out = new byte[w * h];
        // output (u,v) takes the source at the inverse rotation; fixed point with 16 fraction bits
        double rad = Math.toRadians(-degrees);
        double sin = Math.sin(rad);
        double cos = Math.cos(rad);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        long stepX = Math.round(cos * 65536);
        long stepY = Math.round(sin * 65536);
        for (int v = 0; v < h; v++) {
            double dy = v - cy;
            double sx0 = cx - dy * sin - cx * cos;
            double sy0 = cy + dy * cos - cx * sin;
            long fxp = Math.round(sx0 * 65536);
            long fyp = Math.round(sy0 * 65536);
            int o = v * w;
            // columns whose four source pixels all lie inside the image: no bounds tests there
            int lo = Math.max(firstInside(fxp, stepX, w - 1), firstInside(fyp, stepY, h - 1));
            int hi = Math.min(lastInside(fxp, stepX, w - 1, w), lastInside(fyp, stepY, h - 1, w));
            if (lo > hi) {
                lo = w;
                hi = w - 1;
            }
            for (int u = 0; u < lo; u++) {
                out[o + u] = (byte) edgeSample(src, w, h, (fxp + u * stepX) / 65536.0, (fyp + u * stepY) / 65536.0);
            }
            long fx1 = fxp + lo * stepX;
            long fy1 = fyp + lo * stepY;
            for (int u = lo; u <= hi; u++, fx1 += stepX, fy1 += stepY) {
                int i = (int) (fy1 >> 16) * w + (int) (fx1 >> 16);
                int fx = (int) ((fx1 >> 8) & 0xFF);
                int fy = (int) ((fy1 >> 8) & 0xFF);
                int top = (src[i] & 0xFF) * (256 - fx) + (src[i + 1] & 0xFF) * fx;
                int bottom = (src[i + w] & 0xFF) * (256 - fx) + (src[i + w + 1] & 0xFF) * fx;
                out[o + u] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
            for (int u = Math.max(lo, hi + 1); u < w; u++) {
                out[o + u] = (byte) edgeSample(src, w, h, (fxp + u * stepX) / 65536.0, (fyp + u * stepY) / 65536.0);
            }
        }
        return out;
    }

    /**
     * First u in [0, w] with {@code 0 <= (p + u * step) >> 16 < limit} for every later u up to
     * {@link #lastInside}: the coordinate moves monotonically, so the inside range is one interval.
     */
    private static int firstInside(long p, long step, int limit) {
        int u = 0;
        if (step >= 0) {
            if (p < 0) {
                u = step == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, (-p + step - 1) / step);
            }
        } else if ((p >> 16) >= limit) {
            // p + u*step < limit * 65536
            u = (int) Math.min(Integer.MAX_VALUE, (p - (long) limit * 65536 + (-step)) / (-step));
        }
        return u;
    }

    /** Last u in [0, w) with the coordinate inside [0, limit), or -1. */
    private static int lastInside(long p, long step, int limit, int w) {
        long max = (long) limit * 65536 - 1; // largest fixed-point value whose integer part is < limit
        int u = w - 1;
        if (step > 0) {
            if (p > max) {
                return -1;
            }
            u = (int) Math.min(w - 1, (max - p) / step);
        } else if (step < 0) {
            if (p < 0) {
                return -1;
            }
            u = (int) Math.min(w - 1, p / (-step));
        } else if (p < 0 || p > max) {
            return -1;
        }
        return u;
    }

    private static int edgeSample(byte[] src, int w, int h, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        double v = at(src, w, h, x0, y0) * (1 - fx) * (1 - fy) + at(src, w, h, x0 + 1, y0) * fx * (1 - fy)
                + at(src, w, h, x0, y0 + 1) * (1 - fx) * fy + at(src, w, h, x0 + 1, y0 + 1) * fx * fy;
        return (int) Math.round(v);
    }

    private static int at(byte[] src, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xFF;
    }
}
