package org.vanban.model;

/**
 * A quantified or dated commitment found in a document (chỉ tiêu), e.g.
 * "Mức độ hài lòng của người dân ... đạt tối thiểu 90%".
 *
 * @param sentence    the whole sentence or list item
 * @param metric      the measured thing ("mức độ hài lòng của người dân")
 * @param comparator  one of "≥", ">", "=", "≤", "<" ("" when only a deadline is given)
 * @param value       the number as written ("90", "100"), or ""
 * @param unit        "%", "hồ sơ", "thủ tục", ... or ""
 * @param deadline    deadline or period ("2025", "hằng năm", "2021-2025"), or ""
 * @param sectionKind kind of the top-level section holding it
 * @param page        page number (1-based)
 * @param start       offset in the document text
 * @param end         end offset (exclusive) in the document text
 * @param deadlineInferred true when the sentence gives no deadline and {@code deadline} is the period the
 *                    document's title names ("Kế hoạch … năm 2024", "… giai đoạn 2021 - 2025")
 */
public record TargetClause(String sentence, String metric, String comparator, String value, String unit,
                           String deadline, SectionKind sectionKind, int page, int start, int end,
                           boolean deadlineInferred) {
    /** A clause whose deadline, if any, is its own sentence's. */
    public TargetClause(String sentence, String metric, String comparator, String value, String unit,
                        String deadline, SectionKind sectionKind, int page, int start, int end) {
        this(sentence, metric, comparator, value, unit, deadline, sectionKind, page, start, end, false);
    }

    /** This clause with the document's period as its deadline, marked as inferred. */
    public TargetClause withInferredDeadline(String period) {
        return new TargetClause(sentence, metric, comparator, value, unit, period, sectionKind, page, start, end, true);
    }
}
