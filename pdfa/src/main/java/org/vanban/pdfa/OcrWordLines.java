package org.vanban.pdfa;

import java.util.ArrayList;
import java.util.List;
import org.vanban.ocr.OcrWord;
import org.vanban.ocr.PageWords;

/** The OCR stage's words of a page as lines in reading order (as {@link TesseractWordBoxes#intoLines} groups them). */
final class OcrWordLines {
    private OcrWordLines() {
    }

    static List<TextLine> of(PageWords page) {
        List<WordBox> boxes = new ArrayList<>(page.words().size());
        for (OcrWord w : page.words()) {
            if (!w.text().isBlank() && w.width() > 0 && w.height() > 0) {
                boxes.add(new WordBox(w.text().strip(), w.x(), w.y(), w.width(), w.height()));
            }
        }
        return TesseractWordBoxes.intoLines(boxes);
    }
}
