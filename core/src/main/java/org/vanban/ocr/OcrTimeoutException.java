package org.vanban.ocr;

import java.time.Duration;

/** OCR of one page took longer than the allowed time and was abandoned. */
public class OcrTimeoutException extends OcrException {
    private final Duration timeout;

    public OcrTimeoutException(Duration timeout) {
        super("OCR of the page took longer than " + timeout.toMillis() + " ms and was abandoned");
        this.timeout = timeout;
    }

    /** The limit that was exceeded. */
    public Duration timeout() {
        return timeout;
    }
}
