package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.index.AnalyzerTestSupport.terms;
import static org.vanban.index.AnalyzerTestSupport.tokens;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseExactAnalyzerTest {
    private final VietnameseExactAnalyzer analyzer = new VietnameseExactAnalyzer();

    @Test
    void splitsSyllablesAndLowerCasesKeepingDiacritics() {
        assertThat(terms(analyzer, "Kế hoạch CẢI CÁCH hành chính năm 2021."))
                .containsExactly("kế", "hoạch", "cải", "cách", "hành", "chính", "năm", "2021");
    }

    @Test
    void keepsDStroke() {
        assertThat(terms(analyzer, "ĐỒNG NAI, Đồng Xoài")).containsExactly("đồng", "nai", "đồng", "xoài");
    }

    @Test
    void bothTonePlacementsGiveOneTermKeepingOffsets() {
        // new style (tone on the second vowel) and old style index alike, in any case and decomposed
        assertThat(terms(analyzer, "Thuỷ lợi hoà bình, KHOẺ, to\u0300a"))
                .containsExactly("thủy", "lợi", "hòa", "bình", "khỏe", "tòa");
        assertThat(terms(analyzer, "thủy lợi hòa bình")).isEqualTo(terms(analyzer, "thuỷ lợi hoà bình"));
        // a final consonant or glide: both styles agree, nothing moves
        assertThat(terms(analyzer, "hoàn thành, ngoài, khuyến")).containsExactly("hoàn", "thành", "ngoài", "khuyến");
        assertThat(tokens(analyzer, "Hoà").get(0).end()).isEqualTo(3);
    }

    @Test
    void decomposedInputBecomesNfc() {
        String nfd = Normalizer.normalize("Quyết định cải cách", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Quyết định cải cách");
        assertThat(terms(analyzer, nfd)).containsExactly("quyết", "định", "cải", "cách");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Về việc ban hành";
        var toks = tokens(analyzer, text);
        assertThat(toks).hasSize(4);
        for (var t : toks) assertThat(text.substring(t.start(), t.end()).toLowerCase()).isEqualTo(t.term());
        assertThat(toks).allMatch(t -> t.posInc() == 1);
    }

    @Test
    void documentNumbersSplitIntoParts() {
        assertThat(terms(analyzer, "Số: 39/KH-UBND")).containsExactly("số", "39", "kh", "ubnd");
    }

    @Test
    void otherScriptsAreTokenizedWithoutError() {
        // ICU break rules of lucene-analysis-icu load with this project's ICU4J version
        assertThat(terms(analyzer, "Hà Nội 東京 ภาษาไทย မြန်မာ ភាសាខ្មែរ"))
                .startsWith("hà", "nội").hasSizeGreaterThan(4);
    }

    @Test
    void tonesStayDistinct() {
        assertThat(terms(analyzer, "ban bàn bán bạn")).containsExactly("ban", "bàn", "bán", "bạn");
    }
}
