package org.vanban.ocr;

/**
 * How much a page's recognised text reads like the language, to choose between two readings of the same page
 * ({@link ReadingScore#better(OcrResult, OcrResult, ReadingScorer)}). Scores of two readings of one page are compared,
 * never thresholded on their own, so a scorer only needs to be comparable across readings of different length:
 * a mean per word or per syllable, not a sum. Implementations must be thread-safe (one scorer serves every OCR worker).
 */
@FunctionalInterface
public interface ReadingScorer {

    /** The score of a page's text, higher for text that reads more like the language. */
    double score(String text);

    /**
     * The scorer without a language model: the share of letter words that are well-formed Vietnamese syllables
     * ({@link ReadingScore#syllableShare}).
     */
    ReadingScorer SYLLABLES = ReadingScore::syllableShare;
}
