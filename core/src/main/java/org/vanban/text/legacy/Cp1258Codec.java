package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.Map;
import org.vanban.vi.Letters;

/**
 * Windows-1258: Latin-1-like letters, Ă Đ Ơ Ư (and lower case) as single bytes, and the five tones as
 * combining bytes after the letter (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot).
 * Table: {@code cp1258.tsv} (from glibc iconv CP1258). Decoding composes to NFC. Encoding writes a
 * precomposed byte when the code page has one (à, é, ô ...) and otherwise the vowel plus a tone byte.
 */
public final class Cp1258Codec extends LegacyCodec {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final char[] DECODE = new char[256];
    private static final Map<Character, Integer> ENCODE = new HashMap<>();

    static {
        for (int b = 0; b < 0x80; b++) DECODE[b] = (char) b;
        for (String[] row : LegacyTables.read("cp1258.tsv")) {
            int b = Integer.parseInt(row[0], 16);
            DECODE[b] = LegacyTables.codePoint(row[1]);
        }
        for (int b = 0; b < 256; b++) if (DECODE[b] != 0 || b == 0) ENCODE.putIfAbsent(DECODE[b], b);
    }

    @Override
    public LegacyEncoding encoding() {
        return LegacyEncoding.CP1258;
    }

    /** True for the bytes that differ from Latin-1/cp1252 in a Vietnamese way (tones, ă đ ơ ư). */
    static boolean isSpecific(char c) {
        int b = ByteChars.byteOf(c);
        return b >= 0xC0 && DECODE[b] != c;
    }

    @Override
    String decode(String text, Tally tally) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = ByteChars.byteOf(c);
            if (b >= 0x80 && DECODE[b] != 0) {
                char u = DECODE[b];
                if (u != c && b >= 0xA0) tally.mapped++;
                out.append(u);
            } else {
                out.append(c);
            }
        }
        return NFC.normalize(out);
    }

    @Override
    public String encode(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String nfc = NFC.normalize(text);
        StringBuilder sb = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            Integer b = ENCODE.get(c);
            if (b != null) {
                sb.append(ByteChars.cp1252(b));
                continue;
            }
            // split off the tone: the rest (base + vowel mark) must be one byte
            String d = NFD.normalize(String.valueOf(c));
            char tone = 0;
            StringBuilder base = new StringBuilder();
            for (char x : d.toCharArray()) {
                if (Letters.TONES.indexOf(x) >= 0) tone = x;
                else base.append(x);
            }
            Integer bb = ENCODE.get(NFC.normalize(base).charAt(0));
            Integer tb = tone == 0 ? null : ENCODE.get(tone);
            if (bb == null || tb == null || NFC.normalize(base).length() != 1) throw unmappable(LegacyEncoding.CP1258, nfc, i);
            sb.append(ByteChars.cp1252(bb)).append(ByteChars.cp1252(tb));
        }
        return sb.toString();
    }
}
