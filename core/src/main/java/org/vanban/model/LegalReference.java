package org.vanban.model;

/**
 * A document cited by another, e.g. "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ".
 *
 * @param type   type of the cited document
 * @param number number/symbol as written ("76/NQ-CP")
 * @param date   ISO date or "" when not given
 * @param issuer issuing body as written, or ""
 * @param key    normalised key for lookups: upper-case, accent-folded number/symbol, e.g. "76/NQ-CP"
 * @param text   the citation as written
 */
public record LegalReference(DocType type, String number, String date, String issuer, String key, String text) {
}
