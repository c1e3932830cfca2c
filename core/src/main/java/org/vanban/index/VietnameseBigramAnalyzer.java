package org.vanban.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Syllable bigrams of the folded stream: "Cải cách hành chính" → [cai cach, cach hanh, hanh chinh].
 * Most Vietnamese words are two syllables (từ ghép), so a bigram field lets multi-syllable words
 * rank as units. Single syllables give no token (unigrams are in the other fields).
 *
 * <p>Depends only on Lucene and ICU so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseBigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        ShingleFilter shingles = new ShingleFilter(VietnameseFoldingAnalyzer.foldingChain(source), 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setOutputUnigramsIfNoShingles(false);
        return new TokenStreamComponents(source, shingles);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return VietnameseFoldingAnalyzer.foldingChain(in);
    }
}
