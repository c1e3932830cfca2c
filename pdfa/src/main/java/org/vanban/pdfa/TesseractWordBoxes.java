package org.vanban.pdfa;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrException;

/**
 * Stop-gap source of OCR word boxes until {@code model.Page} carries them: runs Tess4J's
 * {@code Tesseract.getWords(image, RIL_WORD)} on a page image (a second recognition of the page) and
 * groups the words into lines. Replace its one use in the caller by the boxes of the OCR stage.
 * <b>Not thread-safe</b> (one Tesseract handle); one instance per thread.
 */
public final class TesseractWordBoxes {

    private final Tesseract tesseract = new Tesseract();

    /** {@code vie} from {@link OcrEngine#defaultTessdataDir()}; fails with the install hint when absent. */
    public TesseractWordBoxes() throws OcrException {
        OcrEngine.checkTessdata(OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG);
        tesseract.setDatapath(OcrEngine.defaultTessdataDir().toString());
        tesseract.setLanguage(OcrEngine.DEFAULT_LANG);
        tesseract.setVariable("user_defined_dpi", String.valueOf(OcrEngine.DEFAULT_DPI));
    }

    /** The words Tesseract reads on the image, grouped into lines in reading order. */
    public List<TextLine> lines(BufferedImage image) throws OcrException {
        List<Word> words;
        try {
            words = tesseract.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
        } catch (RuntimeException e) {
            throw new OcrException("Tesseract could not give word boxes: " + e.getMessage(), e);
        }
        List<WordBox> boxes = new ArrayList<>(words.size());
        for (Word w : words) {
            Rectangle r = w.getBoundingBox();
            String text = w.getText() == null ? "" : w.getText().strip();
            if (!text.isEmpty() && r.width > 0 && r.height > 0) {
                boxes.add(new WordBox(text, r.x, r.y, r.width, r.height));
            }
        }
        return intoLines(boxes);
    }

    /**
     * Words in Tesseract's reading order into lines: a word starts a new line when it stands left of the
     * previous word or shares less than half of the smaller one's height with the previous word's box (a dash or a
     * comma, whose box is a sliver inside the line's height, stays on its line; the next line, a stamp or a
     * signature above or below do not join it).
     */
    static List<TextLine> intoLines(List<WordBox> words) {
        List<TextLine> lines = new ArrayList<>();
        List<WordBox> cur = new ArrayList<>();
        WordBox prev = null;
        for (WordBox w : words) {
            if (prev != null && (w.x() < prev.x() || !sameLine(prev, w))) {
                lines.add(new TextLine(cur));
                cur = new ArrayList<>();
            }
            cur.add(w);
            prev = w;
        }
        if (!cur.isEmpty()) lines.add(new TextLine(cur));
        return lines;
    }

    static boolean sameLine(WordBox a, WordBox b) {
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return overlap >= 0.5 * Math.min(a.height(), b.height());
    }
}
