package org.vanban.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.vanban.index.VietnameseBigramAnalyzer;
import org.vanban.index.VietnameseExactAnalyzer;
import org.vanban.index.VietnameseFoldingAnalyzer;
import org.vanban.index.VietnameseFoldingFilter;

/**
 * The SPI factories, found by name as a Solr schema finds them, give the same tokens (terms, positions, offsets,
 * position lengths) as vanban's analyzers in core; the chains built here are the ones of the configset's field types.
 */
class AnalysisFactoriesTest {
    /** Diacritics, đ/Đ, decomposed input (NFD), capitals, abbreviations, numbers, punctuation, a line break. */
    static final List<String> TEXTS = List.of(
            "Kế hoạch tiếp tục đẩy mạnh cải cách hành chính năm 2024",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nSố: 39/KH-UBND",
            "Thong qua Ke hoach tiep tuc day manh cai cach hanh chinh",
            "Ðồng Xoài, ngày 15 tháng 3 năm 2024; UBND huyện, HĐND tỉnh và TTHC",
            "Cu\u0309a Đa\u0300 Nẵng", // decomposed marks
            "Thuỷ lợi hoà bình, Hòa Bình, khoẻ, THUỶ",  // both tone placements
            "", "đ", "a");

    @Test
    void foldingFilterFactoryIsFoundByNameAndFoldsLikeTheFilter() throws IOException {
        assertThat(TokenFilterFactory.forName(VietnameseFoldingFilterFactory.NAME, new HashMap<>()))
                .isInstanceOf(VietnameseFoldingFilterFactory.class);
        assertThat(TokenFilterFactory.availableTokenFilters()).contains(VietnameseFoldingFilterFactory.NAME,
                VietnameseAbbreviationFilterFactory.NAME);
        TokenFilterFactory f = TokenFilterFactory.forName("vietnameseFolding", new HashMap<>());
        for (String text : TEXTS) {
            Tokenizer a = new ICUTokenizer();
            a.setReader(new StringReader(text));
            Tokenizer b = new ICUTokenizer();
            b.setReader(new StringReader(text));
            assertThat(tokens(f.create(a))).isEqualTo(tokens(new VietnameseFoldingFilter(b)));
        }
    }

    @Test
    void normalizeFoldsQueryTermsOfPrefixAndWildcardQueries() throws IOException {
        Analyzer folding = CustomAnalyzer.builder().withTokenizer("icu").addTokenFilter("icuNormalizer2", "form", "nfc",
                "mode", "compose").addTokenFilter("lowercase").addTokenFilter("vietnameseFolding").build();
        assertThat(folding.normalize("f", "Cường").utf8ToString()).isEqualTo("cuong");
        assertThat(folding.normalize("f", "ĐỒNG").utf8ToString()).isEqualTo("dong");
    }

    @Test
    void factoriesRejectUnknownArguments() {
        Map<String, String> args = new HashMap<>(Map.of("mode", "x"));
        assertThatThrownBy(() -> TokenFilterFactory.forName("vietnameseFolding", args))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
        Map<String, String> args2 = new HashMap<>(Map.of("folded", "true", "expand", "false"));
        assertThatThrownBy(() -> TokenFilterFactory.forName("vietnameseAbbreviations", args2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expand");
    }

    @Test
    void exactChainOfFactoriesEqualsTheExactAnalyzer() throws IOException {
        assertSameTokens(exact().build(), new VietnameseExactAnalyzer());
    }

    @Test
    void foldingChainOfFactoriesEqualsTheFoldingAnalyzer() throws IOException {
        assertSameTokens(folding().build(), new VietnameseFoldingAnalyzer());
    }

    @Test
    void bigramChainOfFactoriesEqualsTheBigramAnalyzer() throws IOException {
        assertSameTokens(folding().addTokenFilter("shingle", "minShingleSize", "2", "maxShingleSize", "2",
                "outputUnigrams", "false", "outputUnigramsIfNoShingles", "false").build(), new VietnameseBigramAnalyzer());
    }

    @Test
    void queryChainsWithAbbreviationsEqualTheQueryAnalyzers() throws IOException {
        assertSameTokens(exact().addTokenFilter("vietnameseAbbreviations").build(), VietnameseExactAnalyzer.withSynonyms());
        assertSameTokens(folding().addTokenFilter("vietnameseAbbreviations", "folded", "true").build(),
                VietnameseFoldingAnalyzer.withSynonyms());
        // the expansion happens: UBND gives the written-out words too
        List<String> terms = new ArrayList<>();
        for (String t : tokens(folding().addTokenFilter("vietnameseAbbreviations", "folded", "true").build()
                .tokenStream("f", "UBND tỉnh"))) terms.add(t.split("\\|")[0]);
        assertThat(terms).contains("ubnd", "uy", "ban", "nhan", "dan", "tinh");
    }

    static CustomAnalyzer.Builder exact() throws IOException {
        return lower().addTokenFilter(VietnameseTonePlacementFilterFactory.NAME);
    }

    private static CustomAnalyzer.Builder lower() throws IOException {
        return CustomAnalyzer.builder().withTokenizer("icu").addTokenFilter("icuNormalizer2", "form", "nfc", "mode", "compose")
                .addTokenFilter("lowercase");
    }

    static CustomAnalyzer.Builder folding() throws IOException {
        return lower().addTokenFilter("vietnameseFolding");
    }

    private static void assertSameTokens(Analyzer fromFactories, Analyzer core) throws IOException {
        for (String text : TEXTS) {
            assertThat(tokens(fromFactories.tokenStream("f", text))).as(text).isEqualTo(tokens(core.tokenStream("f", text)));
        }
        assertThat(tokens(core.tokenStream("f", TEXTS.get(0)))).isNotEmpty();
    }

    /** term|positionIncrement|positionLength|start-end of every token. */
    static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "|" + inc.getPositionIncrement() + "|" + len.getPositionLength() + "|"
                        + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        return out;
    }
}
