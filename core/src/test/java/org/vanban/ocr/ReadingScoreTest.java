package org.vanban.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingScoreTest {

    @Test
    void shareOfValidSyllablesIgnoresSingleLettersAndNumbers() {
        assertThat(ReadingScore.syllableShare("Điều 1. Giao Sở Tài chính chủ trì")).isEqualTo(1.0);
        assertThat(ReadingScore.syllableShare("Điều tíi © ã Sở hhh")).isEqualTo(0.5); // tíi, hhh are no syllables
        assertThat(ReadingScore.syllableShare("12 3 a")).isZero();
    }

    @Test
    void theBetterReadingIsTheMoreVietnameseOneAtEqualConfidence() {
        OcrResult good = new OcrResult("Giao Sở Tài chính chủ trì thực hiện", 80);
        OcrResult debris = new OcrResult("Giao Sô Tàỉ chỉnhh chủ trìì thưc hiệnn", 80);
        assertThat(ReadingScore.better(good, debris)).isSameAs(good);
        assertThat(ReadingScore.better(debris, good)).isSameAs(good);
    }

    @Test
    void aConfidentReadingThatLostHalfThePageLoses() {
        OcrResult full = new OcrResult("Giao Sở Tài chính chủ trì thực hiện kế hoạch năm nay", 82);
        OcrResult half = new OcrResult("Giao Sở Tài chính", 95);
        assertThat(ReadingScore.better(full, half)).isSameAs(full);
        assertThat(ReadingScore.better(half, full)).isSameAs(full);
    }

    @Test
    void tiesKeepTheFirstReading() {
        OcrResult a = new OcrResult("chủ trì thực hiện", 90);
        OcrResult b = new OcrResult("chủ trì thực hiện", 90);
        assertThat(ReadingScore.better(a, b)).isSameAs(a);
    }
}
