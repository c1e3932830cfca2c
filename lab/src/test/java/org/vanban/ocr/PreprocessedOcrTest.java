package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.vanban.lab.tools.CharErrorRate;
import org.junit.jupiter.api.Test;

/**
 * End to end on a harsh synthetic scan: faded ink, lighting falling to 35%, specks, noise and a 2°
 * skew. Two OCR calls (raw and preprocessed).
 */
class PreprocessedOcrTest {

    @Test
    void preprocessingMakesAHarshScanReadable() throws Exception {
        String reference = String.join("\n", TestPages.LINES);
        BufferedImage harsh = TestPages.degrade(TestPages.render(TestPages.LINES, 2.0), 0.45, 0.35, 800, 7);
        ImagePreprocessor.Prepared cleaned = new ImagePreprocessor().prepare(harsh);

        OcrResult raw;
        OcrResult preprocessed;
        try (OcrEngine engine = new TessEngine()) {
            raw = engine.recognize(harsh);
            preprocessed = engine.recognize(cleaned.image(), OcrEngine.DEFAULT_DPI / cleaned.divisor(), null);
        }
        double rawCer = CharErrorRate.of(reference, raw.text());
        double cer = CharErrorRate.of(reference, preprocessed.text());
        System.out.printf("harsh scan: CER raw %.3f (conf %.0f), preprocessed %.3f (conf %.0f, divisor %d)%n",
                rawCer, raw.meanConfidence(), cer, preprocessed.meanConfidence(), cleaned.divisor());

        assertThat(cer).isLessThan(0.05);
        assertThat(cer).isLessThan(rawCer - 0.2);
        assertThat(preprocessed.meanConfidence()).isGreaterThan(raw.meanConfidence());
        assertThat(preprocessed.text()).contains("Điều 1. Giao Sở Tài chính chủ trì thực hiện.");
    }

    @Test
    void characterErrorRateIsLevenshteinOverReferenceLength() {
        assertThat(CharErrorRate.distance("kitten".codePoints().toArray(), "sitting".codePoints().toArray())).isEqualTo(3);
        assertThat(CharErrorRate.of("Điều 1", "Điều  1\n")).isZero();
        assertThat(CharErrorRate.of("abcd", "abxd")).isEqualTo(0.25);
    }
}
