package org.vanban.text;

import com.ibm.icu.text.Normalizer2;
import org.vanban.vi.Fold;

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

    private AccentFolder() {
    }

    /** Folds one character ({@link Fold#lower(char)}); see the class comment. */
    public static char fold(char c) {
        return Fold.lower(c);
    }

    /** Folds each character; the result has the same length as the input. */
    public static String fold(CharSequence s) {
        return Fold.lower(s);
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
