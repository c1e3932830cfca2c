package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VietnameseLettersTest {

    @Test
    void foldsToneAndVowelMarksAndDStroke() {
        assertThat(VietnameseLetters.fold("Đẩy mạnh cải cách hành chính")).isEqualTo("Day manh cai cach hanh chinh");
        assertThat(VietnameseLetters.key("TIẾP Tục ĐỐI Ưu")).isEqualTo("tiep tuc doi uu");
        assertThat(VietnameseLetters.fold("30c/NQ-CP 100%")).isEqualTo("30c/NQ-CP 100%");
    }

    @Test
    void detectsDiacritics() {
        assertThat(VietnameseLetters.hasDiacritics("tiếp")).isTrue();
        assertThat(VietnameseLetters.hasDiacritics("đi")).isTrue();
        assertThat(VietnameseLetters.hasDiacritics("theo")).isFalse();
    }

    @Test
    void appliesCaseCharByChar() {
        assertThat(VietnameseLetters.applyCase("HOI", "hội")).isEqualTo("HỘI");
        assertThat(VietnameseLetters.applyCase("Dong", "đồng")).isEqualTo("Đồng");
        assertThat(VietnameseLetters.applyCase("dOng", "đồng")).isEqualTo("đỒng");
        assertThatThrownBy(() -> VietnameseLetters.applyCase("ab", "abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stripNormalisesDecomposedInputFirst() {
        String nfd = java.text.Normalizer.normalize("Việt Nam", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseLetters.strip(nfd)).isEqualTo("Viet Nam");
    }
}
