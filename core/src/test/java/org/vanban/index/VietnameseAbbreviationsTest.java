package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAbbreviationsTest {
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void queryAnalyzersExpandBothWays() throws IOException {
        assertThat(tokens(VietnameseFoldingAnalyzer.withSynonyms(), "UBND tỉnh"))
                .contains("ubnd", "uy", "ban", "nhan", "dan", "tinh");
        assertThat(tokens(VietnameseExactAnalyzer.withSynonyms(), "Hội đồng nhân dân")).contains("hđnd", "hội");
        assertThat(tokens(VietnameseFoldingAnalyzer.withSynonyms(), "cán bộ, công chức, viên chức")).contains("cbccvc");
        // the index-time analyzers do not expand
        assertThat(tokens(new VietnameseFoldingAnalyzer(), "UBND")).containsExactly("ubnd");
    }

    @Test
    void alternativesOfAWholeEntry() {
        assertThat(VietnameseAbbreviations.alternatives("thủ tục hành chính")).containsExactly("TTHC");
        assertThat(VietnameseAbbreviations.alternatives("thu tuc hanh chinh")).containsExactly("TTHC");
        assertThat(VietnameseAbbreviations.alternatives("ubnd")).containsExactly("Ủy ban nhân dân");
        assertThat(VietnameseAbbreviations.alternatives("UBND tỉnh")).isEmpty();
        assertThat(VietnameseAbbreviations.alternatives("một cửa")).isEmpty();
    }
}
