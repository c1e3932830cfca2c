package org.vanban.pdfa;

import java.util.List;

/**
 * One page to write: its image and the repaired words placed on it.
 *
 * @param image     what the page shows
 * @param words     the repaired words in the pixel space of the image the OCR read, line by line; empty for
 *                  a born-digital page that keeps its own text
 * @param ocrWidth  width in px of the image the word boxes refer to
 * @param ocrHeight its height in px
 */
public record ArchivePage(PageImage image, List<TextLine> words, int ocrWidth, int ocrHeight) {
    public ArchivePage {
        words = words == null ? List.of() : List.copyOf(words);
        if (!words.isEmpty() && (ocrWidth <= 0 || ocrHeight <= 0)) {
            throw new IllegalArgumentException("word boxes need the size of the image they refer to");
        }
    }

    /** A born-digital page copied whole. */
    public static ArchivePage kept(PageImage.PdfPage page) {
        return new ArchivePage(page, List.of(), 0, 0);
    }
}
