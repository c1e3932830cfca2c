package org.vanban.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Conversion of any {@link BufferedImage} to 8-bit grey, transparent pixels composited over white. */
public final class GreyImages {

    private GreyImages() {
    }

    /**
     * An 8-bit grey ({@link BufferedImage#TYPE_BYTE_GRAY}) version of {@code image}; returns the image
     * itself when it already is one with a plain raster. Luma: 0.299 R + 0.587 G + 0.114 B.
     */
    public static BufferedImage toGrey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buf
                && buf.getData().length == w * h && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return image;
        }
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        if (image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_RGB
                || image.getType() == BufferedImage.TYPE_BYTE_BINARY) {
            // Java2D's native loops: luma (77 R + 150 G + 29 B) / 256, alpha composited over white
            java.awt.Graphics2D g = grey.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, null);
            g.dispose();
            return grey;
        }
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        boolean alpha = image.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int luma = (299 * r + 587 * g + 114 * b + 500) / 1000;
                if (alpha) {
                    int a = (argb >>> 24);
                    luma = (luma * a + 255 * (255 - a) + 127) / 255;
                }
                out[o + x] = (byte) luma;
            }
        }
        return grey;
    }
}
