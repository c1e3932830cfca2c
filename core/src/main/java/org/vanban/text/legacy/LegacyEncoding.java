package org.vanban.text.legacy;

/**
 * The encodings in which Vietnamese text reaches vanban.
 * <ul>
 *   <li>{@link #TCVN3}: TCVN 5712:1993 VN3 ("ABC", {@code .VnTime} fonts), one byte per letter;</li>
 *   <li>{@link #VNI}: VNI-Windows ({@code VNI-Times} fonts), an ASCII vowel followed by a mark byte;</li>
 *   <li>{@link #VIQR}: RFC 1456 ASCII mnemonics ({@code Vie^.t Nam}, {@code dd});</li>
 *   <li>{@link #CP1258}: Windows-1258, base letters plus five combining tone bytes;</li>
 *   <li>{@link #UNICODE}: Unicode text, already fine apart from normalisation (NFD becomes NFC).</li>
 * </ul>
 */
public enum LegacyEncoding {
    TCVN3, VNI, VIQR, CP1258, UNICODE
}
