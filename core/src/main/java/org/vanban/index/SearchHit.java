package org.vanban.index;

/**
 * One hit: a document record or a section record.
 *
 * @param docId       id of the document (the parent for sections)
 * @param recordKind  {@link IndexSchema#REC_DOCUMENT} or {@link IndexSchema#REC_SECTION}
 * @param title       document title (trích yếu)
 * @param number      document number, e.g. "39/KH-UBND"
 * @param date        ISO date, possibly partial, or ""
 * @param type        {@link org.vanban.model.DocType#key()}
 * @param locality    locality name (or place of issue)
 * @param sectionKind {@link org.vanban.model.SectionKind#key()} for sections, "" for documents
 * @param heading     section heading, "" for documents
 * @param page        page of the snippet (documents) or of the section heading (sections)
 * @param snippet     best passages, matches marked «like this», passages joined by " … "
 * @param score       Lucene score
 * @param sourcePath  the file the document was read from (as ingested), so a hit names its source
 */
public record SearchHit(String docId, String recordKind, String title, String number, String date, String type,
                        String locality, String sectionKind, String heading, int page, String snippet,
                        float score, String sourcePath) {
    public static final String MARK_START = "«";
    public static final String MARK_END = "»";

    /** The snippet without highlight markers. */
    public String plainSnippet() {
        return snippet.replace(MARK_START, "").replace(MARK_END, "");
    }

    public boolean isSection() {
        return IndexSchema.REC_SECTION.equals(recordKind);
    }
}
