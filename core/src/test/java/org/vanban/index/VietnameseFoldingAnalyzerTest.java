package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.index.AnalyzerTestSupport.terms;
import static org.vanban.index.AnalyzerTestSupport.tokens;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingAnalyzerTest {
    private final VietnameseFoldingAnalyzer analyzer = new VietnameseFoldingAnalyzer();

    @Test
    void removesDiacritics() {
        assertThat(terms(analyzer, "Cải cách hành chính")).containsExactly("cai", "cach", "hanh", "chinh");
        assertThat(terms(analyzer, "cai cach hanh chinh")).isEqualTo(terms(analyzer, "Cải cách hành chính"));
    }

    @Test
    void foldsDStrokeToD() {
        assertThat(terms(analyzer, "Đồng Nai đường ĐỊA")).containsExactly("dong", "nai", "duong", "dia");
    }

    @Test
    void everyVietnameseVowelFoldsToItsBaseLetter() {
        String vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
        String bases = "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyy";
        assertThat(vowels.length()).isEqualTo(bases.length());
        for (int i = 0; i < vowels.length(); i++) {
            String syllable = "t" + vowels.charAt(i) + "n";
            assertThat(terms(analyzer, syllable)).as(syllable).containsExactly("t" + bases.charAt(i) + "n");
            assertThat(terms(analyzer, syllable.toUpperCase())).as(syllable).containsExactly("t" + bases.charAt(i) + "n");
        }
    }

    @Test
    void allTonesOfASyllableFoldTogether() {
        assertThat(terms(analyzer, "ban bàn bán bạn bản bãn")).containsOnly("ban").hasSize(6);
    }

    @Test
    void decomposedAndComposedFoldTheSame() {
        String text = "Ủy ban nhân dân tỉnh Bình Phước";
        assertThat(terms(analyzer, Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(terms(analyzer, text))
                .containsExactly("uy", "ban", "nhan", "dan", "tinh", "binh", "phuoc");
    }

    @Test
    void offsetsAreThoseOfTheOriginalSyllables() {
        String text = "Đồng Xoài";
        var toks = tokens(analyzer, text);
        assertThat(toks).extracting(t -> text.substring(t.start(), t.end())).containsExactly("Đồng", "Xoài");
    }
}
