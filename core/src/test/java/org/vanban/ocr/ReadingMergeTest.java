package org.vanban.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingMergeTest {

    /** One line of words 40 px wide with 10 px gaps, each word's confidence given. */
    private static OcrResult line(String text, double... conf) {
        String[] ws = text.split(" ");
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < ws.length; i++) words.add(new OcrWord(ws[i], 10 + 50 * i, 100, 40, 20, conf[i]));
        return new OcrResult(text + "\n", 90, words);
    }

    /** Prefers text with "thẩm" in it, else neutral. */
    private static final ReadingScorer LIKES_THAM = t -> t.contains("thẩm") ? 0.5 : 0;

    @Test
    void aWordTheOtherReadingReadsBetterInTheSamePlaceIsTaken() {
        OcrResult kept = line("cơ quan thấm quyền", 95, 95, 60, 95);
        OcrResult other = line("cơ quan thẩm quyền", 95, 95, 70, 95);
        ReadingMerge.Merged m = ReadingMerge.merge(kept, other, ReadingScorer.SYLLABLES);
        assertThat(m.reading().text()).isEqualTo("cơ quan thẩm quyền\n");
        assertThat(m.replaced()).isEqualTo(1);
        assertThat(m.compared()).isEqualTo(1);
        assertThat(m.reading().words().get(2).text()).isEqualTo("thẩm");
        assertThat(m.reading().words().get(2).x()).isEqualTo(kept.words().get(2).x());
        assertThat(m.reading().meanConfidence()).isEqualTo(kept.meanConfidence());
    }

    @Test
    void theLanguageScoreOutweighsASmallConfidenceLead() {
        OcrResult kept = line("cơ quan thấm quyền", 95, 95, 75, 95);
        OcrResult other = line("cơ quan thẩm quyền", 95, 95, 70, 95);
        assertThat(ReadingMerge.merge(kept, other, ReadingScorer.SYLLABLES).replaced()).isZero();
        assertThat(ReadingMerge.merge(kept, other, LIKES_THAM).reading().text()).isEqualTo("cơ quan thẩm quyền\n");
    }

    @Test
    void aWordOnlyWithinTheMarginIsNotReplaced() {
        OcrResult kept = line("cơ quan thấm quyền", 95, 95, 70, 95);
        OcrResult other = line("cơ quan thẩm quyền", 95, 95, 71, 95);
        assertThat(ReadingMerge.merge(kept, other, ReadingScorer.SYLLABLES).replaced()).isZero();
    }

    @Test
    void wordsInOtherPlacesSplitsAndJoinsAreLeftAlone() {
        OcrResult kept = line("Điều khoản", 60, 60);
        // the other reading split the first word in two and read the second one elsewhere on the page
        List<OcrWord> ws = List.of(new OcrWord("Điê", 10, 100, 18, 20, 99), new OcrWord("u", 30, 100, 20, 20, 99),
                new OcrWord("khoán", 60, 400, 40, 20, 99));
        OcrResult other = new OcrResult("Điê u\nkhoán\n", 99, ws);
        ReadingMerge.Merged m = ReadingMerge.merge(kept, other, ReadingScorer.SYLLABLES);
        assertThat(m.reading()).isSameAs(kept);
        assertThat(m.compared()).isZero();
    }

    @Test
    void readingsWithoutWordsAreReturnedAsTheyAre() {
        OcrResult kept = new OcrResult("chủ trì", 90);
        assertThat(ReadingMerge.merge(kept, line("chủ trì", 99, 99), ReadingScorer.SYLLABLES).reading()).isSameAs(kept);
    }

    @Test
    void replacingKeepsTheTextBetweenWordsAndSkipsWordsTheTextDoesNotHold() {
        List<OcrWord> ws = List.of(new OcrWord("a", 0, 0, 1, 1, 50), new OcrWord("zz", 0, 0, 1, 1, 50),
                new OcrWord("b", 0, 0, 1, 1, 50));
        assertThat(ReadingMerge.replaceWords("a,  b\n\nc", ws, List.of("A", "ZZ", "B"))).isEqualTo("A,  B\n\nc");
    }

    @Test
    void overlapIsIntersectionOverUnion() {
        OcrWord p = new OcrWord("x", 0, 0, 10, 10, 90);
        assertThat(ReadingMerge.overlap(p, new OcrWord("y", 5, 0, 10, 10, 90))).isEqualTo(50.0 / 150);
        assertThat(ReadingMerge.overlap(p, new OcrWord("y", 10, 0, 10, 10, 90))).isZero();
        assertThat(ReadingMerge.overlap(p, p)).isEqualTo(1.0);
    }
}
