package org.vanban.model;

import java.util.Locale;

/** What a top-level section of a document is about. */
public enum SectionKind {
    /** Before the first numbered section: header, title, legal bases (Căn cứ ...). */
    PREAMBLE,
    /** Mục đích, yêu cầu, quan điểm, định hướng. */
    PURPOSE,
    /** Mục tiêu, chỉ tiêu. */
    TARGETS,
    /** Nhiệm vụ, giải pháp, nội dung. */
    TASKS,
    /** Tổ chức thực hiện, phân công, trách nhiệm. */
    IMPLEMENTATION,
    /** Thực trạng, kết quả, tình hình. */
    CONTEXT,
    /** Kinh phí. */
    BUDGET,
    /** Điều 1, Điều 2 ... of a decision or resolution. */
    ARTICLES,
    /** Phụ lục. */
    APPENDIX,
    /** Nơi nhận. */
    RECIPIENTS,
    /** Signature block (TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH, name). */
    SIGNATURE,
    OTHER;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** Parses "targets", "TARGETS" (case-insensitive); throws with the list of kinds otherwise. */
    public static SectionKind parse(String s) {
        for (SectionKind k : values()) if (k.name().equalsIgnoreCase(s == null ? "" : s.trim())) return k;
        throw new IllegalArgumentException("unknown section kind '" + s + "'; one of: "
                + java.util.Arrays.stream(values()).map(SectionKind::key).toList());
    }
}
