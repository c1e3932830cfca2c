package org.vanban.vi;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LettersTest {

    @Test
    void theLettersOutsideAscii() {
        assertThat(Letters.lower()).hasSize(67).doesNotHaveDuplicates().contains("ă", "ệ", "ữ", "ỹ", "đ");
        assertThat(Letters.upper()).hasSize(67).doesNotHaveDuplicates();
        assertThat(new HashSet<>(Letters.all())).hasSize(134);
        for (int i = 0; i < 67; i++) {
            assertThat(Letters.upper().get(i)).isEqualTo(Letters.lower().get(i).toUpperCase(Locale.ROOT));
            assertThat(Letters.lower().get(i)).hasSize(1).doesNotContain("a", "e", "i", "o", "u", "y");
        }
    }

    @Test
    void vietnameseOnlyChars() {
        for (char c : "ăĂơƠưƯđĐệỸ".toCharArray()) assertThat(Letters.isVietnameseOnly(c)).as("" + c).isTrue();
        for (char c : "aéèàâêôç".toCharArray()) assertThat(Letters.isVietnameseOnly(c)).as("" + c).isFalse();
    }

    @Test
    void caseHelpers() {
        assertThat(Letters.applyCase("Dong", "đồng")).isEqualTo("Đồng");
        assertThat(Letters.applyCase("dOng", "đồng")).isEqualTo("đỒng");
        assertThat(Letters.matchCase("DONG", "đồng")).isEqualTo("ĐỒNG");
        assertThat(Letters.matchCase("Xa", "xã hội")).isEqualTo("Xã hội");
        assertThat(Letters.matchCase("UBND", "ủy ban")).isEqualTo("ỦY BAN");
        assertThat(Letters.matchCase("a", "Ủy")).isEqualTo("ủy");
        assertThat(Letters.lower("ĐỒNG Nai")).isEqualTo("đồng nai");
        assertThat(Letters.applyCase("HOI", "hội")).isEqualTo("HỘI");
        assertThatThrownBy(() -> Letters.applyCase("ab", "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
