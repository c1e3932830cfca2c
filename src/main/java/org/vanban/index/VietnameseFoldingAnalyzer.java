package org.vanban.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Vietnamese analyzer without diacritics (bỏ dấu): like {@link VietnameseExactAnalyzer} plus
 * {@link VietnameseFoldingFilter}, so "cai cach" matches "cải cách" and "Đồng" becomes "dong".
 * (Lucene's ICUFoldingFilter would do the same but cannot load its data with ICU4J 77; see
 * {@link VietnameseFoldingFilter}.)
 *
 * <p>Depends only on Lucene and ICU so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, foldingChain(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return foldingChain(in);
    }

    /** NFC, lower case, diacritics removed, đ → d. */
    static TokenStream foldingChain(TokenStream in) {
        return new VietnameseFoldingFilter(VietnameseExactAnalyzer.exactChain(in));
    }
}
