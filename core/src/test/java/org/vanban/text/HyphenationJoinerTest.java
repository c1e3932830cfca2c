package org.vanban.text;

import org.junit.jupiter.api.Test;
import org.vanban.vi.Syllables;

import static org.assertj.core.api.Assertions.assertThat;

class HyphenationJoinerTest {
    private final HyphenationJoiner j = new HyphenationJoiner();

    @Test
    void joinsASyllableSplitAtALineEnd() {
        assertThat(j.apply("hành chí-\nnh năm 2021")).isEqualTo("hành chính\nnăm 2021");
        assertThat(j.apply("cải cá-\nch")).isEqualTo("cải cách");
        assertThat(j.apply("nhiệm vụ trọ- \n  ng tâm\nhết")).isEqualTo("nhiệm vụ trọng\ntâm\nhết");
        assertThat(j.apply("hành chí-\nnh\nnăm")).isEqualTo("hành chính\nnăm");
    }

    @Test
    void keepsRealHyphens() {
        for (String s : new String[]{
                "Độc lập - Tự do - Hạnh phúc",
                "Độc lập -\nTự do - Hạnh phúc",
                "giai đoạn 2021-\n2025",
                "Số: 39/QĐ-\nUBND",
                "phát triển Kinh tế-\nxã hội",
                "cán bộ-\ncông chức",
                "hành chính-\nNhà nước"}) {
            assertThat(j.apply(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void syllableCheckAcceptsRealSyllablesOnly() {
        for (String ok : new String[]{"chính", "nghiệp", "quyết", "khuyến", "giữa", "thủy", "hoàng", "người", "ương"}) {
            assertThat(Syllables.isPlausible(ok)).as(ok).isTrue();
        }
        for (String bad : new String[]{"tếxã", "bộcông", "chínhh", "xyz", "hànhchính", "", "ab"}) {
            assertThat(Syllables.isPlausible(bad)).as(bad).isFalse();
        }
    }
}
