package org.vanban.text.legacy;

/**
 * What {@link LegacyDetector} found in a line or a block.
 *
 * @param encoding   the encoding the text is in; {@link LegacyEncoding#UNICODE} when no legacy encoding fits
 * @param confidence 0..1: share of the changed words that read as Vietnamese syllables, times the share
 *                   of all decoded words that do (1 for Unicode text with nothing to change)
 * @param evidence   words (or combining marks, for decomposed Unicode) that speak for {@code encoding}
 * @param against    words that decode to non-Vietnamese or keep chars the table cannot explain
 */
public record Detection(LegacyEncoding encoding, double confidence, int evidence, int against) {
    public Detection {
        if (encoding == null) throw new IllegalArgumentException("encoding must not be null");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
    }

    /** Nothing legacy and nothing to normalise. */
    static final Detection PLAIN = new Detection(LegacyEncoding.UNICODE, 1.0, 0, 0);

    /** True when decoding would change the text (a legacy encoding, or decomposed Unicode). */
    public boolean needsDecoding() {
        return encoding != LegacyEncoding.UNICODE || evidence > 0;
    }
}
