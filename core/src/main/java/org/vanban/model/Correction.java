package org.vanban.model;

/**
 * One change the repair stage made to a page's text, so an archivist can review it.
 *
 * @param start       offset of the replacement in the page's repaired text
 * @param end         end offset (exclusive) of the replacement in the page's repaired text
 * @param original    the token as it was in the raw text
 * @param replacement what it became
 * @param confidence  0..1, how sure the repair engine is
 */
public record Correction(int start, int end, String original, String replacement, double confidence) {
}
