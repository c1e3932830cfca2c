package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The 134 Vietnamese letters outside ASCII (NFC): the 12 vowels a ă â e ê i o ô ơ u ư y with each
 * of the six tones (thanh ngang, huyền, sắc, hỏi, ngã, nặng) minus the six plain ASCII vowels, plus
 * đ, in lower case (67) and upper case (67).
 */
public final class VietnameseLetters {
    /** Vowel bases in alphabetical order. */
    public static final String VOWELS = "aăâeêioôơuưy";
    /** Combining tone marks: grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng). */
    public static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

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

    private VietnameseLetters() {
    }

    /** The 67 lower-case letters. */
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
    static boolean isVietnameseOnly(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || c == '\u0102' || c == '\u0103' || c == '\u0110'
                || c == '\u0111' || c == '\u01A0' || c == '\u01A1' || c == '\u01AF' || c == '\u01B0';
    }
}
