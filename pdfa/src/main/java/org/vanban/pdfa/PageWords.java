package org.vanban.pdfa;

import java.util.ArrayList;
import java.util.List;
import org.vanban.ocr.OcrWord;

/**
 * The words the OCR stage read on one page image, with the size of that image: what the archive PDF's text
 * layer is placed on, so the page need not be recognised a second time.
 *
 * @param width  width in px of the image the OCR read
 * @param height its height in px
 * @param words  the recognised words and their boxes in that image's pixels
 */
public record PageWords(int width, int height, List<OcrWord> words) {
    public PageWords {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** The words as lines in reading order (as {@link TesseractWordBoxes#intoLines} groups them). */
    List<TextLine> lines() {
        List<WordBox> boxes = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            if (!w.text().isBlank() && w.width() > 0 && w.height() > 0) {
                boxes.add(new WordBox(w.text().strip(), w.x(), w.y(), w.width(), w.height()));
            }
        }
        return TesseractWordBoxes.intoLines(boxes);
    }
}
