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
        if (pages == null) throw new IllegalArgumentException("pages must not be null");
        if (pages.isEmpty()) return new DocumentStructure(Header.EMPTY, List.of());
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[pages.size()];
        int[] numbers = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p == null) throw new IllegalArgumentException("page " + (i + 1) + " of the list is null");
            if (i > 0) sb.append(VanbanDocument.PAGE_BREAK);
            starts[i] = sb.length();
            numbers[i] = p.number();
            sb.append(p.text());
        }
        String text = sb.toString();
        Header header = headerParser.parse(text);
        return new DocumentStructure(header, new SectionParser(text, starts, numbers, header.type()).parse());
    }
}
