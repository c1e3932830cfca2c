package org.vanban.index;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Vietnamese analyzer that keeps diacritics (dấu): ICU tokenizer → NFC → lower case.
 * Each token is one syllable (âm tiết), e.g. "Cải cách" → [cải, cách].
 *
 * <p>Depends only on Lucene and ICU so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseExactAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, exactChain(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return exactChain(in);
    }

    /** NFC then lower case: the shared head of all Vietnamese chains here. */
    static TokenStream exactChain(TokenStream in) {
        TokenStream nfc = new ICUNormalizer2Filter(in, Normalizer2.getNFCInstance());
        return new LowerCaseFilter(nfc);
    }
}
