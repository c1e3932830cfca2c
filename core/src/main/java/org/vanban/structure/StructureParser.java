package org.vanban.structure;

import org.vanban.model.Header;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;

import java.util.List;

/**
 * The structure stage: reads a document's header ({@link HeaderParser}) and cuts its text into
 * sections ({@link SectionParser}). The text is the pages' repaired {@link Page#text()} joined
 * with {@link VanbanDocument#PAGE_BREAK}, as {@link VanbanDocument#text()} gives it; section
 * offsets refer to that text. Thread-safe and stateless.
 */
public final class StructureParser {
    private final HeaderParser headerParser = new HeaderParser();
    private final HeaderDetailsParser detailsParser = new HeaderDetailsParser();

    /**
     * Signer name and capacity, recipients and legal bases of one document, from its text
     * (pages joined with {@link VanbanDocument#PAGE_BREAK}); parts missing from the text are "" or empty.
     */
    public HeaderDetails details(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return detailsParser.parse(text);
    }

    /**
     * The text as the section parser cuts it into lines: the same length and characters, except
     * that a heading run into the line before ("... việc làm. IV. TỔ CHỨC THỰC HIỆN") gets a line
     * break instead of the space before it. Section offsets are valid in both texts.
     */
    public static String asReadForSections(String text) {
        return SectionParser.breakRunInHeadings(text);
    }

    /** Parses the pages of one document, in order. */
    public DocumentStructure parse(List<Page> pages) {
        return parse(DocumentText.of(pages));
    }

    /** Parses one document from its text, built once by the caller ({@link DocumentText#of}). */
    public DocumentStructure parse(DocumentText t) {
        if (t == null) throw new IllegalArgumentException("text must not be null");
        if (t.isEmpty()) return new DocumentStructure(Header.EMPTY, List.of());
        Header header = headerParser.parse(t.text(), t.rawText());
        return new DocumentStructure(header,
                new SectionParser(t.text(), t.pageStarts(), t.pageNumbers(), header.type()).parse());
    }
}
