package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.Map;

/**
 * VNI-Windows (the {@code VNI-Times} fonts): a vowel is an ASCII base letter followed by one mark
 * byte ({@code a}+{@code ù} = á, {@code e}+{@code á} = ế, {@code a}+{@code ê} = ă); ơ ư, the toned i
 * and ỵ, and đ are single bytes. Table: {@code vni.tsv} (all 134 letters). A mark is read in either
 * case; the letter takes the case of its base, as VNI fonts draw it.
 */
public final class VniCodec extends LegacyCodec {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** code (1 or 2 chars, lower-case) -> lower-case letter */
    private static final Map<String, Character> DECODE = new HashMap<>();
    private static final Map<Character, String> ENCODE = new HashMap<>();

    static {
        for (String[] row : LegacyTables.read("vni.tsv")) {
            char letter = LegacyTables.codePoint(row[1]);
            String code = LegacyTables.hexBytes(row[2]);
            if (ENCODE.put(letter, code) != null) throw new IllegalStateException("duplicate VNI letter " + row[1]);
            if (Character.isLowerCase(letter)) DECODE.put(code, letter);
        }
    }

    @Override
    public LegacyEncoding encoding() {
        return LegacyEncoding.VNI;
    }

    @Override
    String decode(String text, Tally tally) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i + 1 < n) {
                char m = text.charAt(i + 1);
                Character two = DECODE.get("" + lower(c) + lower(m));
                if (two != null && ByteChars.byteOf(m) >= 0xC0) {
                    out.append(Character.isUpperCase(c) ? Character.toUpperCase(two) : two);
                    tally.mapped++;
                    i++;
                    continue;
                }
            }
            int b = ByteChars.byteOf(c);
            Character one = b >= 0xC0 ? DECODE.get(String.valueOf(lower(c))) : null;
            if (one != null) {
                out.append(Character.isUpperCase(c) ? Character.toUpperCase(one) : one);
                tally.mapped++;
            } else {
                if (b >= 0xC0 && Character.isLetter(c)) tally.unexplained++; // a mark with no vowel before it
                out.append(b >= 0x80 ? ByteChars.windowsPunctuation(c) : c);
            }
        }
        return NFC.normalize(out);
    }

    /** Lower-cases ASCII and Latin-1 letters (Ù -> ù); VNI upper-case marks are lower-case bytes - 0x20. */
    private static char lower(char c) {
        if (c < 0x80) return Character.toLowerCase(c);
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return (char) (c + 0x20);
        return c;
    }

    @Override
    public String encode(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String nfc = NFC.normalize(text);
        StringBuilder sb = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String code = ENCODE.get(c);
            if (code != null) {
                sb.append(code);
            } else if (c < 0x80 || (ByteChars.byteOf(c) >= 0x80 && ByteChars.byteOf(c) < 0xC0)) {
                sb.append(ByteChars.byteOf(c) >= 0x80 ? ByteChars.cp1252(ByteChars.byteOf(c)) : c);
            } else {
                throw unmappable(LegacyEncoding.VNI, nfc, i);
            }
        }
        return sb.toString();
    }
}
