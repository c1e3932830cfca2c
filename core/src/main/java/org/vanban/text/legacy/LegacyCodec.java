package org.vanban.text.legacy;

import java.util.EnumMap;
import java.util.Map;

/**
 * One legacy encoding: decoding to NFC Unicode and encoding back. Text in a byte encoding is handled
 * as a String of byte chars, either the ISO-8859-1 reading of the bytes or their Windows-1252 reading
 * (both are accepted when decoding; encoders give the cp1252 reading, what a PDF text layer shows).
 * Codecs are immutable and thread-safe.
 */
public abstract class LegacyCodec {
    private static final Map<LegacyEncoding, LegacyCodec> CODECS = new EnumMap<>(LegacyEncoding.class);

    LegacyCodec() {
    }

    /** The codec for an encoding (TCVN3 with {@link CapitalsMode#AUTO}). */
    public static synchronized LegacyCodec of(LegacyEncoding encoding) {
        if (encoding == null) throw new IllegalArgumentException("encoding must not be null");
        return CODECS.computeIfAbsent(encoding, e -> switch (e) {
            case TCVN3 -> new Tcvn3Codec(CapitalsMode.AUTO);
            case VNI -> new VniCodec();
            case VIQR -> new ViqrCodec();
            case CP1258 -> new Cp1258Codec();
            case UNICODE -> new UnicodeCodec();
        });
    }

    /** The encoding this codec handles. */
    public abstract LegacyEncoding encoding();

    /** Decodes legacy text to NFC Unicode; chars the table does not cover are kept. */
    public String decode(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return decode(text, new Tally());
    }

    /** Decodes legacy bytes (each byte read as its Windows-1252 char first). */
    public String decode(byte[] bytes) {
        if (bytes == null) throw new IllegalArgumentException("bytes must not be null");
        return decode(ByteChars.cp1252String(bytes));
    }

    /**
     * Encodes Unicode text (NFC or NFD) to the chars of this encoding (cp1252 reading for byte encodings).
     *
     * @throws IllegalArgumentException naming the char when the encoding cannot represent it
     */
    public abstract String encode(String text);

    /** Encodes Unicode text to bytes (VIQR and UNICODE give ASCII / UTF-8 bytes). */
    public byte[] encodeBytes(String text) {
        return ByteChars.toBytes(encode(text));
    }

    /** Decoding that also counts mapped codes and unexplained high chars (for detection). */
    abstract String decode(String text, Tally tally);

    static IllegalArgumentException unmappable(LegacyEncoding enc, String text, int i) {
        int cp = text.codePointAt(i);
        return new IllegalArgumentException(enc + " cannot represent '" + new String(Character.toChars(cp))
                + "' (U+" + String.format("%04X", cp) + ") at index " + i);
    }
}
