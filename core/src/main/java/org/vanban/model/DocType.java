package org.vanban.model;

import java.util.Locale;

/** Type of an administrative document (thể loại văn bản). */
public enum DocType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    KE_HOACH("Kế hoạch", "KH"),
    CONG_VAN("Công văn", "CV"),
    THONG_BAO("Thông báo", "TB"),
    BAO_CAO("Báo cáo", "BC"),
    TO_TRINH("Tờ trình", "TTr"),
    CHUONG_TRINH("Chương trình", "CTr"),
    QUY_CHE("Quy chế", "QC"),
    HUONG_DAN("Hướng dẫn", "HD"),
    /** Cited national documents (references), rarely a local document's own type. */
    NGHI_DINH("Nghị định", "NĐ"),
    THONG_TU("Thông tư", "TT"),
    LUAT("Luật", ""),
    UNKNOWN("Không rõ", "");

    private final String label;
    private final String abbreviation;

    DocType(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    /** Vietnamese name, e.g. "Kế hoạch". */
    public String label() { return label; }

    /** Abbreviation used in document numbers, e.g. "KH" in "39/KH-UBND". */
    public String abbreviation() { return abbreviation; }

    /** Short lower-case key used on the command line and in the index, e.g. "ke-hoach". */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /**
     * Parses a key ("ke-hoach"), enum name ("KE_HOACH"), label with or without diacritics
     * ("Kế hoạch", "ke hoach") or abbreviation ("KH"). Returns UNKNOWN when nothing matches.
     */
    public static DocType parse(String s) {
        if (s == null || s.isBlank()) return UNKNOWN;
        String folded = fold(s);
        for (DocType t : values()) {
            if (folded.equals(fold(t.name())) || folded.equals(fold(t.label)) || folded.equals(fold(t.key()))
                    || (!t.abbreviation.isEmpty() && folded.equals(fold(t.abbreviation)))) {
                return t;
            }
        }
        return UNKNOWN;
    }

    private static String fold(String s) {
        return org.vanban.vi.Fold.strip(s.trim()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
