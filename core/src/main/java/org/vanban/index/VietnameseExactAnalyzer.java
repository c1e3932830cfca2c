package org.vanban.index;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Vietnamese analyzer that keeps diacritics (dấu): ICU tokenizer → NFC → lower case → one tone placement
 * (hoà = hòa).
 * Each token is one syllable (âm tiết), e.g. "Cải cách" → [cải, cách]. The query-time variant
 * {@link #withSynonyms()} also expands abbreviations both ways ({@link VietnameseAbbreviations}).
 *
 * <p>Depends only on Lucene and ICU so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseExactAnalyzer extends Analyzer {
    private final SynonymMap synonyms;

    public VietnameseExactAnalyzer() {
        this(null);
    }

    private VietnameseExactAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** For queries: the same chain followed by a synonym graph of {@link VietnameseAbbreviations}. */
    public static VietnameseExactAnalyzer withSynonyms() {
        return new VietnameseExactAnalyzer(VietnameseAbbreviations.synonyms(new VietnameseExactAnalyzer()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream chain = exactChain(source);
        if (synonyms != null) chain = new SynonymGraphFilter(chain, synonyms, true);
        return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return exactChain(in);
    }

    /**
     * NFC, lower case, one tone placement ({@link VietnameseTonePlacementFilter}): the chain of the diacritic-keeping
     * fields.
     */
    static TokenStream exactChain(TokenStream in) {
        return new VietnameseTonePlacementFilter(lowerChain(in));
    }

    /** NFC then lower case (the folded chains need no tone placement: folding drops the marks). */
    static TokenStream lowerChain(TokenStream in) {
        TokenStream nfc = new ICUNormalizer2Filter(in, Normalizer2.getNFCInstance());
        return new LowerCaseFilter(nfc);
    }
}
