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
    void poolRefusesMissingTessdataAtOnce() {
        assertThatThrownBy(() -> new OcrEnginePool(2, java.nio.file.Path.of("/nonexistent/tessdata"), "vie",
                null, Duration.ofSeconds(5)))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("tesseract-ocr-vie");
    }
}
