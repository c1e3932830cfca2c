package org.vanban.extract;

import org.vanban.model.Section;
import org.vanban.model.SectionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers shared by the extractors: sentence (câu / ý) spans of a document text, the page of an
 * offset (pages are separated by a form feed, as in {@code VanbanDocument.PAGE_BREAK}) and the
 * top-level section holding an offset.
 */
final class Spans {
    private Spans() {
    }

    /** A span of the text: [start, end). */
    record Span(int start, int end) {
    }

    /**
     * Cuts a text into sentences and list items: a new unit starts after a full stop, semicolon
     * or colon followed by a line break or by a capital letter, at a blank line, at a page break,
     * and at a line starting with a bullet ("-", "+", "•", "a)", "1.", "1.1."). Wrapped lines of
     * one sentence stay together.
     */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (start < 0) {
                if (!Character.isWhitespace(c) && c != '\f') start = i;
                else continue;
            }
            boolean cut = false;
            int cutAt = i + 1;
            if (c == '\n' || c == '\f') {
                cutAt = i;
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
                boolean blankOrBreak = j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\f' || c == '\f';
                char prev = lastNonSpace(text, i);
                // OCR puts a blank line inside a wrapped sentence ("ít nhất 01 / (blank) / lần trong năm"): a line
                // without end punctuation followed, after blank lines or a page break, by a lower-case word (or,
                // after blank lines, a number that starts no item) goes on
                if (blankOrBreak && continuesAfterBlank(text, i, prev)) blankOrBreak = false;
                cut = blankOrBreak || prev == '.' || prev == ';' || prev == ':' || startsItem(text, j)
                        || isCapitalsLine(text, i) || isCapitalsLine(text, lineEnd(text, j));
            } else if ((c == '.' || c == ';') && i + 2 < n && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(text, i)) {
                cut = true;
            }
            if (cut) {
                int e = trimEnd(text, start, cutAt);
                if (e > start) out.add(new Span(start, e));
                start = -1;
            }
        }
        if (start >= 0) {
            int e = trimEnd(text, start, n);
            if (e > start) out.add(new Span(start, e));
        }
        return out;
    }

    /** True when the sentence before the line break at {@code nl} goes on at the next non-blank text. */
    private static boolean continuesAfterBlank(String text, int nl, char prev) {
        if (prev == '\n' || ".;:!?".indexOf(prev) >= 0 || isCapitalsLine(text, nl)) return false;
        int k = nl;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++; // spaces, blank lines, form feeds
        if (k >= text.length() || startsItem(text, k)) return false;
        char c = text.charAt(k);
        return Character.isLowerCase(c) || Character.isDigit(c) && !text.startsWith("\f", nl); // "đạt trên / 95%."
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** True when the line ending at {@code nl} is a heading in capitals ("II. MỤC TIÊU"). */
    private static boolean isCapitalsLine(String text, int nl) {
        int ls = text.lastIndexOf('\n', nl - 1) + 1;
        int letters = 0;
        int upper = 0;
        for (int k = ls; k < nl; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 3 && upper >= 0.8 * letters;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String w = text.substring(s, dot);
        return w.length() <= 2 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)); // "TP.", "TM."
    }

    private static char lastNonSpace(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') return '\n';
            if (!Character.isWhitespace(c)) return c;
        }
        return '\n';
    }

    /** True when the line at {@code j} starts a list item. */
    static boolean startsItem(String text, int j) {
        if (j >= text.length()) return false;
        char c = text.charAt(j);
        if (c == '-' || c == '+' || c == '•' || c == '*' || c == '–' || c == '|' || c == '~') return true; // ~: OCR'd dash
        int k = j;
        while (k < text.length() && k - j < 6 && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) k++;
        if (k > j && k < text.length() && (text.charAt(k - 1) == '.' || text.charAt(k) == ')')) return true;
        return k == j && j + 1 < text.length() && Character.isLowerCase(c) && text.charAt(j + 1) == ')';
    }

    private static int trimEnd(String text, int from, int end) {
        int e = end;
        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\f')) e--;
        return e;
    }

    /** Page numbers by offset: the k-th form feed starts page {@code firstPage + k}. */
    static final class PageIndex {
        private final int[] breaks;
        private final int[] numbers;

        PageIndex(String text, List<Integer> pageNumbers) {
            List<Integer> b = new ArrayList<>();
            for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) b.add(i);
            breaks = b.stream().mapToInt(Integer::intValue).toArray();
            numbers = new int[breaks.length + 1];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = pageNumbers != null && k < pageNumbers.size() ? pageNumbers.get(k)
                        : (pageNumbers != null && !pageNumbers.isEmpty()
                        ? pageNumbers.get(pageNumbers.size() - 1) + k - pageNumbers.size() + 1 : k + 1);
            }
        }

        int pageAt(int offset) {
            int k = 0;
            while (k < breaks.length && breaks[k] < offset) k++;
            return numbers[k];
        }
    }

    /** The kind of the top-level section holding the offset; OTHER when there are no sections. */
    static SectionKind kindAt(List<Section> sections, int offset) {
        SectionKind kind = SectionKind.OTHER;
        for (Section s : sections) {
            if (s.level() != 1) continue;
            if (s.start() <= offset && offset < Math.max(s.end(), s.start() + 1)) return s.kind();
            if (s.start() <= offset) kind = s.kind();
        }
        return kind;
    }
}
