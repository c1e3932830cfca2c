package org.vanban.structure;


import java.util.ArrayList;
import java.util.List;
import org.vanban.vi.Fold;

/**
 * One line of the document text with its offsets and its accent-folded form (same length).
 *
 * @param index  0-based line number
 * @param start  offset of the first character in the document text
 * @param end    offset just after the last character (before the newline)
 * @param text   the line as written
 * @param folded {@link Fold#lower(CharSequence)} of {@code text}
 */
record Line(int index, int start, int end, String text, String folded) {

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String t = text.substring(start, end);
            lines.add(new Line(i++, start, end, t, Fold.lower(t)));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return text.isBlank() || text.strip().equals("\f");
    }

    boolean isPageBreak() {
        return text.strip().equals("\f");
    }

    /** Offset within the line of the first letter or digit, or the line length. */
    int contentStart() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return i;
        }
        return text.length();
    }

    /** Share of upper-case letters among the letters, 0 when there are no letters. */
    static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
