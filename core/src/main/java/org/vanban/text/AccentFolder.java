package org.vanban.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Accent folding for matching Vietnamese text written with, without or with damaged diacritics:
 * "Phước Long" and "PHUOC LONG" both fold to "phuoc long". Tone marks and vowel marks are
 * removed (NFD, marks stripped), đ/Đ become d, and letters are lower-cased.
 *
 * <p>{@link #fold(String)} keeps the length, character for character, of an NFC input, so
 * a regular expression can be run on the folded text and its match offsets used to cut the
 * text as written.
 */
public final class AccentFolder {
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) { TABLE[c] = ch; continue; }
            String d = nfd.normalize(String.valueOf(ch));
            char base = d.isEmpty() ? ch : d.charAt(0);
            if (base == 'đ' || base == 'Đ' || ch == 'đ' || ch == 'Đ') base = 'd';
            TABLE[c] = Character.toLowerCase(base);
        }
        // ranges outside the table that matter for Vietnamese (U+1EA0..U+1EF9) are handled below
    }

    private AccentFolder() {
    }

    /** Folds one character; see the class comment. */
    public static char fold(char c) {
        if (c < TABLE_SIZE) return TABLE[c];
        if (c >= 0x1E00 && c <= 0x1EFF) {
            String d = Normalizer2.getNFDInstance().normalize(String.valueOf(c));
            return Character.toLowerCase(d.charAt(0));
        }
        return Character.toLowerCase(c);
    }

    /** Folds each character; the result has the same length as the input. */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }

    /**
     * A matching key: NFC, folded, every run of non-letter-non-digit characters turned into one
     * space, trimmed. "Thị xã  Phước-Long" gives "thi xa phuoc long".
     */
    public static String key(CharSequence s) {
        String f = fold(Normalizer2.getNFCInstance().normalize(s));
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(c);
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return sb.toString();
    }
}
