package org.vanban.lab.tools;

import java.nio.file.Path;
import org.vanban.ocr.OcrException;
import org.vanban.ocr.TesseractCliEngine;

/** The {@code tesseract} command line on an image file (used to make English-OCR style text), through core's engine. */
public final class TesseractCli {
    private TesseractCli() { }

    /** True when a {@code tesseract} executable answers {@code --version}. */
    public static boolean available() {
        return TesseractCliEngine.available();
    }

    /**
     * {@code tesseract <image> - -l <lang>} with OMP_THREAD_LIMIT=1; returns what it prints.
     *
     * @throws IllegalStateException when tesseract is missing or fails
     */
    public static String ocr(Path image, String lang) {
        try {
            return new TesseractCliEngine(lang).text(image, 0);
        } catch (OcrException e) {
            throw new IllegalStateException(e.getMessage() + " (on " + image + ")", e);
        }
    }
}
