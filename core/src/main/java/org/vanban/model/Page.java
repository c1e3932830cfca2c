package org.vanban.model;

/**
 * One page of a source file with its provenance.
 *
 * @param number     1-based page number in the source file
 * @param rawText    text as extracted or OCR'd, before any repair
 * @param text       repaired text (normalised, hyphenation joined, noise dropped)
 * @param confidence mean OCR word confidence 0..100, or -1 when the page was not OCR'd
 * @param source     where the text came from
 * @param corrections changes the repair stage made, offsets into {@code text}
 */
public record Page(int number, String rawText, String text, double confidence, PageSource source,
                   java.util.List<Correction> corrections) {
    public Page(int number, String rawText, String text, double confidence, PageSource source) {
        this(number, rawText, text, confidence, source, java.util.List.of());
    }

    public Page {
        corrections = corrections == null ? java.util.List.of() : java.util.List.copyOf(corrections);
        if (number < 1) throw new IllegalArgumentException("page number must be >= 1: " + number);
        rawText = rawText == null ? "" : rawText;
        text = text == null ? rawText : text;
    }

    public Page withText(String repaired, java.util.List<Correction> changes) {
        return new Page(number, rawText, repaired, confidence, source, changes);
    }
}
