package org.vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vanban.vi.Fold;

/**
 * Removes diacritics (bỏ dấu): decomposes each token (NFD), drops the combining marks (tone marks,
 * circumflex, breve, horn) and maps Đ/đ, which has no decomposition, to d. "Cường" → "Cuong".
 *
 * <p>Why not {@code ICUFoldingFilter}: its folding data (utr30.nrm in lucene-analysis-icu 9.12) is
 * built for ICU4J 74 and fails to load with the ICU4J 77 this project uses ("Header authentication
 * failed"). This filter needs only ICU4J's own NFD data, so it works with any ICU4J version. The folding is
 * {@link Fold#stripInto} (the tokens arrive lower-cased, so Đ never reaches it).
 */
public final class VietnameseFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder decomposed = new StringBuilder();
    private final StringBuilder folded = new StringBuilder();

    public VietnameseFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (isAscii()) return true;
        folded.setLength(0);
        Fold.stripInto(term, decomposed, folded);
        term.setEmpty().append(folded);
        return true;
    }

    private boolean isAscii() {
        char[] buf = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) if (buf[i] >= 128) return false;
        return true;
    }
}
