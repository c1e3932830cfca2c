package org.vanban.ocr;

import java.util.List;

/**
 * Text recognised on one page image.
 *
 * @param text           UTF-8 text as Tesseract produced it (lines separated by \n)
 * @param meanConfidence Tesseract's mean word confidence, 0..100 (0 when no text was found)
 * @param words          the words in reading order with their boxes, in pixels of the image given to the OCR
 *                       (empty when the recogniser gave none)
 */
public record OcrResult(String text, double meanConfidence, List<OcrWord> words) {
    public OcrResult {
        text = text == null ? "" : text;
        words = words == null ? List.of() : List.copyOf(words);
        if (meanConfidence < 0 || meanConfidence > 100 || Double.isNaN(meanConfidence)) {
            throw new IllegalArgumentException("confidence must be in 0..100: " + meanConfidence);
        }
    }

    /** A result without word boxes. */
    public OcrResult(String text, double meanConfidence) {
        this(text, meanConfidence, List.of());
    }
}
