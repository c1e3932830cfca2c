package org.vanban.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OcrNamesTest {
    @Test
    void signsInsideWordsBecomeLetters() {
        assertThat(OcrNames.lettersForSigns("L6c Ninh")).isEqualTo("Loc Ninh");
        assertThat(OcrNames.lettersForSigns("H@i An")).isEqualTo("Hoi An");
        assertThat(OcrNames.lettersForSigns("HO1 AN")).isEqualTo("HOI AN");
        // numbers standing alone are names of their own (Phường 12, Quận 1)
        assertThat(OcrNames.lettersForSigns("Phường 12")).isEqualTo("Phường 12");
        assertThat(OcrNames.lettersForSigns("Quận 1, ngày 5")).isEqualTo("Quận 1, ngày 5");
    }

    @Test
    void closeNamesUnderOcrMisreadings() {
        assertThat(OcrNames.close("pinh quan", "dinh quan")).isTrue();
        assertThat(OcrNames.close("phuwoc long", "phuoc long")).isTrue();
        assertThat(OcrNames.close("vinh ctu", "vinh cuu")).isTrue();
        assertThat(OcrNames.close("thanh chuong", "thanh chuong")).isTrue();
        // two edits in a short name, another word count, a short name: not close
        assertThat(OcrNames.close("hai phong", "hoi phang")).isFalse();
        assertThat(OcrNames.close("phuoc long", "phuoc")).isFalse();
        assertThat(OcrNames.close("an", "am")).isFalse();
    }

    @Test
    void symbolsForYAndTheDigitOneForL() {
        assertThat(OcrNames.lettersForSigns("Long M§")).isEqualTo("Long MY"); // the case of the letter before it
        assertThat(OcrNames.lettersForSigns("LONG M¥")).isEqualTo("LONG MY");
        // 1 is read as i; l and i are one shape, so "1ong" is Long
        assertThat(OcrNames.close("iong my", "long my")).isTrue();
        assertThat(OcrNames.shape("long")).isEqualTo(OcrNames.shape("iong"));
    }

    @Test
    void distanceStopsPastItsLimit() {
        assertThat(OcrNames.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(OcrNames.distance("abcdef", "uvwxyz", 1)).isEqualTo(2);
    }
}
