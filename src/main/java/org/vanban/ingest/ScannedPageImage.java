package org.vanban.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pixels of a plain scanned PDF page (trang quét) taken straight from its image: one upright 8-bit
 * DeviceGray image covering the page, with no mask, no decode array, no page rotation, at a resolution
 * within 20% of the render resolution. Everything else returns null and is rendered as usual.
 */
final class ScannedPageImage {

    private ScannedPageImage() { }

    /** The page's grey image, or null when the page must be rendered. Never throws. */
    static BufferedImage direct(PDPage page, ImageCoverage measured, float dpi, long maxPixels) {
        try {
            PDImage sole = measured.soleUprightImage();
            if (!(sole instanceof PDImageXObject img) || page.getRotation() % 360 != 0) return null;
            if (img.isStencil() || img.getBitsPerComponent() != 8 || img.getDecode() != null
                    || !(img.getColorSpace() instanceof PDDeviceGray) || img.getSoftMask() != null) {
                return null;
            }
            int w = img.getWidth();
            int h = img.getHeight();
            PDRectangle box = page.getCropBox();
            double dpiX = w / (Math.abs(box.getWidth()) / 72.0);
            double dpiY = h / (Math.abs(box.getHeight()) / 72.0);
            if (!near(dpiX, dpi) || !near(dpiY, dpi) || (long) w * h > maxPixels) return null;
            Raster raster = img.getRawRaster();
            if (raster.getWidth() != w || raster.getHeight() != h || raster.getNumBands() != 1
                    || raster.getTransferType() != DataBuffer.TYPE_BYTE) {
                return null;
            }
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            if (raster.getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
                    && raster.getSampleModel() instanceof ComponentSampleModel sm && sm.getPixelStride() == 1
                    && sm.getScanlineStride() == w && raster.getSampleModelTranslateX() == 0
                    && raster.getSampleModelTranslateY() == 0 && bytes.getOffset() == 0
                    && sm.getBandOffsets()[0] == 0 && bytes.getData().length >= dst.length) {
                System.arraycopy(bytes.getData(), 0, dst, 0, dst.length);
            } else {
                out.getRaster().setRect(raster);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // the renderer reads it, or reports the damage
        }
    }

    private static boolean near(double actual, double wanted) {
        return actual >= wanted * 0.8 && actual <= wanted * 1.2;
    }
}
