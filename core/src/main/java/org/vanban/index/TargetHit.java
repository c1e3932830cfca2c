package org.vanban.index;

/**
 * A target clause (chỉ tiêu) found by {@link IndexSearch#searchTargets}, with its document's metadata.
 *
 * @param id          record id {@code <docId>/t<n>}
 * @param docId       document id
 * @param title       document title
 * @param number      document number ("39/KH-UBND")
 * @param date        ISO date, possibly partial
 * @param year        year of issue, 0 when unknown
 * @param type        {@link org.vanban.model.DocType#key()}
 * @param locality    locality name at the document's date
 * @param province    province at the document's date
 * @param issuer      issuing body
 * @param sectionKind section holding the clause
 * @param sentence    the clause as written
 * @param snippet     the clause with query matches marked «like this»
 * @param metric      measured thing
 * @param comparator  "≥", ">", "=", "≤", "<" or ""
 * @param value       number as written
 * @param unit        unit ("%", "hồ sơ") or ""
 * @param deadline    deadline or period, or ""
 * @param page        page number
 * @param score       Lucene score (0 without query words)
 */
public record TargetHit(String id, String docId, String title, String number, String date, int year, String type,
                        String locality, String province, String issuer, String sectionKind, String sentence,
                        String snippet, String metric, String comparator, String value, String unit,
                        String deadline, int page, float score) {
}
