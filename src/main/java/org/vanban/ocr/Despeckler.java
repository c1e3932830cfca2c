package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Removes specks: 8-connected groups of ink pixels (value &lt; 128) with at most {@code maxArea}
 * pixels are turned white. The default (6 px at 300 dpi) keeps the dots and marks of Vietnamese
 * diacritics, which are several times larger at body text sizes.
 */
public final class Despeckler {

    private final int maxArea;

    /** Removes groups of up to 6 pixels. */
    public Despeckler() {
        this(6);
    }

    public Despeckler(int maxArea) {
        if (maxArea < 0) {
            throw new IllegalArgumentException("maxArea must be >= 0: " + maxArea);
        }
        this.maxArea = maxArea;
    }

    /** A cleaned copy of a black-and-white image. */
    public BufferedImage despeckle(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] px = GreyRaster.pixels(image).clone();
        despeckle(px, w, h);
        return GreyRaster.image(px, w, h);
    }

    /** Cleans {@code px} in place; returns the number of specks removed. */
    int despeckle(byte[] px, int w, int h) {
        if (maxArea == 0) {
            return 0;
        }
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[1024];
        int[] group = new int[maxArea];
        int removed = 0;
        for (int start = 0; start < px.length; start++) {
            if (seen[start] || (px[start] & 0xFF) >= 128) {
                continue;
            }
            int size = 0;
            int sp = 0;
            stack[sp++] = start;
            seen[start] = true;
            while (sp > 0) {
                int p = stack[--sp];
                if (size < maxArea) {
                    group[size] = p;
                }
                size++;
                int x = p % w;
                int y = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w || (dx == 0 && dy == 0)) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (!seen[q] && (px[q] & 0xFF) < 128) {
                            seen[q] = true;
                            if (sp == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            if (size <= maxArea) {
                for (int i = 0; i < size; i++) {
                    px[group[i]] = (byte) 255;
                }
                removed++;
            }
        }
        return removed;
    }
}
