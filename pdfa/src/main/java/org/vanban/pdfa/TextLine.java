package org.vanban.pdfa;

import java.util.List;

/** One line of words on a page image, in reading order. */
public record TextLine(List<WordBox> words) {
    public TextLine {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
