package org.vanban.ocr;

/**
 * Text recognised on one page image.
 *
 * @param text           UTF-8 text as Tesseract produced it (lines separated by \n)
 * @param meanConfidence Tesseract's mean word confidence, 0..100 (0 when no text was found)
 */
public record OcrResult(String text, double meanConfidence) {
    public OcrResult {
        text = text == null ? "" : text;
        if (meanConfidence < 0 || meanConfidence > 100 || Double.isNaN(meanConfidence)) {
            throw new IllegalArgumentException("confidence must be in 0..100: " + meanConfidence);
        }
    }
}
