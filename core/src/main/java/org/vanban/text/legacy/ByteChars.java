package org.vanban.text.legacy;

import java.nio.charset.Charset;

/**
 * Maps the two char forms in which legacy bytes reach us back to the bytes: ISO-8859-1 decoding
 * (char value = byte value, bytes 0x80..0x9F become C1 controls) and Windows-1252 decoding (bytes
 * 0x80..0x9F become "€", "“", "–" ...). Both forms agree on 0x00..0x7F and 0xA0..0xFF.
 */
final class ByteChars {
    private static final char[] CP1252_HIGH = new char[32];
    private static final int[] FROM_CHAR = new int[0x10000];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        java.util.Arrays.fill(FROM_CHAR, -1);
        for (int b = 0; b < 0x100; b++) FROM_CHAR[b] = b;
        for (int b = 0x80; b < 0xA0; b++) {
            String s = new String(new byte[]{(byte) b}, cp1252);
            char c = s.charAt(0);
            if (c != '\uFFFD' && c != (char) b) {
                CP1252_HIGH[b - 0x80] = c;
                FROM_CHAR[c] = b;
            } else {
                CP1252_HIGH[b - 0x80] = (char) b; // undefined in cp1252: keep the C1 char
            }
        }
    }

    private ByteChars() {
    }

    /** The byte a char stands for (ISO-8859-1 or cp1252 reading), or -1 when it is no byte. */
    static int byteOf(char c) {
        return FROM_CHAR[c];
    }

    /** The Windows-1252 char for a byte (0x80..0x9F give punctuation such as "“"). */
    static char cp1252(int b) {
        if (b >= 0x80 && b < 0xA0) return CP1252_HIGH[b - 0x80];
        return (char) b;
    }

    /** Turns a C1 control char (ISO-8859-1 reading of 0x80..0x9F) into its cp1252 char; other chars stay. */
    static char windowsPunctuation(char c) {
        return c >= 0x80 && c < 0xA0 ? CP1252_HIGH[c - 0x80] : c;
    }

    /** The chars of a byte string in cp1252 form (what a PDF or DOCX text layer gives). */
    static String cp1252String(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) sb.append(cp1252(b & 0xFF));
        return sb.toString();
    }

    /** The bytes of a string of byte chars; throws when a char is no byte. */
    static byte[] toBytes(String chars) {
        byte[] out = new byte[chars.length()];
        for (int i = 0; i < chars.length(); i++) {
            int b = byteOf(chars.charAt(i));
            if (b < 0) {
                throw new IllegalArgumentException("char U+" + String.format("%04X", (int) chars.charAt(i))
                        + " at index " + i + " is not a single-byte char");
            }
            out[i] = (byte) b;
        }
        return out;
    }
}
