package org.vanban.ocr;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Moves between {@link BufferedImage} and plain row-major 8-bit grey arrays. */
final class GreyRaster {

    private static final ColorModel GREY = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
            new int[]{8}, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

    private GreyRaster() {
    }

    /**
     * Row-major grey pixels of {@code image}. For a plain TYPE_BYTE_GRAY image this is its backing
     * array (do not modify it), otherwise a converted copy (luma, alpha over white).
     */
    static byte[] pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte data
                && data.getData().length == w * h && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return data.getData();
        }
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int luma = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF) + 500)
                        / 1000;
                out[o + x] = (byte) ((luma * a + 255 * (255 - a) + 127) / 255);
            }
        }
        return out;
    }

    /** A TYPE_BYTE_GRAY image backed by {@code pixels} (no copy). */
    static BufferedImage image(byte[] pixels, int w, int h) {
        if (pixels.length != w * h) {
            throw new IllegalArgumentException("pixel array has " + pixels.length + " bytes, expected " + w * h);
        }
        DataBufferByte buffer = new DataBufferByte(pixels, pixels.length);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, w, h, w, 1, new int[]{0}, (Point) null);
        return new BufferedImage(GREY, raster, false, null);
    }

    /**
     * Half the width and height (an odd last row or column is dropped), each pixel the rounded mean of a 2x2
     * block: a black-and-white page becomes grey at its edges, which keeps the strokes' sub-pixel position.
     */
    static byte[] halve(byte[] px, int w, int h) {
        int hw = w / 2;
        int hh = h / 2;
        byte[] out = new byte[hw * hh];
        for (int y = 0; y < hh; y++) {
            int a = 2 * y * w;
            int b = a + w;
            int o = y * hw;
            for (int x = 0; x < hw; x++) {
                int sum = (px[a + 2 * x] & 0xFF) + (px[a + 2 * x + 1] & 0xFF) + (px[b + 2 * x] & 0xFF) + (px[b + 2 * x + 1] & 0xFF);
                out[o + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return out;
    }
}
