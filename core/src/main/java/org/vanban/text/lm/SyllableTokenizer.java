package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into tokens the language model and the restorer share.
 *
 * <ul>
 *   <li>{@link Kind#WORD}: a maximal run of letters (a syllable, âm tiết, or an abbreviation such as UBND).
 *       {@code attachedToDigit} is set when it touches a digit ({@code 30c}, {@code 1am}): such runs are part of a
 *       code or number and the restorer leaves them alone.</li>
 *   <li>{@link Kind#NUMBER}: digits, with inner {@code . , /} between digits ({@code 1.000}, {@code 08/11/2011}).
 *       The model sees them as the class {@code <num>}.</li>
 *   <li>{@link Kind#COMMA}: a comma, kept as an n-gram token.</li>
 *   <li>{@link Kind#BREAK}: sentence punctuation ({@code . ! ? ; : … ( ) [ ] " “ ”}); it ends a model segment.</li>
 *   <li>{@link Kind#OTHER}: any other non-space char ({@code - / % ...}); the model skips it.</li>
 * </ul>
 * Whitespace produces no token.
 */
public final class SyllableTokenizer {

    /** Token categories. */
    public enum Kind { WORD, NUMBER, COMMA, BREAK, OTHER }

    /**
     * One token.
     *
     * @param kind            category
     * @param start           offset of the first char in the line
     * @param end             offset after the last char
     * @param text            the token text as in the line
     * @param attachedToDigit for words: touches a digit on either side
     */
    public record Token(Kind kind, int start, int end, String text, boolean attachedToDigit) {
    }

    private SyllableTokenizer() {
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isBreak(char c) {
        return switch (c) {
            case '.', '!', '?', ';', ':', '…', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '|', '\t' -> true;
            default -> false;
        };
    }

    /** Tokenises one line (expected NFC). */
    public static List<Token> tokenize(String line) {
        List<Token> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) && c != '\t') {
                i++;
            } else if (isLetter(c)) {
                int j = i + 1;
                while (j < n && isLetter(line.charAt(j))) {
                    j++;
                }
                boolean attached = (i > 0 && Character.isDigit(line.charAt(i - 1)))
                        || (j < n && Character.isDigit(line.charAt(j)));
                out.add(new Token(Kind.WORD, i, j, line.substring(i, j), attached));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = line.charAt(j);
                    if (Character.isDigit(d)) {
                        j++;
                    } else if ((d == '.' || d == ',' || d == '/') && j + 1 < n && Character.isDigit(line.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(new Token(Kind.NUMBER, i, j, line.substring(i, j), false));
                i = j;
            } else {
                Kind k = c == ',' ? Kind.COMMA : isBreak(c) ? Kind.BREAK : Kind.OTHER;
                out.add(new Token(k, i, i + 1, line.substring(i, i + 1), false));
                i++;
            }
        }
        return out;
    }
}
