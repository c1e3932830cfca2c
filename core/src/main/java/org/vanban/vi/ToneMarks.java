package org.vanban.vi;

import java.text.Normalizer;

/**
 * The tone (thanh điệu) and the vowel marks (dấu mũ, dấu trăng, dấu móc; đ) of a lower-case NFC syllable, char by
 * char: {@code kiểm} has tone {@link #HOI} and, without its tone, reads {@code kiêm}. Used by the tone channel of
 * {@code org.vanban.text.lm.ChannelTable} to price a wrong tone ({@code kiếm} read for {@code kiểm}) or a dropped mark ({@code tô} for
 * {@code tơ}) between two forms of one folded syllable.
 */
public final class ToneMarks {

    /** Tone codes: ngang (no mark), sắc, huyền, hỏi, ngã, nặng. */
    public static final int NGANG = 0, SAC = 1, HUYEN = 2, HOI = 3, NGA = 4, NANG = 5;
    /** Names used in the table file, by tone code. */
    private static final String[] NAMES = {"ngang", "sac", "huyen", "hoi", "nga", "nang"};
    private static final String COMBINING = "\u0000\u0301\u0300\u0309\u0303\u0323";

    private static final int TABLE_SIZE = 0x2000;
    private static final byte[] TONE = new byte[TABLE_SIZE];
    private static final char[] UNTONED = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            UNTONED[c] = (char) c;
            if (c < 0x80 || !Character.isLetter((char) c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            StringBuilder rest = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); i++) {
                int t = i == 0 ? -1 : COMBINING.indexOf(d.charAt(i));
                if (t > 0) {
                    TONE[c] = (byte) t;
                } else {
                    rest.append(d.charAt(i));
                }
            }
            String back = Normalizer.normalize(rest, Normalizer.Form.NFC);
            if (back.length() == 1) {
                UNTONED[c] = back.charAt(0);
            }
        }
    }

    private ToneMarks() {
    }

    /** Tone of one char ({@link #NGANG} for a char without a tone mark). */
    public static int tone(char c) {
        return c < TABLE_SIZE ? TONE[c] : NGANG;
    }

    /** The char without its tone mark, vowel marks kept: {@code ể -> ê}, {@code ạ -> a}, {@code đ -> đ}. */
    public static char untoned(char c) {
        return c < TABLE_SIZE ? UNTONED[c] : c;
    }

    /** Tone of a syllable: the tone of its first toned char ({@link #NGANG} when none). */
    public static int tone(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            int t = tone(s.charAt(i));
            if (t != NGANG) {
                return t;
            }
        }
        return NGANG;
    }

    /**
     * True when one vowel run carries two tone marks ({@code tỗổ}): no syllable does. Glued words keep one
     * tone per syllable ({@code hànhchính}) and pass.
     */
    public static boolean twoTonesInOneVowelRun(CharSequence s) {
        int inRun = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VOWELS.indexOf(Character.toLowerCase(untoned(c))) < 0) {
                inRun = 0;
            } else if (tone(c) != NGANG && ++inRun > 1) {
                return true;
            }
        }
        return false;
    }

    private static final String VOWELS = Letters.VOWELS;

    /** The ASCII name of a tone code ({@code 3 -> hoi}), as the OCR channel's table file writes it. */
    public static String name(int tone) {
        return NAMES[tone];
    }

    /** Tone code of a file name ({@code hoi -> 3}); a clear error for anything else. */
    public static int code(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown tone '" + name + "' (one of ngang sac huyen hoi nga nang)");
    }
}
