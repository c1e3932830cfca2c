package org.vanban.vi;

import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.vanban.vi.Letters;

/**
 * Vietnamese letters: the 12 vowels, the five combining tone marks, the 134 letters outside ASCII (NFC: each
 * vowel with each of the six tones minus the six plain ASCII vowels, plus đ, in lower case (67) and upper case
 * (67)), and case helpers that map one char to one (offsets survive).
 */
public final class Letters {
    /** Vowel bases in alphabetical order. */
    public static final String VOWELS = "aăâeêioôơuưy";
    /** Combining tone marks: grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng). */
    public static final String TONES = "\u0300\u0301\u0309\u0303\u0323";
    /** The combining vowel marks: circumflex (â ê ô), breve (ă), horn (ơ ư). */
    public static final String VOWEL_MARKS = "\u0302\u0306\u031B";

    private static final List<String> LOWER;
    private static final List<String> UPPER;

    static {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        List<String> lower = new ArrayList<>();
        for (char v : VOWELS.toCharArray()) {
            String plain = String.valueOf(v);
            if ("aeiouy".indexOf(v) < 0) lower.add(plain);
            for (char t : TONES.toCharArray()) lower.add(nfc.normalize(plain + t));
        }
        lower.add("đ");
        List<String> upper = new ArrayList<>();
        for (String s : lower) upper.add(s.toUpperCase(Locale.ROOT));
        LOWER = Collections.unmodifiableList(lower);
        UPPER = Collections.unmodifiableList(upper);
    }

    private Letters() {
    }

    /** The 67 lower-case letters outside ASCII. */
    public static List<String> lower() {
        return LOWER;
    }

    /** The 67 upper-case letters, in the order of {@link #lower()}. */
    public static List<String> upper() {
        return UPPER;
    }

    /** All 134 letters. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(LOWER);
        all.addAll(UPPER);
        return all;
    }

    /** True for a char of the Vietnamese-specific Unicode block or the letters ă ơ ư đ in either case. */
    public static boolean isVietnameseOnly(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || c == '\u0102' || c == '\u0103' || c == '\u0110'
                || c == '\u0111' || c == '\u01A0' || c == '\u01A1' || c == '\u01AF' || c == '\u01B0';
    }

    /** Lower-cases char by char (no locale surprises, same length). */
    public static String lower(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = Character.toLowerCase(s.charAt(i));
        return new String(out);
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
        if (pattern.length() == word.length() && Fold.lower(pattern).equals(Fold.lower(word))) {
            return applyCase(pattern, word);
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        String lower = lower(word);
        if (letters >= 2 && upper == letters) {
            char[] out = lower.toCharArray();
            for (int i = 0; i < out.length; i++) out[i] = Character.toUpperCase(out[i]);
            return new String(out);
        }
        if (!pattern.isEmpty() && Character.isUpperCase(pattern.charAt(0)) && !lower.isEmpty()) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }
}
