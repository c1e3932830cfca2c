package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Removes specks from a black-and-white page: an 8-connected group of ink pixels (value &lt; 128) is
 * turned white when it has at most {@code tinyArea} pixels, or when it has at most {@code maxArea}
 * pixels and no other ink lies within {@code margin} pixels of its bounding box. The isolation test
 * keeps the dots and marks of Vietnamese diacritics (ạ, ế, ỗ ...), which always sit close to their letter.
 */
public final class Despeckler {

    private final int tinyArea;
    private final int maxArea;
    private final int margin;

    /** For 300 dpi: tiny = 2 px, isolated specks up to 30 px with a 10 px margin. */
    public Despeckler() {
        this(2, 30, 10);
    }

    public Despeckler(int tinyArea, int maxArea, int margin) {
        if (tinyArea < 0 || maxArea < tinyArea || margin < 0) {
            throw new IllegalArgumentException("need 0 <= tinyArea <= maxArea and margin >= 0");
        }
        this.tinyArea = tinyArea;
        this.maxArea = maxArea;
        this.margin = margin;
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
        return despeckle(px, w, h, null);
    }

    /**
     * Cleans {@code px} in place and, when {@code heights} is not null, counts the kept ink groups that look like
     * letters (larger than a speck, at most three times as wide as tall) by height in pixels:
     * {@code heights[k]} += 1 for each such group k pixels tall (taller ones are not counted). The flood fill
     * visits every group anyway, so the text size comes for free. Returns the number of specks removed.
     */
    int despeckle(byte[] px, int w, int h, int[] heights) {
        if (maxArea == 0 && heights == null) {
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
            int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
            stack[sp++] = start;
            seen[start] = true;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                if (size < maxArea) {
                    group[size] = p;
                }
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                size++;
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
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            if (size > maxArea) {
                int gh = maxY - minY + 1;
                if (heights != null && gh < heights.length && maxX - minX + 1 <= 3 * gh) {
                    heights[gh]++;
                }
                continue;
            }
            for (int i = 0; i < size; i++) {
                px[group[i]] = (byte) 255;
            }
            if (size <= tinyArea || isolated(px, w, h, minX, minY, maxX, maxY)) {
                removed++;
            } else {
                for (int i = 0; i < size; i++) {
                    px[group[i]] = 0;
                }
            }
        }
        return removed;
    }

    /** True if there is no ink in the box grown by the margin (the group itself is already erased). */
    private boolean isolated(byte[] px, int w, int h, int minX, int minY, int maxX, int maxY) {
        int x0 = Math.max(0, minX - margin);
        int x1 = Math.min(w - 1, maxX + margin);
        int y0 = Math.max(0, minY - margin);
        int y1 = Math.min(h - 1, maxY + margin);
        for (int y = y0; y <= y1; y++) {
            int o = y * w;
            for (int x = x0; x <= x1; x++) {
                if ((px[o + x] & 0xFF) < 128) {
                    return false;
                }
            }
        }
        return true;
    }
}
