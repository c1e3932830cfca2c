package org.vanban.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Syllables;

/**
 * Joins a word that was split by a hyphen at a line end: {@code "hành chí-\nnh năm"} becomes
 * {@code "hành chính\nnăm"} (the rest of the next line stays on its own line).
 *
 * <p>Real hyphens are kept: the join happens only when both halves are lower-case letters
 * and the joined word is a plausible single Vietnamese syllable ({@link Syllables#isPlausible}).
 * So {@code "Kinh tế-\nxã hội"}, {@code "2021-\n2025"}, {@code "QĐ-\nUBND"} and
 * {@code "Độc lập -\nTự do"} are left as they are. Thread-safe.
 */
public final class HyphenationJoiner implements TextStep {
    /** word fragment, hyphen (or soft/unicode hyphen), spaces, newline, spaces, fragment. */
    private static final Pattern SPLIT = Pattern.compile(
            "(\\p{L}+)[-\u2010\u00AD][ \t]*\n[ \t]*(\\p{L}+)([ \t]*)");

    @Override
    public String apply(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        Matcher m = SPLIT.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String left = m.group(1);
            String right = m.group(2);
            if (isLower(left) && isLower(right) && Syllables.isPlausible(left + right)) {
                if (sb == null) sb = new StringBuilder(text.length());
                sb.append(text, last, m.start()).append(left).append(right);
                int after = m.end();
                boolean lineEnds = after >= text.length() || text.charAt(after) == '\n';
                if (!lineEnds) sb.append('\n');
                last = after;
                from = after;
            } else {
                from = m.start(2);
            }
        }
        if (sb == null) return text;
        sb.append(text, last, text.length());
        return sb.toString();
    }

    private static boolean isLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLowerCase(s.charAt(i))) return false;
        }
        return true;
    }
}
