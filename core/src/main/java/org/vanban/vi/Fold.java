package org.vanban.vi;

import com.ibm.icu.text.Normalizer2;

/**
 * Accent folding (bỏ dấu) for Vietnamese: tone marks and vowel marks (â ă ê ô ơ ư) removed, đ/Đ to d/D.
 *
 * <p>Three ways, for three kinds of caller:
 * <ul>
 *   <li>char by char ({@link #base(char)}, {@link #lower(char)} and their string forms): one UTF-16 char to one,
 *   so offsets found in the folded text cut the text as written; meant for NFC input ("ệ" is one char);</li>
 *   <li>{@link #key(CharSequence)}: folded, lower-cased, punctuation runs to one space, for looking names up;</li>
 *   <li>by decomposition ({@link #strip(CharSequence)}): NFD, every combining mark dropped, so it also takes
 *   text whose marks are separate chars (the result may be shorter).</li>
 * </ul>
 * On NFC Vietnamese text the first and the last give the same letters.
 */
public final class Fold {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int TABLE_SIZE = 0x2000;
    /** base letter of each char below U+2000 (Latin, Greek, Cyrillic and the Vietnamese block U+1EA0..U+1EF9) */
    private static final char[] BASE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (ch == 'đ') {
                BASE[c] = 'd';
            } else if (ch == 'Đ') {
                BASE[c] = 'D';
            } else if (c >= 0x80 && Character.isLetter(ch) && !Character.isSurrogate(ch)) {
                String d = NFD.normalize(String.valueOf(ch));
                char base = d.charAt(0);
                BASE[c] = base < 0x80 && Character.isLetter(base) ? base : ch;
            } else {
                BASE[c] = ch;
            }
        }
    }

    private Fold() {
    }

    /** The char without its marks, case kept: {@code ệ -> e}, {@code Đ -> D}; other chars unchanged. */
    public static char base(char c) {
        return c < TABLE_SIZE ? BASE[c] : c;
    }

    /** {@link #base(char)}, lower-cased: {@code Ệ -> e}. */
    public static char lower(char c) {
        return Character.toLowerCase(base(c));
    }

    /** {@link #base(char)} of every char (same length as the input): "Đẩy mạnh" gives "Day manh". */
    public static String base(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = base(s.charAt(i));
        return new String(out);
    }

    /** {@link #lower(char)} of every char (same length as the input): "PHƯỚC Long" gives "phuoc long". */
    public static String lower(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = lower(s.charAt(i));
        return new String(out);
    }

    /**
     * A matching key: NFC, {@link #lower(CharSequence) folded and lower-cased}, every run of characters that are
     * neither letters nor digits turned into one space, trimmed. "Thị xã  Phước-Long" gives "thi xa phuoc long".
     */
    public static String key(CharSequence s) {
        String f = lower(NFC.normalize(s));
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

    /** True when some char of {@code s} carries a Vietnamese diacritic (or is đ/Đ). */
    public static boolean hasDiacritics(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (base(c) != c) return true;
        }
        return false;
    }

    /**
     * Removes the diacritics by decomposition, case and everything else kept: NFD, combining marks dropped,
     * đ/Đ to d/D. "Thông qua Kế hoạch" gives "Thong qua Ke hoach".
     */
    public static String strip(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        stripInto(s, new StringBuilder(s.length() + 8), out);
        return out.toString();
    }

    /**
     * {@link #strip(CharSequence)} into {@code out} (appended), with {@code scratch} for the decomposition: for
     * callers that fold many short pieces (index tokens) without allocating.
     */
    public static void stripInto(CharSequence s, StringBuilder scratch, StringBuilder out) {
        scratch.setLength(0);
        NFD.normalize(s, scratch);
        for (int i = 0; i < scratch.length(); ) {
            int cp = scratch.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) continue;
            if (cp == 'đ') cp = 'd';
            else if (cp == 'Đ') cp = 'D';
            out.appendCodePoint(cp);
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
