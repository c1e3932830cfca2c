package org.vanban.text;

import java.util.regex.Pattern;

/**
 * Drops lines of scanner noise: specks read as punctuation ({@code "~ . ' , |"},
 * {@code "_-_ .."}), rules ({@code "-------"}) and lines with almost no letters.
 *
 * <p>Kept: blank lines (they separate paragraphs), any line with a digit (numbers, dates,
 * page numbers, table rows), lines with a word of three letters or more (so dot leaders
 * as in {@code "Nơi nhận: ........"} do not count against a line), list markers ({@code "a)"}, {@code "-"} bullets followed by text)
 * and every line whose letters make up a fair share of its visible characters and include a
 * word of two letters or more. Stamp and signature ink inside a kept line is blanked by
 * {@link StampNoise#clean} (a line left blank by it is dropped). Thread-safe.
 */
public final class NoiseLineFilter implements TextStep {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[\\p{L}]|[ivxIVX]{1,4})[.)]\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{3,}");

    @Override
    public String apply(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        StringBuilder sb = new StringBuilder(text.length());
        int start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            // a line that continues a hyphen-broken word ("chí-" / "nh năm") is left to the joiner
            boolean continues = sb.length() > 1 && sb.charAt(sb.length() - 1) == '-'
                    && Character.isLetter(sb.charAt(sb.length() - 2));
            String kept = isNoise(line) ? null : continues ? line : StampNoise.clean(line);
            if (kept != null && !kept.equals(line)) kept = kept.isBlank() ? null : kept.stripTrailing();
            if (kept != null) {
                if (!first) sb.append('\n');
                sb.append(kept);
                first = false;
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        // keep a trailing newline if the input had one and something remains
        if (text.endsWith("\n") && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
        return sb.toString();
    }

    /** True when the line is scanner noise and should be dropped. */
    public static boolean isNoise(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.equals("\f")) return false;
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) return false;
            if (Character.isWhitespace(c)) continue;
            visible++;
            if (Character.isLetter(c)) letters++;
        }
        if (LIST_MARKER.matcher(t).matches()) return false;
        if (letters == 0) return true;
        if (LONG_WORD.matcher(t).find()) return false;
        if (!WORD.matcher(t).find()) return true;
        return letters * 2 < visible;
    }
}
