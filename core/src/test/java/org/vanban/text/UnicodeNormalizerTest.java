package org.vanban.text;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnicodeNormalizerTest {
    private final UnicodeNormalizer n = new UnicodeNormalizer();

    @Test
    void composesDecomposedVietnamese() {
        String nfd = Normalizer2.getNFDInstance().normalize("Kế hoạch cải cách hành chính");
        assertThat(nfd).isNotEqualTo("Kế hoạch cải cách hành chính");
        assertThat(n.apply(nfd)).isEqualTo("Kế hoạch cải cách hành chính");
    }

    @Test
    void mapsCompatibilityOddities() {
        assertThat(n.apply("hiệu ﬁle ﬂow")).isEqualTo("hiệu file flow");
        assertThat(n.apply("Số:\u00A039/KH\u200B-UBND\uFEFF")).isEqualTo("Số: 39/KH-UBND");
        assertThat(n.apply("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(n.apply("\u00D0iều 1 \u00F0ồng")).isEqualTo("Điều 1 đồng");
        assertThat(n.apply("hành chí\u00AD\nnh và\u00ADdân")).isEqualTo("hành chí-\nnh vàdân");
        assertThat(n.apply("a\u0007b\tc\fd")).isEqualTo("ab\tc\fd");
    }

    @Test
    void toneMarkTypedBeforeTheVowelMarkStillComposes() {
        assertThat(n.apply("Ke\u0301\u0302 hoa\u0323ch, ngu\u031Bo\u0300\u031Bi, a\u0309\u0306n")).isEqualTo("Kế hoạch, người, ẳn");
    }

    @Test
    void leavesSmartQuotesAndDashesAlone() {
        String s = "“Kế hoạch” – ‘số’ — 2021";
        assertThat(n.apply(s)).isEqualTo(s);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> n.apply(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
