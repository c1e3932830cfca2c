package org.vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vanban.text.ToneMarkNormalizer;

/**
 * Writes each token's tone mark in one placement ({@link ToneMarkNormalizer.Style#OLD}: hòa, thủy, khỏe), so that
 * the diacritic-keeping field matches a word whichever convention the document or the query uses ("hoà bình" finds
 * "hòa bình", {@code -thuỷ} excludes "thủy"). Repair keeps each document's own placement in its text; this filter
 * makes the index blind to it, as the folded fields already are. Expects NFC, lower-cased tokens; the change is
 * length-preserving, so offsets and highlighting are untouched.
 */
public final class VietnameseTonePlacementFilter extends TokenFilter {
    private static final ToneMarkNormalizer OLD = new ToneMarkNormalizer(ToneMarkNormalizer.Style.OLD);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseTonePlacementFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (mayChange()) {
            String word = term.toString();
            String fixed = OLD.apply(word);
            if (!fixed.equals(word)) term.setEmpty().append(fixed);
        }
        return true;
    }

    /** Only a word of two letters or more whose last two letters are not both ASCII can end in a toned cluster. */
    private boolean mayChange() {
        int n = term.length();
        if (n < 2) return false;
        char[] buf = term.buffer();
        return buf[n - 1] >= 128 || buf[n - 2] >= 128;
    }
}
