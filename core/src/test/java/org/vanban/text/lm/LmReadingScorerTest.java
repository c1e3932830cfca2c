package org.vanban.text.lm;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.ReadingScore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The language-model reading scorer on the committed model (skipped when the file is absent). */
class LmReadingScorerTest {

    static LmReadingScorer scorer;

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of("models/vi-syllable.lm");
        Assumptions.assumeTrue(Files.isRegularFile(file), "models/vi-syllable.lm not present");
        scorer = new LmReadingScorer(NgramModel.load(file));
    }

    @Test
    void aMisreadMarkThatStillMakesASyllableCostsProbability() {
        String right = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác cải cách hành chính năm 2026.";
        String wrong = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thức hiện công tác cái cách hành chính năm 2026.";
        // both are all valid syllables: only the model tells them apart
        assertThat(ReadingScore.syllableShare(right)).isEqualTo(ReadingScore.syllableShare(wrong));
        assertThat(scorer.logProbPerToken(right)).isGreaterThan(scorer.logProbPerToken(wrong));
        assertThat(scorer.score(right)).isGreaterThan(scorer.score(wrong));
    }

    @Test
    void eachTokenIsFlooredSoUnknownWordsDoNotSwampThePage() {
        double lp = scorer.logProbPerToken("xqzw xqzw xqzw");
        assertThat(lp).isLessThan(-3).isGreaterThanOrEqualTo(LmReadingScorer.FLOOR);
        assertThat(scorer.logProbPerToken("")).isZero();
        assertThat(scorer.logProbPerToken("... - / %")).isZero();
    }

    @Test
    void theBetterOfTwoReadingsAtEqualConfidenceIsTheOneTheModelPrefers() {
        OcrResult right = new OcrResult("Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành thực hiện.", 90);
        OcrResult wrong = new OcrResult("Giao Sở Tài chính chú trì, phối hợp với các sở, ngành thức hiện.", 90);
        assertThat(ReadingScore.better(right, wrong, scorer)).isSameAs(right);
        assertThat(ReadingScore.better(wrong, right, scorer)).isSameAs(right);
    }

    @Test
    void longLinesKeepTheirHistory() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 40; i++) line.append("thực hiện công tác cải cách hành chính ");
        double lp = scorer.logProbPerToken(line.toString());
        assertThat(lp).isLessThan(0).isGreaterThan(-3);
    }
}
