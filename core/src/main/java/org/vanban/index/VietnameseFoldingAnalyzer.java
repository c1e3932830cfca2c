package org.vanban.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Vietnamese analyzer without diacritics (bỏ dấu): like {@link VietnameseExactAnalyzer} plus
 * {@link VietnameseFoldingFilter}, so "cai cach" matches "cải cách" and "Đồng" becomes "dong".
 * (Lucene's ICUFoldingFilter would do the same but cannot load its data with ICU4J 77; see
 * {@link VietnameseFoldingFilter}.) The query-time variant {@link #withSynonyms()} also expands
 * abbreviations both ways ({@link VietnameseAbbreviations}).
 *
 * <p>Depends only on Lucene and ICU so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {
    private final SynonymMap synonyms;

    public VietnameseFoldingAnalyzer() {
        this(null);
    }

    private VietnameseFoldingAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** For queries: the same chain followed by a synonym graph of {@link VietnameseAbbreviations}. */
    public static VietnameseFoldingAnalyzer withSynonyms() {
        return new VietnameseFoldingAnalyzer(VietnameseAbbreviations.synonyms(new VietnameseFoldingAnalyzer()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream chain = foldingChain(source);
        if (synonyms != null) chain = new SynonymGraphFilter(chain, synonyms, true);
        return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return foldingChain(in);
    }

    /** NFC, lower case, diacritics removed, đ → d. */
    static TokenStream foldingChain(TokenStream in) {
        return new VietnameseFoldingFilter(VietnameseExactAnalyzer.lowerChain(in));
    }
}
