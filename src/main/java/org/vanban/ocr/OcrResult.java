package org.vanban.ocr;

/**
 * Text recognised on one page image.
 *
 * @param text           UTF-8 text as Tesseract produced it (lines separated by \n)
 * @param meanConfidence Tesseract's mean word confidence, 0..100 (0 when no text was found)
 * @param path           how the kept reading was made ({@code grey}, {@code cleaned}; {@code direct} when
 *                       the image was read as given)
 * @param readings       how many recognitions the page cost (2 when it was read a second way)
 */
public record OcrResult(String text, double meanConfidence, String path, int readings) {
    /** A single reading of the image as given. */
    public OcrResult(String text, double meanConfidence) {
        this(text, meanConfidence, "direct", 1);
    }

    public OcrResult {
        text = text == null ? "" : text;
        path = path == null ? "direct" : path;
        if (meanConfidence < 0 || meanConfidence > 100 || Double.isNaN(meanConfidence)) {
            throw new IllegalArgumentException("confidence must be in 0..100: " + meanConfidence);
        }
        if (readings < 1) {
            throw new IllegalArgumentException("readings must be >= 1: " + readings);
        }
    }

    /** This result as kept after {@code readings} recognitions made by way of {@code path}. */
    public OcrResult via(String how, int count) {
        return new OcrResult(text, meanConfidence, how, count);
    }
}
