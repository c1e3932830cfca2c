package org.vanban.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether the text layer of a PDF page is real text or garbage that must be replaced by OCR.
 *
 * <p>The rule, applied to the NFC-normalised text (whitespace ignored):
 * <ol>
 *   <li>no visible character at all: <b>none</b>;</li>
 *   <li>the page is mostly an image ({@code imageCoverage >= 0.5}) and has fewer than
 *       {@value #MIN_LETTERS_ON_SCAN} letters: <b>stray text on a scan</b> (e.g. a stamp, a page number
 *       or a typed header on an otherwise scanned page);</li>
 *   <li>letters and digits are less than half of the visible characters: <b>mostly non-letters</b>;</li>
 *   <li>more than 2% of visible characters are broken ({@code U+FFFD}, private-use glyph codes,
 *       control characters): <b>unmapped glyphs</b>;</li>
 *   <li>more than 5% of the letters are "foreign": letters outside the Vietnamese Latin alphabet
 *       (ASCII letters, đ/Đ and the precomposed Vietnamese vowels) plus the Latin-1 symbols
 *       {@code U+0080..U+00BF} (¸ µ © » ...). This catches legacy TCVN3/VNI font bytes
 *       ("NghÞ quyÕt", "Nghò quyeát") and UTF-8 read as Latin-1 ("Nghá»‹").</li>
 * </ol>
 * Otherwise the text layer is usable.
 */
public final class TextLayerQuality {

    /**
     * Fewer letters than this on a page covered by an image means "no real text layer". Set well
     * above a stamp or a page number (about two lines of text): a page that is mostly a scan but
     * carries a short typed text layer (a typed header over a scanned body) is OCR'd rather than
     * losing the scanned body; re-OCRing a sparse page costs only time.
     */
    public static final int MIN_LETTERS_ON_SCAN = 150;
    /** Share of the page area covered by images from which a page counts as a scan. */
    public static final double SCAN_IMAGE_COVERAGE = 0.5;
    /** Minimum share of letters and digits among visible characters. */
    public static final double MIN_ALNUM_SHARE = 0.5;
    /** Maximum share of broken characters among visible characters. */
    public static final double MAX_BROKEN_SHARE = 0.02;
    /** Maximum share of foreign letters/symbols relative to letters. */
    public static final double MAX_FOREIGN_SHARE = 0.05;

    private static final Set<Integer> VIETNAMESE_LETTERS = vietnameseLetters();

    /**
     * The verdict and the figures it was based on.
     *
     * @param usable  true if the text layer should be used instead of OCR
     * @param reason  short English explanation ("ok", "mostly non-letters", ...)
     * @param letters number of letters
     * @param visible number of non-whitespace characters
     */
    public record Assessment(boolean usable, String reason, int letters, int visible) {
    }

    private TextLayerQuality() {
    }

    /** Convenience for {@code assess(text, imageCoverage).usable()}. */
    public static boolean isUsable(String text, double imageCoverage) {
        return assess(text, imageCoverage).usable();
    }

    /**
     * @param text          the extracted text of the page
     * @param imageCoverage share (0..1) of the page area covered by drawn images
     */
    public static Assessment assess(String text, double imageCoverage) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        int visible = 0;
        int letters = 0;
        int digits = 0;
        int broken = 0;
        int foreign = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
                if (!VIETNAMESE_LETTERS.contains(cp)) {
                    foreign++;
                }
            } else if (Character.isDigit(cp)) {
                digits++;
            } else if (isBroken(cp)) {
                broken++;
            } else if (cp >= 0x80 && cp <= 0xBF) {
                foreign++;
            }
        }
        if (visible == 0) {
            return new Assessment(false, "no text", 0, 0);
        }
        if (imageCoverage >= SCAN_IMAGE_COVERAGE && letters < MIN_LETTERS_ON_SCAN) {
            return new Assessment(false, "stray text on a scanned page", letters, visible);
        }
        if (letters + digits < MIN_ALNUM_SHARE * visible) {
            return new Assessment(false, "mostly non-letters", letters, visible);
        }
        if (broken > MAX_BROKEN_SHARE * visible) {
            return new Assessment(false, "unmapped glyphs", letters, visible);
        }
        if (foreign > MAX_FOREIGN_SHARE * letters) {
            return new Assessment(false, "letters outside the Vietnamese alphabet (legacy font or mojibake)",
                    letters, visible);
        }
        return new Assessment(true, "ok", letters, visible);
    }

    private static boolean isBroken(int cp) {
        int type = Character.getType(cp);
        return cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    private static Set<Integer> vietnameseLetters() {
        Set<Integer> set = new HashSet<>();
        for (char c = 'a'; c <= 'z'; c++) {
            set.add((int) c);
            set.add((int) Character.toUpperCase(c));
        }
        set.add((int) 'đ');
        set.add((int) 'Đ');
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (String v : vowels) {
            for (String t : tones) {
                String lower = Normalizer.normalize(v + t, Normalizer.Form.NFC);
                String upper = Normalizer.normalize(v.toUpperCase() + t, Normalizer.Form.NFC);
                if (lower.codePointCount(0, lower.length()) == 1) {
                    set.add(lower.codePointAt(0));
                }
                if (upper.codePointCount(0, upper.length()) == 1) {
                    set.add(upper.codePointAt(0));
                }
            }
        }
        return Set.copyOf(set);
    }
}
