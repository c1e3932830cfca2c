package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the {@code .VnTime} fonts). Table:
 * {@code tcvn3.tsv}, the VN3 letter positions of glibc's {@code TCVN5712-1} converter: the 67
 * lower-case letters and the capitals Ă Â Ê Ô Ơ Ư Đ. Bytes 0x80..0x9F are read as Windows-1252
 * punctuation (smart quotes, dashes), other bytes as themselves.
 *
 * <p>Upper-case toned letters have no VN3 code; see {@link CapitalsMode}. The encoder writes them
 * with the lower-case code only when asked to ({@link #encode(String, boolean)} with
 * {@code capitalsFont}), otherwise it refuses them.
 */
public final class Tcvn3Codec extends LegacyCodec {
    private static final char[] DECODE = new char[256];
    private static final Map<Character, Character> ENCODE = new HashMap<>();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    static {
        for (String[] row : LegacyTables.read("tcvn3.tsv")) {
            int b = Integer.parseInt(row[0], 16);
            char u = LegacyTables.codePoint(row[1]);
            if (DECODE[b] != 0 || ENCODE.containsKey(u)) throw new IllegalStateException("duplicate TCVN3 row " + row[0]);
            DECODE[b] = u;
            ENCODE.put(u, (char) b);
        }
    }

    private final CapitalsMode capitals;

    /** A codec reading case as {@code capitals} says. */
    public Tcvn3Codec(CapitalsMode capitals) {
        if (capitals == null) throw new IllegalArgumentException("capitals mode must not be null");
        this.capitals = capitals;
    }

    @Override
    public LegacyEncoding encoding() {
        return LegacyEncoding.TCVN3;
    }

    /** The case mode of this codec. */
    public CapitalsMode capitals() {
        return capitals;
    }

    /** True when the char (as byte) is a VN3 letter code. */
    static boolean isCode(char c) {
        int b = ByteChars.byteOf(c);
        return b >= 0x80 && DECODE[b] != 0;
    }

    @Override
    String decode(String text, Tally tally) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lineCaps = capitals == CapitalsMode.AUTO && lineLooksCapital(text, 0, lineEnd(text, 0));
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                if (c == '\n' && capitals == CapitalsMode.AUTO) lineCaps = lineLooksCapital(text, i + 1, lineEnd(text, i + 1));
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j))) j++;
            out.append(decodeWord(text.substring(i, j), lineCaps, tally));
            i = j;
        }
        return NFC.normalize(out);
    }

    private String decodeWord(String word, boolean lineCaps, Tally tally) {
        StringBuilder sb = new StringBuilder(word.length());
        int upper = 0;
        int lower = 0;
        boolean codes = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            int b = ByteChars.byteOf(c);
            if (b >= 0x80 && DECODE[b] != 0) {
                char u = DECODE[b];
                sb.append(u);
                tally.mapped++;
                codes = true;
                if (Character.isUpperCase(u)) upper++;
            } else {
                if (c < 0x80 && Character.isLetter(c)) {
                    if (Character.isUpperCase(c)) upper++;
                    else lower++;
                } else if (b >= 0xC0 && Character.isLetter(c)) {
                    tally.unexplained++; // a Latin-1 letter VN3 does not use (À, Ù, ð ...)
                }
                sb.append(b >= 0x80 ? ByteChars.windowsPunctuation(c) : c);
            }
        }
        String s = sb.toString();
        boolean caps = switch (capitals) {
            case NONE -> false;
            case ALL -> true;
            case AUTO -> codes && lower == 0 && (upper >= 2 || lineCaps);
        };
        return caps ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    /** A line with at least three capital letters and no lower-case ASCII letter. */
    private static boolean lineLooksCapital(String text, int from, int to) {
        int upper = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            int b = ByteChars.byteOf(c);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                upper++;
            } else if (b >= 0xA1 && b <= 0xA7) {
                upper++;
            }
        }
        return upper >= 3;
    }

    @Override
    public String encode(String text) {
        return encode(text, false);
    }

    /**
     * Encodes Unicode text to VN3 chars (cp1252 reading). With {@code capitalsFont}, upper-case toned
     * letters (and all other letters) are written with the lower-case codes, as text set in
     * {@code .VnTimeH}; decode such text with {@link CapitalsMode#ALL}.
     */
    public String encode(String text, boolean capitalsFont) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String nfc = NFC.normalize(text);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            Character code = ENCODE.get(c);
            if (code == null && capitalsFont) code = ENCODE.get(Character.toLowerCase(c));
            if (code != null) {
                sb.append(ByteChars.cp1252(code));
            } else if (c < 0x80) {
                sb.append(capitalsFont ? Character.toLowerCase(c) : c);
            } else if (ByteChars.byteOf(c) >= 0x80 && ByteChars.byteOf(c) < 0xA1) {
                sb.append(c); // cp1252 punctuation and no-break space are kept
            } else {
                throw unmappable(LegacyEncoding.TCVN3, nfc, i);
            }
        }
        return sb.toString();
    }
}
