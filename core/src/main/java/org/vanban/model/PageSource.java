package org.vanban.model;

/** Where the text of a page came from. */
public enum PageSource {
    /** A real text layer of a born-digital PDF page. */
    TEXT_LAYER,
    /** Optical character recognition of a page image (scan, photo, rendered PDF page). */
    OCR,
    /** Text extracted from an office or HTML document (DOCX, DOC, ODT, HTML). */
    OFFICE,
    /** A plain text file, taken as already-OCR'd text. */
    TEXT_FILE
}
