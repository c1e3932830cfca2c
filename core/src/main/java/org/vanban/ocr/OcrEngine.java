package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Something that reads the text and word boxes of a page image. {@link TessEngine} is the real one
 * (Tesseract in-process through Tess4J); tests use a fake. Engines are <b>not thread-safe</b> unless an
 * implementation says so: use one per thread (see {@link OcrEnginePool}). Close an engine to free what it holds.
 */
public interface OcrEngine extends AutoCloseable {

    /** Tesseract language used by default. */
    String DEFAULT_LANG = "vie";
    /** Tessdata directory of Debian's tesseract-ocr 5 packages. */
    Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    /** Resolution assumed for images when none is given. */
    int DEFAULT_DPI = 300;

    /** {@code $TESSDATA_PREFIX} when set, else {@link #DEBIAN_TESSDATA}. */
    static Path defaultTessdataDir() {
        String env = System.getenv("TESSDATA_PREFIX");
        return env == null || env.isBlank() ? DEBIAN_TESSDATA : Path.of(env);
    }

    /**
     * Checks that {@code tessdataDir} exists and holds a {@code .traineddata} file for every language
     * in {@code lang} ("vie+eng" = vie and eng).
     *
     * @throws OcrException naming what is missing and the Debian package that provides it
     */
    static void checkTessdata(Path tessdataDir, String lang) throws OcrException {
        if (lang == null || lang.isBlank()) {
            throw new OcrException("no OCR language given");
        }
        if (tessdataDir == null || !Files.isDirectory(tessdataDir)) {
            throw new OcrException("Tesseract data directory not found: " + tessdataDir
                    + " (install it with: apt-get install tesseract-ocr tesseract-ocr-vie, "
                    + "or point TESSDATA_PREFIX at the tessdata directory)");
        }
        for (String one : lang.split("\\+")) {
            Path model = tessdataDir.resolve(one + ".traineddata");
            if (!Files.isRegularFile(model)) {
                throw new OcrException("Tesseract language data missing: " + model
                        + " (install it with: apt-get install tesseract-ocr-" + one + ")");
            }
        }
    }

    /** Recognises a page image at {@value #DEFAULT_DPI} dpi with no time limit. */
    default OcrResult recognize(BufferedImage image) throws OcrException {
        return recognize(image, DEFAULT_DPI, null);
    }

    /**
     * Recognises a page image.
     *
     * @param image   the page
     * @param dpi     resolution of the image
     * @param timeout time limit or null for none
     * @throws OcrTimeoutException when the limit is exceeded
     * @throws OcrException        when recognition fails
     * @throws IllegalStateException when the engine is closed
     */
    OcrResult recognize(BufferedImage image, int dpi, Duration timeout) throws OcrException;

    /**
     * Sets the page segmentation mode for the following recognitions (Tesseract's numbering: {@code 3} = automatic
     * layout, {@code 6} = one uniform block); a negative value leaves the engine's own setting alone.
     */
    void pageSegMode(int psm);

    /** The page segmentation mode set by {@link #pageSegMode(int)}, or -1 for the engine's own. */
    int pageSegMode();

    /** Frees what the engine holds; idempotent. */
    @Override
    void close();
}
