package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class ImagePreprocessorTest {

    /** An A4 page at 300 dpi with five harsh text blocks, skewed 2°. */
    static BufferedImage a4Page() {
        BufferedImage block = TestPages.render(TestPages.LINES, 2.0);
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        for (int i = 0; i < 5; i++) {
            g.drawImage(block, 200, 100 + i * 700, null);
        }
        g.dispose();
        return TestPages.degrade(page, 0.45, 0.35, 3000, 3);
    }

    @Test
    void a4PageIsProcessedIntoBlackAndWhite() {
        // no timing here: the CPU cost of preprocessing is a bench's figure (bench ocr-spectrum, bench ingest)
        BufferedImage out = new ImagePreprocessor().process(a4Page());
        assertThat(out.getWidth()).isEqualTo(2480);
        assertThat(out.getHeight()).isEqualTo(3508);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        long black = 0;
        for (byte b : px) {
            int v = b & 0xFF;
            assertThat(v == 0 || v == 255).isTrue();
            if (v == 0) {
                black++;
            }
        }
        // text covers a few percent of the page; specks and lighting must not add much
        assertThat((double) black / px.length).isBetween(0.01, 0.08);
        assertThat(new Deskewer().skewDegrees(out)).isBetween(-0.3, 0.3);
    }

    @Test
    void largeTextIsHalvedAndSmallTextKeepsFullSize() {
        ImagePreprocessor pre = new ImagePreprocessor();
        // 14 pt at 300 dpi: letters about 29 px tall
        ImagePreprocessor.Prepared big = pre.prepare(TestPages.render(TestPages.LINES, 1.0));
        assertThat(big.divisor()).isEqualTo(2);
        assertThat(big.image().getWidth()).isEqualTo(1000);
        // the same lines at half the size (7 pt at 300 dpi, or 14 pt at 150 dpi) stay as they are
        BufferedImage page = TestPages.render(TestPages.LINES, 1.0);
        BufferedImage small = new BufferedImage(page.getWidth() / 2, page.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        ImagePreprocessor.Prepared kept = pre.prepare(small);
        assertThat(kept.divisor()).isEqualTo(1);
        assertThat(kept.image().getWidth()).isEqualTo(small.getWidth());
        // a blank page says nothing about text size
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        assertThat(pre.prepare(blank).divisor()).isEqualTo(1);
    }

    @Test
    void eachWayPreparesThePageItsOwnWay() {
        ImagePreprocessor pre = new ImagePreprocessor();
        BufferedImage page = TestPages.render(TestPages.LINES, 1.0);
        ImagePreprocessor.Prepared halved = pre.prepare(page, ImagePreprocessor.Way.CLEANED);
        ImagePreprocessor.Prepared full = pre.prepare(page, ImagePreprocessor.Way.CLEANED_NATIVE);
        ImagePreprocessor.Prepared flat = pre.prepare(page, ImagePreprocessor.Way.FLATTENED);
        assertThat(halved.divisor()).isEqualTo(2);
        assertThat(full.divisor()).isEqualTo(1);
        assertThat(full.image().getWidth()).isEqualTo(page.getWidth());
        assertThat(full.way()).isEqualTo(ImagePreprocessor.Way.CLEANED_NATIVE);
        assertThat(greyLevels(full.image())).isEqualTo(2);
        assertThat(flat.way()).isEqualTo(ImagePreprocessor.Way.FLATTENED);
        assertThat(flat.divisor()).isEqualTo(1);
        assertThat(greyLevels(flat.image())).isGreaterThan(2); // left grey for Tesseract's own threshold
        // the second way is the one the first was not
        PageMeasures m = ImagePreprocessor.measure(page);
        assertThat(pre.secondWay(ImagePreprocessor.Way.AS_SCANNED, m, pre.prepare(page, ImagePreprocessor.Way.AS_SCANNED)))
                .isEqualTo(ImagePreprocessor.Way.CLEANED);
        assertThat(pre.secondWay(ImagePreprocessor.Way.CLEANED, m, halved)).isEqualTo(ImagePreprocessor.Way.CLEANED_NATIVE);
        assertThat(pre.secondWay(ImagePreprocessor.Way.CLEANED, m, full)).isNull();
    }

    private static int greyLevels(BufferedImage image) {
        boolean[] seen = new boolean[256];
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int v = image.getRaster().getSample(x, y, 0);
                if (!seen[v]) {
                    seen[v] = true;
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void medianHeightNeedsEnoughGroups() {
        int[] heights = new int[40];
        heights[10] = 30;
        heights[29] = 40;
        assertThat(ImagePreprocessor.medianHeight(heights, 50)).isEqualTo(29);
        assertThat(ImagePreprocessor.medianHeight(heights, 71)).isZero();
    }

    @Test
    void halvingAveragesTwoByTwoBlocks() {
        byte[] px = {0, 0, (byte) 255, (byte) 255, 0,
                0, 0, 0, (byte) 255, 0,
                (byte) 255, (byte) 255, (byte) 255, 0, 0};
        byte[] half = GreyRaster.halve(px, 5, 3);
        assertThat(half).hasSize(2);
        assertThat(half[0] & 0xFF).isZero();
        assertThat(half[1] & 0xFF).isEqualTo(191); // three of four white: (765 + 2) / 4
    }
}
