package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A symbol standing alone for a one-letter syllable in English-model OCR. */
class LoneSymbolsTest {

    private static boolean lone(String line, String symbol) {
        List<SyllableTokenizer.Token> tokens = SyllableTokenizer.tokenize(line);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(symbol)) {
                return LoneSymbols.isLoneSymbol(tokens, i, line);
            }
        }
        throw new AssertionError(symbol + " not in " + line);
    }

    @Test
    void aSymbolBetweenWordsIsALoneSymbol() {
        assertThat(lone("can bo & xa thuc hien", "&")).isTrue();
        assertThat(lone("duy ¥ chi", "¥")).isTrue();
        assertThat(lone("ché ¢", "¢")).isTrue();
        assertThat(lone("@ cap xa", "@")).isTrue();
    }

    @Test
    void operatorsMarkersAndSymbolsInsideTokensAreNot() {
        assertThat(lone("R&D", "&")).isFalse();
        assertThat(lone("a + b", "+")).isFalse();
        assertThat(lone("- noi dung", "-")).isFalse();
        assertThat(lone("15 % 20", "%")).isFalse();
        assertThat(lone("12 & 13", "&")).isFalse();
        assertThat(lone("user@mail", "@")).isFalse();
    }

    @Test
    void autoModeReadsALoneSymbolAsTheSyllableTheModelWants() {
        List<String> lines = new ArrayList<>(TinyCorpus.LINES);
        for (int i = 0; i < 3; i++) {
            lines.add("Cán bộ ở xã thực hiện nhiệm vụ được giao.");
        }
        NgramModel model = new NgramModel(new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false))
                .train(lines));
        DiacriticRestorer auto = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
        assertThat(auto.restore("Can bo & xa thuc hien nhiem vu duoc giao."))
                .isEqualTo("Cán bộ ở xã thực hiện nhiệm vụ được giao.");
        // the ASCII restorer has no channel: the symbol stays
        DiacriticRestorer ascii = new DiacriticRestorer(model);
        assertThat(ascii.restore("Can bo & xa thuc hien")).isEqualTo("Cán bộ & xã thực hiện");
    }
}
