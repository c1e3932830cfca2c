package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.vanban.vi.Letters;

/**
 * Unicode text: decoding brings it to NFC, first moving a tone mark typed before a vowel mark
 * ("e" + acute + circumflex) behind it so the pair composes ("ế"). Encoding gives NFD.
 */
public final class UnicodeCodec extends LegacyCodec {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String VOWEL_MARKS = Letters.VOWEL_MARKS;

    @Override
    public LegacyEncoding encoding() {
        return LegacyEncoding.UNICODE;
    }

    @Override
    String decode(String text, Tally tally) {
        if (NFC.isNormalized(text)) return text;
        StringBuilder d = new StringBuilder(NFD.normalize(text));
        for (int i = 0; i + 1 < d.length(); i++) {
            char a = d.charAt(i);
            char b = d.charAt(i + 1);
            if (Letters.TONES.indexOf(a) >= 0 && VOWEL_MARKS.indexOf(b) >= 0) {
                d.setCharAt(i, b);
                d.setCharAt(i + 1, a);
                tally.mapped++;
            }
        }
        for (int i = 0; i < d.length(); i++) if (Letters.TONES.indexOf(d.charAt(i)) >= 0) tally.mapped++;
        return NFC.normalize(d);
    }

    @Override
    public String encode(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return NFD.normalize(text);
    }

    @Override
    public byte[] encodeBytes(String text) {
        return encode(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
