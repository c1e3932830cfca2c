package org.vanban.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One logical document after ingest, repair, structure and extraction: what the index stores.
 *
 * @param id         stable id: first 16 hex digits of the file's SHA-256; the k-th (k ≥ 2) logical document of
 *                   a compound file gets {@code <that>-k}
 * @param sourcePath absolute path of the source file at ingest time
 * @param sha256     SHA-256 of the file content (hex)
 * @param mediaType  detected media type, e.g. "application/pdf"
 * @param header     header metadata
 * @param locality   resolved locality, or {@link Locality#UNKNOWN}
 * @param sections   sections in document order
 * @param pages      the pages with raw and repaired text (for a part of a compound file, only its pages)
 * @param attachedTo id of the document this one is attached to (a plan adopted by a decision), or ""
 * @param extraction target clauses, task assignments and legal references
 */
public record VanbanDocument(String id, String sourcePath, String sha256, String mediaType, Header header,
                             Locality locality, List<Section> sections, List<Page> pages, String attachedTo,
                             Extraction extraction) {
    public VanbanDocument(String id, String sourcePath, String sha256, String mediaType, Header header,
                          Locality locality, List<Section> sections, List<Page> pages) {
        this(id, sourcePath, sha256, mediaType, header, locality, sections, pages, "", Extraction.EMPTY);
    }

    public VanbanDocument {
        attachedTo = attachedTo == null ? "" : attachedTo;
        extraction = extraction == null ? Extraction.EMPTY : extraction;
        header = header == null ? Header.EMPTY : header;
        locality = locality == null ? Locality.UNKNOWN : locality;
        sections = sections == null ? List.of() : List.copyOf(sections);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Separator placed between pages in {@link #text()} and {@link #rawText()}. */
    public static final String PAGE_BREAK = "\n\f\n";

    public int pageCount() { return pages.size(); }

    /** Repaired text of all pages, pages separated by {@link #PAGE_BREAK}. */
    public String text() { return pages.stream().map(Page::text).collect(Collectors.joining(PAGE_BREAK)); }

    /** Raw (unrepaired) text of all pages, pages separated by {@link #PAGE_BREAK}. */
    public String rawText() { return pages.stream().map(Page::rawText).collect(Collectors.joining(PAGE_BREAK)); }
}
