package org.vanban.vi;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations of Vietnamese office and administrative writing (chữ viết tắt): one list for every stage.
 * The repair stage needs to know them (an "UBND" beside a stamp is no ink), the header parser and the locality
 * reader expand some ("UBND TX. PHƯỚC LONG" is the people's committee of the town Phước Long), and search takes
 * the written-out forms as synonyms.
 *
 * <p>An entry's expansions are its written-out forms (tone-mark variants included: "Ủy"/"Uỷ"), given where vanban
 * expands it; they are empty for abbreviations it only has to recognise, and for those whose letters stand for
 * several things (CT: chỉ thị or chủ tịch). Immutable.
 */
public final class Abbreviations {

    /** What an abbreviation stands for. */
    public enum Kind {
        /** The people's committee and council at the head of a local issuer: UBND, HĐND. */
        PEOPLES_BODY,
        /** A unit type written before a place name: TP. Hồ Chí Minh, TX. Phước Long, TT. Tân Phú. */
        UNIT_TYPE,
        /** A ministry, agency, party or front body: BTC, BHXH, MTTQ. */
        ORGANISATION,
        /** A document type in a symbol or citation: QĐ, NĐ, NQ, KH. */
        DOCUMENT,
        /** A signing or filing mark: TM., KT., TL., TUQ., Lưu: VT. */
        SIGNING,
        /** A term of administrative writing: CCHC, TTHC, NSNN. */
        TERM,
        /** A contact field or other header mark: ĐT, SĐT, Fax, MST. */
        OTHER
    }

    /**
     * One abbreviation.
     *
     * @param written    as written in documents ("UBND", "TTg")
     * @param kind       what it stands for
     * @param expansions its written-out forms, empty when vanban does not expand it
     */
    public record Entry(String written, Kind kind, List<String> expansions) {
        public Entry {
            expansions = List.copyOf(expansions);
        }
    }

    private static final List<Entry> ALL = List.of(
            e("UBND", Kind.PEOPLES_BODY, "Ủy ban nhân dân", "Uỷ ban nhân dân"),
            e("HĐND", Kind.PEOPLES_BODY, "Hội đồng nhân dân"),
            e("TP", Kind.UNIT_TYPE, "thành phố"),
            e("TX", Kind.UNIT_TYPE, "thị xã"),
            e("TT", Kind.UNIT_TYPE, "thị trấn"), // also thông tư in a symbol: search does not expand unit types
            e("MTTQ", Kind.ORGANISATION, "Mặt trận Tổ quốc"),
            e("BCĐ", Kind.ORGANISATION, "Ban Chỉ đạo", "Ban Chỉ Đạo"),
            e("BHXH", Kind.ORGANISATION, "bảo hiểm xã hội"),
            e("CP", Kind.ORGANISATION),
            e("TTg", Kind.ORGANISATION),
            e("TW", Kind.ORGANISATION),
            e("QH", Kind.ORGANISATION),
            e("CTN", Kind.ORGANISATION),
            e("VP", Kind.ORGANISATION),
            e("VPCP", Kind.ORGANISATION),
            e("BTC", Kind.ORGANISATION),
            e("BNV", Kind.ORGANISATION),
            e("BCT", Kind.ORGANISATION),
            e("BQP", Kind.ORGANISATION),
            e("BCA", Kind.ORGANISATION),
            e("BCH", Kind.ORGANISATION),
            e("ĐCS", Kind.ORGANISATION),
            e("TTXVN", Kind.ORGANISATION),
            e("SGD", Kind.ORGANISATION),
            e("SGDĐT", Kind.ORGANISATION),
            e("BHYT", Kind.ORGANISATION),
            e("LĐTBXH", Kind.ORGANISATION),
            e("KBNN", Kind.ORGANISATION),
            e("TAND", Kind.ORGANISATION),
            e("VKSND", Kind.ORGANISATION),
            e("CA", Kind.ORGANISATION),
            e("NN", Kind.ORGANISATION),
            e("PTNT", Kind.ORGANISATION),
            e("TNMT", Kind.ORGANISATION),
            e("GTVT", Kind.ORGANISATION),
            e("XD", Kind.ORGANISATION),
            e("GD", Kind.ORGANISATION),
            e("GDĐT", Kind.ORGANISATION),
            e("HCM", Kind.ORGANISATION),
            e("QĐ", Kind.DOCUMENT),
            e("NĐ", Kind.DOCUMENT),
            e("NQ", Kind.DOCUMENT),
            e("CT", Kind.DOCUMENT),
            e("KH", Kind.DOCUMENT),
            e("TB", Kind.DOCUMENT),
            e("CV", Kind.DOCUMENT),
            e("HC", Kind.OTHER),
            e("PH", Kind.OTHER),
            e("TM", Kind.SIGNING),
            e("KT", Kind.SIGNING),
            e("TL", Kind.SIGNING),
            e("TUQ", Kind.SIGNING),
            e("VT", Kind.SIGNING),
            e("PCT", Kind.SIGNING),
            e("CCHC", Kind.TERM, "cải cách hành chính"),
            e("TTHC", Kind.TERM, "thủ tục hành chính"),
            e("CBCCVC", Kind.TERM, "cán bộ, công chức, viên chức"),
            e("CBCC", Kind.TERM, "cán bộ, công chức"),
            e("DVC", Kind.TERM, "dịch vụ công"),
            e("DVCTT", Kind.TERM, "dịch vụ công trực tuyến"),
            e("CNTT", Kind.TERM, "công nghệ thông tin"),
            e("CĐS", Kind.TERM, "chuyển đổi số"),
            e("NSNN", Kind.TERM, "ngân sách nhà nước"),
            e("QLNN", Kind.TERM, "quản lý nhà nước"),
            e("VBQPPL", Kind.TERM, "văn bản quy phạm pháp luật"),
            e("HCC", Kind.TERM, "hành chính công"),
            e("HTX", Kind.TERM, "hợp tác xã"),
            e("KTXH", Kind.TERM, "kinh tế - xã hội", "kinh tế xã hội"),
            e("ATTP", Kind.TERM, "an toàn thực phẩm"),
            e("PCCC", Kind.TERM, "phòng cháy chữa cháy", "phòng cháy, chữa cháy"),
            e("ĐT", Kind.OTHER),
            e("SĐT", Kind.OTHER),
            e("Fax", Kind.OTHER),
            e("MST", Kind.OTHER));

    private static final Set<String> LOWER_CASE = lowerCase();

    private Abbreviations() {
    }

    private static Entry e(String written, Kind kind, String... expansions) {
        return new Entry(written, kind, Arrays.asList(expansions));
    }

    private static Set<String> lowerCase() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry entry : ALL) {
            if (!out.add(entry.written().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("abbreviation listed twice: " + entry.written());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Every entry, in list order. */
    public static List<Entry> all() {
        return ALL;
    }

    /** Every abbreviation lower-cased as {@link String#toLowerCase(Locale)} with the root locale gives it: "hđnd". */
    public static Set<String> lowerCaseForms() {
        return LOWER_CASE;
    }

    /**
     * The first expansion, lower-cased, of each entry of the given kinds that has one, by its {@link Fold#key} key:
     * "ubnd" → "ủy ban nhân dân", "tx" → "thị xã".
     */
    public static Map<String, String> expansions(Set<Kind> kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry entry : ALL) {
            if (kinds.contains(entry.kind()) && !entry.expansions().isEmpty()) {
                out.put(Fold.key(entry.written()), Letters.lower(entry.expansions().get(0)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@link #expansions} with the expansions folded as keys too: "tx" → "thi xa". */
    public static Map<String, String> foldedExpansions(Set<Kind> kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        expansions(kinds).forEach((k, v) -> out.put(k, Fold.key(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The entries with expansions of every kind but {@code except}, written form → expansions (for synonyms). */
    public static Map<String, List<String>> withExpansions(Set<Kind> except) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entry entry : ALL) {
            if (!except.contains(entry.kind()) && !entry.expansions().isEmpty()) {
                out.put(entry.written(), entry.expansions());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
