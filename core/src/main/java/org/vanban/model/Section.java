package org.vanban.model;

/**
 * A section of a document found by its heading.
 *
 * @param kind    what the section is about
 * @param number  its numbering as written ("I", "2", "Điều 3"), or "" when none
 * @param heading the heading line, repaired
 * @param text    the section body (without the heading)
 * @param page    page number where the heading stands (1-based)
 * @param level   nesting level, 1 for top-level sections
 * @param start   character offset of the heading in the document text
 * @param end     character offset just after the section body in the document text
 */
public record Section(SectionKind kind, String number, String heading, String text, int page, int level,
                      int start, int end) {
    public Section {
        number = number == null ? "" : number;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }
}
