package org.vanban.vi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyllablesTest {

    @Test
    void aValidSyllableIsAlsoPlausible() {
        for (String s : List.of("giới", "gì", "quốc", "khuya", "thuở", "người", "rượu", "xoong", "hoà", "chính",
                "nghiệp", "khuyến", "ĐƯỢC", "ương")) {
            assertThat(Syllables.isValid(s)).as(s).isTrue();
            assertThat(Syllables.isPlausible(s)).as(s).isTrue();
        }
    }

    @Test
    void theStrictCheckRefusesWhatTheLenientOneLetsThrough() {
        // legacy-decoding misreadings: a closed rhyme with a hỏi tone, a tone on the closing glide
        for (String s : List.of("cỏc", "bơị", "ngaỳ")) {
            assertThat(Syllables.isPlausible(s)).as(s).isTrue();
            assertThat(Syllables.isValid(s)).as(s).isFalse();
        }
    }

    @Test
    void neitherAcceptsTwoTonesGluedWordsOrLongWords() {
        for (String s : List.of("hànhchính", "tếxã", "xyz", "", "nghiêngnghiêng", "chínhh")) {
            assertThat(Syllables.isPlausible(s)).as(s).isFalse();
            assertThat(Syllables.isValid(s)).as(s).isFalse();
        }
        assertThat(Syllables.isValid(null)).isFalse();
        assertThat(Syllables.isPlausible(null)).isFalse();
    }
}
