package org.vanban.structure;

import org.vanban.model.Page;

import java.util.List;

/**
 * One logical document of a file, as {@link CompoundSplitter} finds it.
 *
 * @param index           1-based position in the file
 * @param firstPage       number of its first page
 * @param lastPage        number of its last page
 * @param pages           its pages; a page shared with a neighbour part holds only this part's text
 * @param attachedToIndex index of the part it is attached to (the decision adopting a plan), or -1
 */
public record DocumentPart(int index, int firstPage, int lastPage, List<Page> pages, int attachedToIndex) {
    public DocumentPart {
        pages = List.copyOf(pages);
    }
}
