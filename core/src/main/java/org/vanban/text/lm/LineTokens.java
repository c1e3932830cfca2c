package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Token-level helpers of {@link DiacriticRestorer}: spans that are never changed (URLs, e-mail addresses,
 * domain names) and, for the OCR channel, letter-digit runs that an English OCR model makes out of one syllable
 * ({@code s6} for {@code số}) and short numbers that may be misread words ({@code 13} for {@code là}).
 */
final class LineTokens {

    private LineTokens() {
    }

    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:vn|com|net|org|gov|edu|info)\\b(?:/\\S*)?");

    /**
     * A document symbol (số và ký hiệu): a number, perhaps with a letter ({@code 30c}), then parts joined by
     * {@code -} or {@code /}, one of them a capital-initial code ({@code 13-CTr/HU}, {@code 76/NQ-CP},
     * {@code 123/2020/NĐ-CP}, {@code 01/KH-UBND}).
     */
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,5}\\p{Ll}?(?:[-/]\\d{2,4})*(?:[-/]\\p{Lu}[\\p{L}\\d]*)(?:[-/.][\\p{L}\\d]+)*");

    /** Chars inside document symbols ({@link #DOCUMENT_SYMBOL}), or null when there are none. */
    static boolean[] symbolSpans(String text) {
        return spans(DOCUMENT_SYMBOL, text);
    }

    /** Chars inside URLs, e-mail addresses and domain names, or null when there are none. */
    static boolean[] protectedSpans(String text) {
        return spans(URL_OR_EMAIL, text);
    }

    /** Chars inside the matches of {@code pattern}, or null when there are none. */
    private static boolean[] spans(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        boolean[] p = null;
        while (m.find()) {
            if (p == null) {
                p = new boolean[text.length()];
            }
            Arrays.fill(p, m.start(), m.end(), true);
        }
        return p;
    }

    /**
     * OCR mode: glues touching letter and digit runs into one word token ({@code s6}, {@code d6i}, {@code 1am}),
     * unless the run touches code punctuation ({@code 30c/NQ-CP}) or carries more than two digits.
     */
    static List<SyllableTokenizer.Token> mergeMixedRuns(List<SyllableTokenizer.Token> tokens, String text) {
        List<SyllableTokenizer.Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            SyllableTokenizer.Token t = tokens.get(i);
            int j = i + 1;
            // a run may start with a symbol read for a letter ("¢6" for "có") when a word or number touches it
            boolean symbolStart = isLetterSymbol(t) && j < tokens.size() && tokens.get(j).start() == t.end()
                    && (tokens.get(j).kind() == SyllableTokenizer.Kind.WORD || tokens.get(j).kind() == SyllableTokenizer.Kind.NUMBER);
            if (t.kind() == SyllableTokenizer.Kind.WORD || t.kind() == SyllableTokenizer.Kind.NUMBER || symbolStart) {
                while (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()
                        && (tokens.get(j).kind() == SyllableTokenizer.Kind.WORD
                        || tokens.get(j).kind() == SyllableTokenizer.Kind.NUMBER
                        || isLetterSymbol(tokens.get(j)))) {
                    j++;
                }
            }
            if (j - i >= 2) {
                int start = t.start();
                int end = tokens.get(j - 1).end();
                String run = text.substring(start, end);
                if (run.chars().noneMatch(c -> Character.isLetter(c) || OcrChannel.isLetterSymbol((char) c))) {
                    for (int x = i; x < j; x++) {
                        out.add(tokens.get(x));
                    }
                    i = j;
                    continue;
                }
                long digits = run.chars().filter(Character::isDigit).count();
                boolean codeLike = touchesCodePunctuation(text, start, end);
                boolean allConfusable = run.chars().filter(Character::isDigit)
                        .allMatch(c -> OcrChannel.isConfusableDigit((char) c));
                if (!codeLike && digits <= 2 && allConfusable && run.length() <= 8) {
                    out.add(new SyllableTokenizer.Token(SyllableTokenizer.Kind.WORD, start, end, run, false));
                    i = j;
                    continue;
                }
            }
            for (int x = i; x < j; x++) {
                out.add(tokens.get(x));
            }
            i = j;
        }
        return out;
    }

    static boolean isLetterSymbol(SyllableTokenizer.Token t) {
        return t.kind() == SyllableTokenizer.Kind.OTHER && OcrChannel.isLetterSymbol(t.text().charAt(0));
    }

    static boolean touchesCodePunctuation(String text, int start, int end) {
        String code = "/-.:_%&+=@#";
        return (start > 0 && code.indexOf(text.charAt(start - 1)) >= 0)
                || (end < text.length() && code.indexOf(text.charAt(end)) >= 0);
    }

    /** OCR mode: a short free-standing number made of look-alike digits ({@code 13} for {@code là}). */
    static boolean numberMayBeWord(SyllableTokenizer.Token t, String text) {
        String s = t.text();
        return s.length() <= 2 && s.chars().allMatch(c -> OcrChannel.isConfusableDigit((char) c))
                && !touchesCodePunctuation(text, t.start(), t.end());
    }

    /** A lower-case letter-digit run holding a vowel or a digit read for one (1a, to6, c6): a syllable an English OCR model broke, not a code. */
    static boolean isLowerCaseMixedRun(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        // a run without a vowel, or a digit read for one (6 for ô/ơ, 0 for o), is a unit or a code (m2, km2, 4g)
        String key = Fold.lower(token);
        return OcrChannel.hasVowel(key) || key.indexOf('6') >= 0 || key.indexOf('0') >= 0;
    }
}
