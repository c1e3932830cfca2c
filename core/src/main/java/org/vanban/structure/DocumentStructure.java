package org.vanban.structure;

import org.vanban.model.Header;
import org.vanban.model.Section;

import java.util.List;

/**
 * What the structure stage finds in a document: its header metadata and its sections in
 * document order. Level-1 sections follow one another without overlap; a level-2 section lies
 * inside the level-1 section listed just before it.
 */
public record DocumentStructure(Header header, List<Section> sections) {
    public DocumentStructure {
        header = header == null ? Header.EMPTY : header;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Only the level-1 sections. */
    public List<Section> topLevel() {
        return sections.stream().filter(s -> s.level() == 1).toList();
    }
}
