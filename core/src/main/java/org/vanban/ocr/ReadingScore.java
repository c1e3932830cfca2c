package org.vanban.ocr;

import org.vanban.vi.Syllables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How good a reading of a page looks, to keep the better of two readings of the same page: Tesseract's mean word
 * confidence (0..1) plus the share of its letter words that are well-formed Vietnamese syllables
 * ({@link Syllables#isValid}; a misread mark, ể read ế, stays a syllable, but debris such as {@code tíi}, {@code ©ã},
 * a halved {@code đ} or a split word mostly does not). A reading that lost text loses on both: fewer confident
 * words, and the score is scaled by the reading's share of the longer reading's words.
 */
public final class ReadingScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private ReadingScore() { }

    /** The score of {@code r} on its own (0..2). */
    public static double of(OcrResult r) {
        return r.meanConfidence() / 100.0 + syllableShare(r.text());
    }

    /** The better of two readings of one page: {@code b} only when it scores higher, its length taken into account. */
    public static OcrResult better(OcrResult a, OcrResult b) {
        int wa = words(a.text()), wb = words(b.text());
        int most = Math.max(1, Math.max(wa, wb));
        double sa = of(a) * Math.min(1.0, (double) wa / most * 1.1);
        double sb = of(b) * Math.min(1.0, (double) wb / most * 1.1);
        return sb > sa ? b : a;
    }

    /** The share of letter words (two or more letters) that are valid Vietnamese syllables; 0 when there are none. */
    static double syllableShare(String text) {
        Matcher m = WORD.matcher(text);
        int all = 0, valid = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2) continue;
            all++;
            if (Syllables.isValid(w)) valid++;
        }
        return all == 0 ? 0 : (double) valid / all;
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
