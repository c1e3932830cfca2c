package org.vanban.index;

/**
 * A task assignment found by {@link IndexSearch#searchTasks}, with its document's metadata.
 *
 * @param id        record id {@code <docId>/k<n>}
 * @param docId     document id
 * @param title     document title
 * @param number    document number
 * @param date      ISO date, possibly partial
 * @param year      year of issue, 0 when unknown
 * @param type      {@link org.vanban.model.DocType#key()}
 * @param locality  locality name at the document's date
 * @param province  province at the document's date
 * @param issuer    issuing body
 * @param task      what is to be done
 * @param snippet   task, lead and partners with query matches marked «like this»
 * @param lead      lead agency (cơ quan chủ trì)
 * @param partners  partner agencies joined by "; "
 * @param timeframe when, as written
 * @param page      page number
 * @param score     Lucene score (0 without query words)
 */
public record TaskHit(String id, String docId, String title, String number, String date, int year, String type,
                      String locality, String province, String issuer, String task, String snippet, String lead,
                      String partners, String timeframe, int page, float score) {
}
