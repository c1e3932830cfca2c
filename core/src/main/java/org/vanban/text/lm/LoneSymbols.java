package org.vanban.text.lm;

import java.util.List;

/**
 * OCR mode: a symbol standing alone between words where a letter-word belongs, as English-model OCR writes a
 * one-letter syllable it could not read ({@code &} or {@code ¢} for {@code ở}, {@code ¥} for {@code ý}). Such a
 * token is offered to the OCR channel as a damaged word; the channel's learned or default costs and the language
 * model decide whether it becomes a syllable. Only the symbols {@link OcrChannel#isLetterSymbol} accepts qualify
 * (not {@code + - / %}, which are list markers and operators), and only with whitespace or the line's edge on both
 * sides and a word next to it. Stateless.
 */
final class LoneSymbols {

    private LoneSymbols() {
    }

    /** True when token {@code i} of {@code tokens} (of {@code text}) is a lone symbol that may stand for a word. */
    static boolean isLoneSymbol(List<SyllableTokenizer.Token> tokens, int i, String text) {
        SyllableTokenizer.Token t = tokens.get(i);
        if (t.kind() != SyllableTokenizer.Kind.OTHER || t.text().length() != 1
                || !OcrChannel.isLetterSymbol(t.text().charAt(0))) {
            return false;
        }
        boolean spaceBefore = t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1));
        boolean spaceAfter = t.end() == text.length() || Character.isWhitespace(text.charAt(t.end()));
        return spaceBefore && spaceAfter && (isWord(tokens, i - 1) || isWord(tokens, i + 1));
    }

    private static boolean isWord(List<SyllableTokenizer.Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == SyllableTokenizer.Kind.WORD;
    }
}
