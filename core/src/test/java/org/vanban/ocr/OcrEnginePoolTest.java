package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OcrEnginePoolTest {

    private static BufferedImage line(String text) {
        return TestPages.render(List.of(text), 0);
    }

    @Test
    void recognisesTimesOutAndReplacesTheEngine() throws Exception {
        try (OcrEnginePool pool = new OcrEnginePool(1, OcrEngine.defaultTessdataDir(), "vie",
                new ImagePreprocessor(), Duration.ofSeconds(60))) {
            assertThat(pool.threads()).isEqualTo(1);

            Future<OcrResult> first = pool.submit(line("Điều 2. Chánh Văn phòng"));
            OcrResult r = first.get();
            assertThat(r.text()).contains("Điều 2", "Văn phòng");
            assertThat(r.meanConfidence()).isBetween(50.0, 100.0);
            assertThat(pool.enginesCreated()).isEqualTo(1);

            // a 1 ms limit cannot be met: clear timeout, and that engine is discarded
            BufferedImage page = TestPages.render(TestPages.LINES, 0);
            assertThatThrownBy(() -> pool.recognize(page, Duration.ofMillis(1)))
                    .isInstanceOf(OcrTimeoutException.class)
                    .hasMessageContaining("1 ms");

            OcrResult after = pool.recognize(line("Quyết định số 15"), Duration.ofSeconds(60));
            assertThat(after.text()).contains("Quyết định");
            assertThat(pool.enginesCreated()).isEqualTo(2);
        }
    }

    @Test
    void eachPageIsPreparedTheWayItsMeasuresAsk() throws Exception {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0.3);
        BufferedImage harsh = TestPages.degrade(TestPages.render(TestPages.LINES, 2.0), 0.45, 0.35, 800, 7);
        try (OcrEnginePool pool = new OcrEnginePool(1, OcrEngine.defaultTessdataDir(), "vie",
                new ImagePreprocessor(), Duration.ofSeconds(60))) {
            OcrEnginePool.Stats s0 = pool.stats();
            OcrResult a = pool.submit(clean).get();
            OcrEnginePool.Stats s1 = pool.stats().since(s0);
            assertThat(s1.ways()).containsEntry("as-scanned", 1L).doesNotContainKey("cleaned");
            assertThat(a.text()).contains("Điều 1. Giao Sở Tài chính chủ trì thực hiện.");
            OcrResult b = pool.submit(harsh).get();
            OcrEnginePool.Stats s2 = pool.stats().since(s0);
            assertThat(s2.pages()).isEqualTo(2);
            assertThat(s2.ways()).containsEntry("cleaned", 1L);
            assertThat(b.text()).contains("Giao Sở Tài chính");
            assertThat(s2.secondReadings()).isBetween(0L, 2L);
            assertThat(s2.secondCpuNanos() > 0).isEqualTo(s2.secondReadings() > 0);
        }
        // the fixed chain cleans every page
        try (OcrEnginePool fixed = new OcrEnginePool(1, OcrEngine.defaultTessdataDir(), "vie",
                ImagePreprocessor.fixedChain(), Duration.ofSeconds(60))) {
            fixed.submit(clean).get();
            assertThat(fixed.stats().ways()).containsOnlyKeys("cleaned");
            assertThat(fixed.stats().secondReadings()).isZero();
        }
    }

    @Test
    void poolRefusesMissingTessdataAtOnce() {
        assertThatThrownBy(() -> new OcrEnginePool(2, java.nio.file.Path.of("/nonexistent/tessdata"), "vie",
                null, Duration.ofSeconds(5)))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("tesseract-ocr-vie");
    }
}
