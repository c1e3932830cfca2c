package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.index.AnalyzerTestSupport.terms;
import static org.vanban.index.AnalyzerTestSupport.tokens;

import org.junit.jupiter.api.Test;

class VietnameseBigramAnalyzerTest {
    private final VietnameseBigramAnalyzer analyzer = new VietnameseBigramAnalyzer();

    @Test
    void producesFoldedSyllableBigramsOnly() {
        assertThat(terms(analyzer, "Cải cách hành chính"))
                .containsExactly("cai cach", "cach hanh", "hanh chinh");
    }

    @Test
    void singleSyllableGivesNothing() {
        assertThat(terms(analyzer, "Đồng")).isEmpty();
    }

    @Test
    void bigramOffsetsSpanBothSyllables() {
        String text = "tỉnh Đồng Nai";
        var toks = tokens(analyzer, text);
        assertThat(toks).extracting(AnalyzerTestSupport.Token::term).containsExactly("tinh dong", "dong nai");
        assertThat(toks).extracting(t -> text.substring(t.start(), t.end())).containsExactly("tỉnh Đồng", "Đồng Nai");
        assertThat(toks).allMatch(t -> t.posInc() == 1);
    }

    @Test
    void queryAndDocumentBigramsAgreeWithAndWithoutDiacritics() {
        assertThat(terms(analyzer, "cai cach")).isEqualTo(terms(analyzer, "cải cách")).containsExactly("cai cach");
    }
}
