package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.vanban.tools.CharErrorRate;

class PageReaderTest {

    @Test
    void measuresTellACleanPageFromAHarshOne() {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0.5);
        PageMeasures m = PageMeasures.of(GreyRaster.pixels(clean), clean.getWidth(), clean.getHeight());
        assertThat(m.clean()).as("%s", m).isTrue();
        BufferedImage harsh = TestPages.degrade(clean, 0.45, 0.35, 800, 7);
        PageMeasures h = PageMeasures.of(GreyRaster.pixels(harsh), harsh.getWidth(), harsh.getHeight());
        assertThat(h.clean()).as("%s", h).isFalse();
        assertThat(h.unevenness()).isGreaterThan(m.unevenness());
    }

    @Test
    void cleanPageIsReadAsPlainTesseractWouldAndHarshPageIsCleanedFirst() throws Exception {
        String reference = String.join("\n", TestPages.LINES);
        BufferedImage clean = TestPages.render(TestPages.LINES, 0.5);
        BufferedImage harsh = TestPages.degrade(TestPages.render(TestPages.LINES, 2.0), 0.45, 0.35, 800, 7);
        PageReader reader = new PageReader(new ImagePreprocessor());
        try (OcrEngine engine = new OcrEngine()) {
            OcrResult plain = engine.recognize(clean);
            OcrResult ours = reader.read(engine, clean, OcrEngine.DEFAULT_DPI, null);
            assertThat(ours.path()).isEqualTo(PageReader.GREY);
            assertThat(ours.readings()).isEqualTo(1);
            // the same grey image in the same engine: never worse than plain
            assertThat(CharErrorRate.of(reference, ours.text())).isLessThanOrEqualTo(CharErrorRate.of(reference, plain.text()));

            OcrResult h = reader.read(engine, harsh, OcrEngine.DEFAULT_DPI, null);
            assertThat(h.readings()).isBetween(1, 2);
            assertThat(h.path()).isEqualTo(PageReader.CLEANED);
            assertThat(CharErrorRate.of(reference, h.text())).isLessThan(0.05);
        }
    }
}
