package org.vanban.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain scanned page's pixels are taken as they are, and equal what rendering gives; other pages render. */
class ScannedPageImageTest {

    private static final PDRectangle BOX = new PDRectangle(300, 400); // 1250 x 1667 px at 300 dpi

    static BufferedImage scan(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.max(10, w / 30)));
        for (int y = h / 10; y < h; y += h / 12) {
            g.drawString("Ủy ban nhân dân xã Thượng Hồng " + y, w / 20, y);
        }
        g.dispose();
        return img;
    }

    private static PDDocument page(BufferedImage img, boolean jpeg, int rotation, boolean visibleText) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage p = new PDPage(BOX);
        p.setRotation(rotation);
        doc.addPage(p);
        PDImageXObject x = jpeg ? JPEGFactory.createFromImage(doc, img, 0.9f, 300) : LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.drawImage(x, 0, 0, BOX.getWidth(), BOX.getHeight());
            if (visibleText) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(20, 20);
                cs.showText("printed over the scan");
                cs.endText();
            }
        }
        return doc;
    }

    private static BufferedImage direct(PDDocument doc) {
        PDPage p = doc.getPage(0);
        return ScannedPageImage.direct(p, ImageCoverage.measure(p), 300, 100_000_000L);
    }

    @Test
    void aPlainScannedPageGivesItsPixelsAsRenderingWould() throws Exception {
        for (boolean jpeg : new boolean[] {false, true}) {
            try (PDDocument doc = page(scan(1250, 1667), jpeg, 0, false)) {
                BufferedImage fast = direct(doc);
                assertThat(fast).as("jpeg=" + jpeg).isNotNull();
                BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
                // rendering floors the page size in pixels (1666.7 -> 1666): within a pixel
                assertThat(Math.abs(fast.getWidth() - rendered.getWidth())).isLessThanOrEqualTo(1);
                assertThat(Math.abs(fast.getHeight() - rendered.getHeight())).isLessThanOrEqualTo(1);
                byte[] a = ((DataBufferByte) fast.getRaster().getDataBuffer()).getData();
                byte[] b = ((DataBufferByte) rendered.getRaster().getDataBuffer()).getData();
                int w = Math.min(fast.getWidth(), rendered.getWidth());
                int h = Math.min(fast.getHeight(), rendered.getHeight());
                long diff = 0;
                int dark = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int va = a[y * fast.getWidth() + x] & 0xFF;
                        diff += Math.abs(va - (b[y * rendered.getWidth() + x] & 0xFF));
                        if (va < 100) dark++;
                    }
                }
                assertThat((double) diff / ((long) w * h)).as("mean grey difference, jpeg=" + jpeg).isLessThan(3.0);
                assertThat(dark).as("the text is there").isGreaterThan(1000);
            }
        }
    }

    @Test
    void pagesThatAreMoreThanOneUprightImageAreRendered() throws Exception {
        try (PDDocument rotated = page(scan(1250, 1667), false, 90, false)) {
            assertThat(direct(rotated)).isNull();
        }
        try (PDDocument withText = page(scan(1250, 1667), false, 0, true)) {
            assertThat(direct(withText)).isNull();
        }
        try (PDDocument lowRes = page(scan(417, 556), false, 0, false)) { // 100 dpi: rendering scales it
            assertThat(direct(lowRes)).isNull();
        }
        try (PDDocument nearly = page(scan(1180, 1573), true, 0, false)) { // 283 dpi: rendering scales it
            assertThat(direct(nearly)).isNull();
        }
        BufferedImage colour = new BufferedImage(1250, 1667, BufferedImage.TYPE_INT_RGB);
        colour.createGraphics().drawImage(scan(1250, 1667), 0, 0, null);
        for (boolean jpeg : new boolean[] {false, true}) {
            try (PDDocument rgb = page(colour, jpeg, 0, false)) { // a colour scan: the renderer converts it
                assertThat(direct(rgb)).as("jpeg=" + jpeg).isNull();
                assertThat(new PDFRenderer(rgb).renderImageWithDPI(0, 300, ImageType.GRAY)).isNotNull();
            }
        }
    }
}
