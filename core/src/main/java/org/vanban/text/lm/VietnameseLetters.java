package org.vanban.text.lm;

import org.vanban.vi.Fold;
import org.vanban.vi.Letters;

import java.text.Normalizer;

/**
 * Character-level helpers for Vietnamese letters: accent folding (bỏ dấu), lower-casing and
 * case transfer. Every operation maps one UTF-16 char to one char, so offsets survive.
 * Folding removes tone marks and vowel marks (â, ă, ê, ô, ơ, ư) and maps đ to d. The logic lives in
 * {@link org.vanban.vi.Fold} and {@link org.vanban.vi.Letters}; this class keeps the names the repair engine uses.
 */
public final class VietnameseLetters {

    private VietnameseLetters() {
    }

    /** Folds one char: {@code ệ -> e}, {@code Đ -> D}; other chars are returned unchanged. */
    public static char fold(char c) {
        return Fold.base(c);
    }

    /** Folds every char of {@code s} (same length as the input). */
    public static String fold(CharSequence s) {
        return Fold.base(s);
    }

    /** Lower-cases char by char (no locale surprises, same length). */
    public static String lower(CharSequence s) {
        return Letters.lower(s);
    }

    /** Folded and lower-cased key: {@code Tiếp -> tiep}. */
    public static String key(CharSequence s) {
        return Fold.lower(s);
    }

    /** True when some char of {@code s} carries a Vietnamese diacritic (or is đ/Đ). */
    public static boolean hasDiacritics(CharSequence s) {
        return Fold.hasDiacritics(s);
    }

    /**
     * Copies the case of {@code pattern} onto {@code word} char by char (both the same length).
     * ALL CAPS stays caps, Title Case stays title case.
     */
    public static String applyCase(String pattern, String word) {
        return Letters.applyCase(pattern, word);
    }

    /**
     * Gives {@code word} the case of {@code pattern}: char by char when they differ only in accents,
     * else by shape (ALL CAPS with two or more letters, Title, or lower).
     */
    public static String matchCase(String pattern, String word) {
        return Letters.matchCase(pattern, word);
    }

    /** Strips all diacritics from a text while keeping case and everything else (for benches and tests). */
    public static String strip(String text) {
        return Fold.base(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
