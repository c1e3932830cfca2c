package org.vanban.ingest;

import java.awt.image.BufferedImage;
import org.vanban.model.PageSource;

/**
 * Receives the pages of one source file, in order, one at a time. Page numbers are 1-based and
 * consecutive. Each page is delivered exactly once, either as text or as an image that still needs OCR.
 */
public interface PageSink {

    /**
     * A page whose text is usable as it is.
     *
     * @param number 1-based page number
     * @param text   the page text (may be empty, never null)
     * @param source {@link PageSource#TEXT_LAYER}, {@link PageSource#OFFICE} or {@link PageSource#TEXT_FILE}
     */
    void textPage(int number, String text, PageSource source);

    /**
     * A page that needs OCR.
     *
     * @param number    1-based page number
     * @param greyImage 8-bit grey image ({@link BufferedImage#TYPE_BYTE_GRAY}), nominally 300 dpi
     *                  for rendered PDF pages; the sink may keep or drop it, the reader keeps no reference
     */
    void imagePage(int number, BufferedImage greyImage);
}
