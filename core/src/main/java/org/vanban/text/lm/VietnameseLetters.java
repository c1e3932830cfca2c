package org.vanban.text.lm;

import java.text.Normalizer;

/**
 * Character-level helpers for Vietnamese letters: accent folding (bỏ dấu), lower-casing and
 * case transfer. Every operation maps one UTF-16 char to one char, so offsets survive.
 * Folding removes tone marks and vowel marks (â, ă, ê, ô, ơ, ư) and maps đ to d.
 */
public final class VietnameseLetters {

    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (ch == 'đ') {
                FOLD[c] = 'd';
            } else if (ch == 'Đ') {
                FOLD[c] = 'D';
            } else if (Character.isLetter(ch) && c >= 0x80) {
                String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                char base = d.charAt(0);
                FOLD[c] = base < 0x80 && Character.isLetter(base) ? base : ch;
            } else {
                FOLD[c] = ch;
            }
        }
    }

    private VietnameseLetters() {
    }

    /** Folds one char: {@code ệ -> e}, {@code Đ -> D}; other chars are returned unchanged. */
    public static char fold(char c) {
        return c < TABLE_SIZE ? FOLD[c] : c;
    }

    /** Folds every char of {@code s} (same length as the input). */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Lower-cases char by char (no locale surprises, same length). */
    public static String lower(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }

    /** Folded and lower-cased key: {@code Tiếp -> tiep}. */
    public static String key(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(Character.toLowerCase(s.charAt(i)));
        }
        return new String(out);
    }

    /** True when some char of {@code s} carries a Vietnamese diacritic (or is đ/Đ). */
    public static boolean hasDiacritics(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (fold(c) != c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the case of {@code pattern} onto {@code word} char by char (both the same length).
     * ALL CAPS stays caps, Title Case stays title case.
     */
    public static String applyCase(String pattern, String word) {
        if (pattern.length() != word.length()) {
            throw new IllegalArgumentException("case pattern '" + pattern + "' and word '" + word
                    + "' differ in length");
        }
        char[] out = word.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char p = pattern.charAt(i);
            out[i] = Character.isUpperCase(p) ? Character.toUpperCase(out[i]) : Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    /**
     * Gives {@code word} the case of {@code pattern}: char by char when they differ only in accents,
     * else by shape (ALL CAPS with two or more letters, Title, or lower).
     */
    public static String matchCase(String pattern, String word) {
        if (pattern.length() == word.length() && key(pattern).equals(key(word))) {
            return applyCase(pattern, word);
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        String lower = lower(word);
        if (letters >= 2 && upper == letters) {
            char[] out = lower.toCharArray();
            for (int i = 0; i < out.length; i++) {
                out[i] = Character.toUpperCase(out[i]);
            }
            return new String(out);
        }
        if (!pattern.isEmpty() && Character.isUpperCase(pattern.charAt(0)) && !lower.isEmpty()) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }

    /** Strips all diacritics from a text while keeping case and everything else (for benches and tests). */
    public static String strip(String text) {
        return fold(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
