package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.text.lm.SyllableTokenizer.Kind;
import org.vanban.text.lm.SyllableTokenizer.Token;

class SyllableTokenizerTest {

    @Test
    void splitsWordsNumbersAndPunctuationWithOffsets() {
        String line = "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011, đạt 1.250 hồ sơ.";
        List<Token> tokens = SyllableTokenizer.tokenize(line);
        for (Token t : tokens) {
            assertThat(line.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens).extracting(Token::text).containsExactly("Căn", "cứ", "Nghị", "quyết", "số", "30", "c", "/",
                "NQ", "-", "CP", "ngày", "08/11/2011", ",", "đạt", "1.250", "hồ", "sơ", ".");
        assertThat(tokens.get(6).attachedToDigit()).isTrue();
        assertThat(tokens.get(8).attachedToDigit()).isFalse();
        assertThat(tokens.get(12).kind()).isEqualTo(Kind.NUMBER);
        assertThat(tokens.get(13).kind()).isEqualTo(Kind.COMMA);
        assertThat(tokens.get(18).kind()).isEqualTo(Kind.BREAK);
        assertThat(tokens.get(7).kind()).isEqualTo(Kind.OTHER);
    }
}
