package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrEngineTest {

    @TempDir
    Path dir;

    @Test
    void missingTessdataDirectoryNamesThePackage() {
        assertThatThrownBy(() -> new OcrEngine(dir.resolve("no-such-dir"), "vie"))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("no-such-dir")
                .hasMessageContaining("tesseract-ocr-vie");
    }

    @Test
    void missingLanguageFileNamesThePackage() throws Exception {
        Files.createFile(dir.resolve("eng.traineddata"));
        assertThatThrownBy(() -> new OcrEngine(dir, "vie+eng"))
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
        OcrEngine engine = new OcrEngine();
        OcrResult result = engine.recognize(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY));
        assertThat(result).isEqualTo(new OcrResult("", 0));
        engine.close();
        engine.close(); // idempotent
        assertThatThrownBy(() -> engine.recognize(new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resultRejectsConfidenceOutOfRange() {
        assertThatThrownBy(() -> new OcrResult("x", 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OcrResult(null, 0).text()).isEmpty();
    }
}
