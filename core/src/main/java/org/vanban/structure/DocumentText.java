package org.vanban.structure;

import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;

import java.util.List;

/**
 * The text of one logical document, built once from its pages and shared by the stages after repair
 * (structure, extraction, locality): the repaired text and the raw text, each the pages joined with
 * {@link VanbanDocument#PAGE_BREAK} as {@link VanbanDocument#text()} and {@link VanbanDocument#rawText()}
 * give them, and where each page starts in the repaired text.
 *
 * @param text        repaired text; section and target offsets refer to it
 * @param rawText     text before repair, joined the same way
 * @param pageStarts  offset in {@code text} of each page's first character
 * @param pageNumbers number of each page, same order
 */
public record DocumentText(String text, String rawText, int[] pageStarts, int[] pageNumbers) {

    /** Joins the pages, in order; a null page is an error. */
    public static DocumentText of(List<Page> pages) {
        if (pages == null) throw new IllegalArgumentException("pages must not be null");
        StringBuilder sb = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        int[] starts = new int[pages.size()];
        int[] numbers = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p == null) throw new IllegalArgumentException("page " + (i + 1) + " of the list is null");
            if (i > 0) {
                sb.append(VanbanDocument.PAGE_BREAK);
                raw.append(VanbanDocument.PAGE_BREAK);
            }
            starts[i] = sb.length();
            numbers[i] = p.number();
            sb.append(p.text());
            raw.append(p.rawText());
        }
        return new DocumentText(sb.toString(), raw.toString(), starts, numbers);
    }

    public boolean isEmpty() {
        return pageStarts.length == 0;
    }
}
