package org.vanban.ocr;

/** OCR could not be set up or failed on a page. The message is meant for humans. */
public class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
