package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which lines count as clean Vietnamese in OCR mode, which of their tokens stay, and the effect on repair. */
class CleanTextGuardTest {

    static NgramModel model;
    static SyllableInventory inventory;

    @BeforeAll
    static void train() {
        List<String> lines = new ArrayList<>(TinyCorpus.LINES);
        // "cài" is a known word, but never before "cách": the model would rather read "cải cách"
        for (int i = 0; i < 3; i++) {
            lines.add("Cài đặt phần mềm quản lý văn bản trên máy tính.");
        }
        model = new NgramModel(new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false)).train(lines));
        inventory = new SyllableInventory(model.data(), 2);
    }

    private static boolean clean(String line) {
        return CleanTextGuard.isClean(SyllableTokenizer.tokenize(line), line, model, inventory, 2);
    }

    @Test
    void vietnameseOnlyLettersTellUnicodeTextFromEnglishOcr() {
        assertThat(CleanTextGuard.hasVietnameseOnlyLetter("thực hiện")).isTrue();
        assertThat(CleanTextGuard.hasVietnameseOnlyLetter("đơn vị")).isTrue();
        assertThat(CleanTextGuard.hasVietnameseOnlyLetter("thuc hién viéc cán bô")).isFalse();
    }

    @Test
    void aCorrectLineIsCleanAndEnglishOcrIsNot() {
        assertThat(clean("Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2025.")).isTrue();
        // codes in capitals do not count against the accented share
        assertThat(clean("Căn cứ Nghị quyết của HĐND và UBND tỉnh")).isTrue();
        // one Vietnamese-only letter is enough; English-model OCR writes Latin-1 accents only, even where right
        assertThat(clean("Kế hoach cái cách hành chính")).isTrue();
        assertThat(clean("Ké hoach cái cách hanh chính nam")).isFalse();
        // a stripped line, and too few words to judge
        assertThat(clean("Uy ban nhan dan tinh ban hanh Ke hoach")).isFalse();
        assertThat(clean("Điều 3.")).isFalse();
    }

    @Test
    void keepsKnownAccentedWordsCodesNumbersAndNamesButNotPlainWords() {
        assertThat(keeps("chính")).isTrue();
        assertThat(keeps("UBND")).isTrue();
        assertThat(keeps("ND")).isTrue();
        assertThat(keeps("A1")).isTrue();
        assertThat(keeps("2025")).isTrue();
        assertThat(keeps("Tén")).isTrue();  // a capitalised name the model never saw
        assertThat(keeps("tén")).isFalse(); // the same word in lower case is unknown: the channel may look at it
        assertThat(keeps("chinh")).isFalse();
        assertThat(keeps("cách")).isTrue();
    }

    private static boolean keeps(String token) {
        SyllableTokenizer.Token t = LineTokens.mergeMixedRuns(SyllableTokenizer.tokenize(token), token).get(0);
        return CleanTextGuard.keeps(t, model, inventory, 2);
    }

    @Test
    void autoModeLeavesACleanLineAsItIs() {
        DiacriticRestorer auto = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
        String line = "Ủy ban nhân dân tỉnh ban hành Kế hoạch cài cách hành chính năm 2025.";
        assertThat(auto.restore(line)).isEqualTo(line);
        // plain words of a clean line are still restored
        assertThat(auto.restore("Ủy ban nhân dân tỉnh ban hành Kế hoạch cai cach hành chính năm 2025."))
                .isEqualTo("Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2025.");
    }
}
