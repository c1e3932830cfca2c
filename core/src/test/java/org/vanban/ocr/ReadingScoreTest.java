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

    @Test
    void aReadingIsDoubtfulWhenItsMeanConfidenceIsLowOrTooManyOfItsWordsAre() {
        assertThat(ReadingScore.doubtful(new OcrResult("chủ trì", 91))).isTrue();
        assertThat(ReadingScore.doubtful(new OcrResult("chủ trì", 95))).isFalse();
        java.util.List<OcrWord> words = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) words.add(new OcrWord("chủ", i, 0, 5, 5, i < 3 ? 50 : 96));
        assertThat(ReadingScore.lowShare(new OcrResult("x", 95, words))).isEqualTo(0.03);
        assertThat(ReadingScore.doubtful(new OcrResult("x", 95, words))).isTrue();
        words.set(0, new OcrWord("chủ", 0, 0, 5, 5, 96));
        assertThat(ReadingScore.doubtful(new OcrResult("x", 95, words))).isFalse();
    }

    @Test
    void aScorerDecidesBetweenReadingsOfEqualConfidenceAndLength() {
        OcrResult a = new OcrResult("chủ trì thực hiện", 90);
        OcrResult b = new OcrResult("chú trì thức hiện", 90);
        ReadingScorer prefersB = text -> text.contains("chú") ? 1 : 0;
        assertThat(ReadingScore.better(a, b, prefersB)).isSameAs(b);
        assertThat(ReadingScore.better(a, b, ReadingScorer.SYLLABLES)).isSameAs(a);
    }
}
