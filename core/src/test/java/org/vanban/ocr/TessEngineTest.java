package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TessEngineTest {

    @TempDir
    Path dir;

    @Test
    void missingTessdataDirectoryNamesThePackage() {
        assertThatThrownBy(() -> new TessEngine(dir.resolve("no-such-dir"), "vie"))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("no-such-dir")
                .hasMessageContaining("tesseract-ocr-vie");
    }

    @Test
    void missingLanguageFileNamesThePackage() throws Exception {
        Files.createFile(dir.resolve("eng.traineddata"));
        assertThatThrownBy(() -> new TessEngine(dir, "vie+eng"))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("vie.traineddata")
                .hasMessageContaining("apt-get install tesseract-ocr-vie");
    }

    @Test
    void defaultTessdataIsTheDebianDirectoryUnlessOverridden() {
        String env = System.getenv("TESSDATA_PREFIX");
        Path expected = env == null || env.isBlank() ? OcrEngine.DEBIAN_TESSDATA : Path.of(env);
        assertThat(OcrEngine.defaultTessdataDir()).isEqualTo(expected);
    }

    @Test
    void tinyImageGivesEmptyResultAndClosedEngineRefusesWork() throws Exception {
        OcrEngine engine = new TessEngine();
        OcrResult result = engine.recognize(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY));
        assertThat(result).isEqualTo(new OcrResult("", 0));
        engine.close();
        engine.close(); // idempotent
        assertThatThrownBy(() -> engine.recognize(new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLimitTesseractCannotMeetIsAClearTimeoutAndTheEngineStaysUsable() throws Exception {
        try (OcrEngine engine = new TessEngine()) {
            BufferedImage page = TestPages.render(TestPages.LINES, 0);
            assertThatThrownBy(() -> engine.recognize(page, OcrEngine.DEFAULT_DPI, java.time.Duration.ofMillis(1)))
                    .isInstanceOf(OcrTimeoutException.class)
                    .hasMessageContaining("1 ms");
            OcrResult after = engine.recognize(TestPages.render(List.of("Quyết định số 15"), 0));
            assertThat(after.text()).contains("Quyết định");
        }
    }

    @Test
    void resultRejectsConfidenceOutOfRange() {
        assertThatThrownBy(() -> new OcrResult("x", 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OcrResult(null, 0).text()).isEmpty();
    }
}
