package org.vanban.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class PageMeasuresTest {

    @Test
    void aCleanPageMeasuresCleanAndItsLettersAreMeasured() {
        BufferedImage page = TestPages.render(TestPages.LINES, 0.3);
        PageMeasures m = ImagePreprocessor.measure(page);
        assertThat(m.clean()).as(m.toString()).isTrue();
        assertThat(m.contrast()).isGreaterThan(200);
        assertThat(m.unevenness()).isLessThan(8);
        // 14 pt at 300 dpi: capitals and ascenders about 29-40 px, the median letter group in between
        assertThat(m.letterHeight()).isBetween(20, 45);
        assertThat(m.strokeWidth()).isBetween(2.0, 9.0);
        assertThat(m.blackAndWhite()).as("anti-aliased letter edges are grey").isFalse();
    }

    @Test
    void aThresholdedPageIsBlackAndWhite() {
        BufferedImage page = TestPages.render(TestPages.LINES, 0.3);
        byte[] px = ((java.awt.image.DataBufferByte) page.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) px[i] = (byte) ((px[i] & 0xFF) < 128 ? 0 : 255);
        PageMeasures m = ImagePreprocessor.measure(page);
        assertThat(m.blackAndWhite()).as(m.toString()).isTrue();
        assertThat(new ImagePreprocessor().firstWay(m)).isEqualTo(ImagePreprocessor.Way.CLEANED);
    }

    @Test
    void fadedUnevenlyLitSpeckledPageIsNotClean() {
        BufferedImage harsh = TestPages.degrade(TestPages.render(TestPages.LINES, 2.0), 0.45, 0.35, 800, 7);
        PageMeasures m = ImagePreprocessor.measure(harsh);
        assertThat(m.clean()).as(m.toString()).isFalse();
        assertThat(m.unevenness()).isGreaterThan(30);
        assertThat(m.contrast()).isLessThan(150);
        assertThat(m.noise()).isGreaterThan(3);
    }

    @Test
    void aBlankPageHasNoLettersAndNoContrast() {
        byte[] white = new byte[400 * 300];
        java.util.Arrays.fill(white, (byte) 250);
        PageMeasures m = PageMeasures.of(white, 400, 300);
        assertThat(m.letterHeight()).isZero();
        assertThat(m.contrast()).isZero();
        assertThat(m.clean()).isFalse();
    }
}
