package org.vanban.text;

import java.util.Locale;

/** What kind of damage the repair engine should expect. */
public enum RepairMode {
    /** Detect per line: legacy encodings, then diacritic restoration with the OCR confusion channel. */
    AUTO,
    /** Text with diacritics stripped (Thong qua Ke hoach): restore diacritics only. */
    ASCII,
    /** OCR output (English or Vietnamese model): restore diacritics and repair OCR confusions (s6 → số). */
    OCR,
    /** Legacy font encodings (TCVN3, VNI, VIQR) to Unicode, then as AUTO. */
    LEGACY,
    /** First-pass normalisation only (NFC, tone marks), no language model. */
    NONE;

    public static RepairMode parse(String s) {
        for (RepairMode m : values()) if (m.name().equalsIgnoreCase(s.trim())) return m;
        throw new IllegalArgumentException("unknown repair mode '" + s + "'; one of: auto, ascii, ocr, legacy, none");
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
