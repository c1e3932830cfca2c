package org.vanban.text.legacy;

/**
 * How to read TCVN3 (VN3) lower-case codes with respect to case. VN3 has no codes for upper-case
 * toned letters: headings were set in a capitals font ({@code .VnTimeH}, {@code .VnArialH}) that draws
 * the lower-case codes (and the ASCII letters) as capitals, so the bytes carry no case.
 */
public enum CapitalsMode {
    /** Codes are read as written ({@code .VnTime}): lower-case codes give lower-case letters. */
    NONE,
    /** The whole text was set in a capitals font: every letter is upper-cased. */
    ALL,
    /**
     * Heuristic: a word whose ASCII letters are all capitals (at least two, or one when the whole
     * line has no lower-case ASCII letter and at least three capitals) is upper-cased, so
     * {@code CéNG HOµ X· HéI} gives {@code CỘNG HOÀ XÃ HỘI} while {@code Hµ Néi} stays {@code Hà Nội}.
     * Text typed in lower case in a capitals font cannot be told apart from {@code .VnTime} text.
     */
    AUTO
}
