package org.vanban.index;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes diacritics (bỏ dấu): decomposes each token (NFD), drops the combining marks (tone marks,
 * circumflex, breve, horn) and maps Đ/đ, which has no decomposition, to d. "Cường" → "Cuong".
 *
 * <p>Why not {@code ICUFoldingFilter}: its folding data (utr30.nrm in lucene-analysis-icu 9.12) is
 * built for ICU4J 74 and fails to load with the ICU4J 77 this project uses ("Header authentication
 * failed"). This filter needs only ICU4J's own NFD data, so it works with any ICU4J version.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder decomposed = new StringBuilder();

    public VietnameseFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (isAscii()) return true;
        decomposed.setLength(0);
        NFD.normalize(term, decomposed);
        term.setEmpty();
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK) continue;
            if (cp == 'đ' || cp == 'Đ') cp = 'd';
            if (Character.isBmpCodePoint(cp)) term.append((char) cp);
            else term.append(new String(Character.toChars(cp)));
        }
        return true;
    }

    private boolean isAscii() {
        char[] buf = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) if (buf[i] >= 128) return false;
        return true;
    }
}
