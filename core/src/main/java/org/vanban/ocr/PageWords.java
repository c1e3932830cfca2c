package org.vanban.ocr;

import java.util.List;

/**
 * The words the OCR stage read on one page image, with the size of that image: what a later writer (the archive
 * PDF's text layer) can place text on without recognising the page a second time.
 *
 * @param width  width in px of the image the OCR read
 * @param height its height in px
 * @param words  the recognised words and their boxes in that image's pixels
 */
public record PageWords(int width, int height, List<OcrWord> words) {
    public PageWords {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
