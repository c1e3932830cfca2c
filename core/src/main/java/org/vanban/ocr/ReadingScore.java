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

    /** The score of {@code r} on its own (0..2): mean confidence (0..1) plus the share of valid syllables. */
    public static double of(OcrResult r) {
        return of(r, ReadingScorer.SYLLABLES);
    }

    /** The score of {@code r} on its own: mean confidence (0..1) plus the scorer's score of its text. */
    public static double of(OcrResult r, ReadingScorer scorer) {
        return r.meanConfidence() / 100.0 + scorer.score(r.text());
    }

    /** The better of two readings of one page by confidence and valid syllables ({@link ReadingScorer#SYLLABLES}). */
    public static OcrResult better(OcrResult a, OcrResult b) {
        return better(a, b, ReadingScorer.SYLLABLES);
    }

    /**
     * The better of two readings of one page: {@code b} only when it scores higher ({@link #of(OcrResult, ReadingScorer)}),
     * each score scaled down when its reading found clearly fewer words than the other (a reading that lost text).
     */
    public static OcrResult better(OcrResult a, OcrResult b, ReadingScorer scorer) {
        int wa = words(a.text()), wb = words(b.text());
        int most = Math.max(1, Math.max(wa, wb));
        double sa = of(a, scorer) * Math.min(1.0, (double) wa / most * 1.1);
        double sb = of(b, scorer) * Math.min(1.0, (double) wb / most * 1.1);
        return sb > sa ? b : a;
    }

    /**
     * Mean word confidence below which a reading is doubtful. Chosen on the 36 spectrum pages of seed 29
     * ({@code bench ocr-spectrum --seed 29 --each-way}), checked on those of seed 13 (BENCHMARKS.md, issue 13,
     * s24-ocr): any value from 88 to 94 doubted the same pages there (every photocopy and harsh page, which measure
     * 80-91; clean pages 94-97, caught by the share of doubtful words instead); 92 is the middle.
     */
    public static final double DOUBTFUL_BELOW = 92;
    /** Word confidence below which one word counts as doubtful. */
    public static final double LOW_WORD = 70;
    /**
     * Share of doubtful words ({@link #LOW_WORD}) above which a reading is doubtful: on seed 29, 2% doubted 5 of 18
     * clean pages and gained as much as 0.5% (13 of 18 read twice); 3% lost most of the gain.
     */
    public static final double DOUBTFUL_SHARE = 0.02;

    /**
     * True when Tesseract doubts its reading: its mean word confidence is below {@link #DOUBTFUL_BELOW}, or more than
     * {@link #DOUBTFUL_SHARE} of its words (when it gave words) have a confidence below {@link #LOW_WORD}.
     */
    public static boolean doubtful(OcrResult r) {
        if (r.meanConfidence() < DOUBTFUL_BELOW) return true;
        return lowShare(r) > DOUBTFUL_SHARE;
    }

    /** The share of the reading's words with a confidence below {@link #LOW_WORD}; 0 without words. */
    public static double lowShare(OcrResult r) {
        if (r.words().isEmpty()) return 0;
        int low = 0;
        for (OcrWord w : r.words()) if (w.confidence() < LOW_WORD) low++;
        return (double) low / r.words().size();
    }

    /** The share of letter words (two or more letters) that are valid Vietnamese syllables; 0 when there are none. */
    public static double syllableShare(String text) {
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
