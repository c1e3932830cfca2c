package org.vanban.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * The matches of one passage, grouped into phrases, and the key that ranks passages for a snippet: the
 * longest run of adjacent matched words first (a whole phrase beats scattered words), then passages that are
 * not boilerplate ("Căn cứ …" legal-basis lines, header lines: issuer, motto, number and date), then the
 * number of distinct matched words, then the narrowest window holding them all, then the earliest.
 */
final class MatchedPassage {
    /** Passages in snippet order, best first. */
    static final Comparator<MatchedPassage> BEST_FIRST = Comparator
            .comparingInt((MatchedPassage p) -> -p.longestRun)
            .thenComparing(p -> p.boilerplate)
            .thenComparingInt(p -> -p.distinct)
            .thenComparingInt(p -> p.window)
            .thenComparingInt(p -> p.start);

    /** A run of adjacent matches: [start, end) in the content and how many words it spans. */
    record Run(int start, int end, int words) {}

    final int start;
    final int end;
    final List<Run> runs;
    final int longestRun;
    final int distinct;
    final int window;
    final boolean boilerplate;
    /** Where the passage is clipped around when too long: the start of its longest run. */
    final int anchor;

    MatchedPassage(String content, int start, int end, int[] matchStarts, int[] matchEnds, int numMatches) {
        this.start = start;
        this.end = end;
        this.runs = runs(content, merged(matchStarts, matchEnds, numMatches));
        // the longest run; of runs as long, the first outside the legal basis
        Run best = null;
        boolean bestInBasis = false;
        for (Run r : runs) {
            boolean inBasis = isBoilerplate(content, r.start());
            if (best == null || r.words() > best.words() || (r.words() == best.words() && bestInBasis && !inBasis)) {
                best = r;
                bestInBasis = inBasis;
            }
        }
        this.longestRun = best == null ? 0 : best.words();
        this.anchor = best == null ? start : best.start();
        this.boilerplate = bestInBasis;
        List<String> words = new ArrayList<>();
        List<int[]> wordSpans = new ArrayList<>();
        for (Run r : runs) {
            for (String w : content.substring(r.start(), r.end()).split("\\s+")) {
                String f = IndexSchema.fold(w);
                if (!f.isEmpty()) {
                    words.add(f);
                    wordSpans.add(new int[] {r.start(), r.end()});
                }
            }
        }
        this.distinct = new HashSet<>(words).size();
        this.window = window(words, wordSpans, distinct);
    }

    /** The runs to mark: only phrases of two or more words when the passage has any, else every match. */
    List<Run> marked() {
        if (longestRun < 2) return runs;
        return runs.stream().filter(r -> r.words() >= 2).toList();
    }

    /**
     * The part of the passage a snippet shows, {start, end}: without the legal-basis lines before the line of its
     * longest phrase and from the first "Căn cứ" line after it (a title's passage does not trail into the clauses
     * below it). A boilerplate passage is shown whole.
     */
    int[] shown(String content) {
        if (boilerplate || runs.isEmpty()) return new int[] {start, end};
        int anchorLine = lineStart(content, anchor);
        int from = start;
        while (from < anchorLine && isBoilerplate(content, from)) from = nextLine(content, from, anchorLine);
        int to = end;
        for (int line = nextLine(content, anchor, end); line < end; line = nextLine(content, line, end)) {
            if (startsLegalBasis(content, line) || isHeaderLine(content, line)) {
                to = line;
                break;
            }
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) to--;
        return new int[] {from, to};
    }

    /** The offset moved out of a run it falls inside: to the run's start (a snippet's start) or end. */
    int outsideRun(int offset, boolean toStart) {
        for (Run r : runs) {
            if (r.start() < offset && offset < r.end()) return toStart ? r.start() : r.end();
        }
        return offset;
    }

    private static final String CLAUSE_ENDS = ".;:!?";
    private static final java.util.regex.Pattern LIST_MARKER =
            java.util.regex.Pattern.compile("(?:[0-9]{1,2}|[IVX]{1,4}|[a-zđ])[.)]|[-+•]");

    /**
     * The nearest clause start at or before the word holding {@code offset}, at most {@code reach} characters
     * back and not over a page break, with the list marker ("2.", "a)", "-") that opens it; -1 when none.
     */
    static int clauseStartBefore(String content, int offset, int reach) {
        int w = wordStart(content, offset, 0);
        int min = Math.max(0, w - reach);
        for (int i = w; i >= min; i--) {
            if (i < content.length() && content.charAt(i) == '\f') return -1;
            if (i == content.length() || Character.isWhitespace(content.charAt(i))) continue;
            if (i > 0 && !Character.isWhitespace(content.charAt(i - 1))) continue;
            if (isClauseStart(content, i)) return withListMarker(content, i);
        }
        return -1;
    }

    /**
     * The nearest clause end at or after the word holding {@code offset} (after ".", ";", ":", or before a line
     * that starts a clause), at most {@code reach} characters on and not over a page break; -1 when none.
     */
    static int clauseEndAfter(String content, int offset, int reach) {
        int w = wordEnd(content, offset, content.length());
        int max = Math.min(content.length(), w + reach);
        for (int i = w; i <= max; i++) {
            if (i < content.length() && content.charAt(i) == '\f') return isClauseEnd(content, i) ? i : -1;
            if (i == 0 || Character.isWhitespace(content.charAt(i - 1))) continue;
            if (i < content.length() && !Character.isWhitespace(content.charAt(i))) continue;
            if (isClauseEnd(content, i)) return i;
        }
        return -1;
    }

    /**
     * Whether a clause starts at this word: the text's or a page's start, after a sentence or clause end, after
     * a blank line, or on a new line when that line opens with a list marker or "Căn cứ", is or follows a header
     * line, or follows a heading in capitals.
     * A single line break alone is not enough: OCR text keeps the scan's wrapped lines.
     */
    static boolean isClauseStart(String content, int i) {
        int j = i - 1;
        int newlines = 0;
        while (j >= 0 && Character.isWhitespace(content.charAt(j))) {
            if (content.charAt(j) == '\f') return true;
            if (content.charAt(j) == '\n') newlines++;
            j--;
        }
        if (j < 0 || CLAUSE_ENDS.indexOf(content.charAt(j)) >= 0 || newlines >= 2) return true;
        if (newlines == 0) return false;
        if (LIST_MARKER.matcher(token(content, i)).matches() || startsLegalBasis(content, i)) return true;
        if (isHeaderLine(content, j) || isHeaderLine(content, i)) return true;
        String before = content.substring(lineStart(content, j), j + 1);
        return Character.isUpperCase(content.charAt(i)) && before.equals(before.toUpperCase(java.util.Locale.ROOT))
                && before.chars().anyMatch(Character::isLetter);
    }

    /** Whether a clause ends just before {@code i}: after ".", ";", ":", or where the next clause starts. */
    static boolean isClauseEnd(String content, int i) {
        if (i > 0 && CLAUSE_ENDS.indexOf(content.charAt(i - 1)) >= 0) return true;
        int k = i;
        while (k < content.length() && Character.isWhitespace(content.charAt(k))) {
            if (content.charAt(k) == '\f') return true;
            k++;
        }
        return k == content.length() || (k > i && isClauseStart(content, k));
    }

    /** The start of the list marker ("2.", "a)") just before this word on its line, if it opens a clause. */
    private static int withListMarker(String content, int i) {
        int j = i;
        while (j > 0 && (content.charAt(j - 1) == ' ' || content.charAt(j - 1) == '\t')) j--;
        if (j == i || j == 0) return i;
        int t = wordStart(content, j, 0);
        if (LIST_MARKER.matcher(content.substring(t, j)).matches() && isClauseStart(content, t)) return t;
        return i;
    }

    private static String token(String content, int i) {
        return content.substring(i, wordEnd(content, i, content.length()));
    }

    /** The start of the word holding offset {@code i} (not before {@code min}). */
    static int wordStart(String s, int i, int min) {
        i = Math.min(i, s.length());
        while (i > min && !Character.isWhitespace(s.charAt(i - 1))) i--;
        return i;
    }

    /** The end of the word holding offset {@code i} (not after {@code max}). */
    static int wordEnd(String s, int i, int max) {
        while (i < max && !Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int nextLine(String content, int offset, int max) {
        int i = offset;
        while (i < max && content.charAt(i) != '\n' && content.charAt(i) != '\f') i++;
        return Math.min(max, i + 1);
    }

    /**
     * The highlighter's passages with the ones that touch (only spaces or line breaks between them, the break
     * iterator having cut a paragraph at a line) joined into one, so that a phrase over the cut is one run.
     */
    static List<MatchedPassage> joined(String content, Passage[] passages) {
        Passage[] sorted = passages.clone();
        Arrays.sort(sorted, Comparator.comparingInt(Passage::getStartOffset));
        List<MatchedPassage> out = new ArrayList<>(sorted.length);
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && blank(content, sorted[j].getEndOffset(), sorted[j + 1].getStartOffset())) j++;
            int n = 0;
            for (int k = i; k <= j; k++) n += sorted[k].getNumMatches();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int m = 0;
            for (int k = i; k <= j; k++) {
                int count = sorted[k].getNumMatches();
                System.arraycopy(sorted[k].getMatchStarts(), 0, starts, m, count);
                System.arraycopy(sorted[k].getMatchEnds(), 0, ends, m, count);
                m += count;
            }
            out.add(new MatchedPassage(content, sorted[i].getStartOffset(), sorted[j].getEndOffset(), starts, ends, n));
            i = j + 1;
        }
        return out;
    }

    /** Whether only spaces and line breaks (no page break) stand between the two offsets. */
    static boolean blank(String content, int from, int to) {
        if (from > to) return false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (c == '\f' || !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** Overlapping matches (the same words found through several fields) merged, in offset order. */
    static int[][] merged(int[] starts, int[] ends, int n) {
        int[][] spans = new int[n][];
        for (int i = 0; i < n; i++) spans[i] = new int[] {starts[i], ends[i]};
        Arrays.sort(spans, Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
            else out.add(new int[] {s[0], s[1]});
        }
        return out.toArray(new int[0][]);
    }

    /** Matches separated only by spaces (or a wrapped line's break, not punctuation) joined into runs. */
    static List<Run> runs(String content, int[][] spans) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < spans.length) {
            int s = spans[i][0];
            int e = spans[i][1];
            int j = i + 1;
            while (j < spans.length && adjacent(content, e, spans[j][0])) e = spans[j++][1];
            out.add(new Run(s, e, wordCount(content, s, e)));
            i = j;
        }
        return out;
    }

    /**
     * Whether two matches stand next to each other: only spaces or a hyphen between them, or the line break of a
     * wrapped line (OCR text keeps the scan's line breaks), told by the next word starting in lower case.
     */
    static boolean adjacent(String content, int from, int to) {
        if (to < from) return true;
        if (to - from > 4) return false;
        boolean lineBreak = false;
        for (int k = from; k < to; k++) {
            char c = content.charAt(k);
            if (c == '\n' && !lineBreak) {
                lineBreak = true;
            } else if (c != ' ' && c != '\u00a0' && c != '\t' && c != '-' && c != '\r') {
                return false;
            }
        }
        return !lineBreak || (to < content.length() && Character.isLowerCase(content.charAt(to)));
    }

    private static int wordCount(String content, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int k = from; k < to; k++) {
            boolean letter = Character.isLetterOrDigit(content.charAt(k));
            if (letter && !in) n++;
            in = letter;
        }
        return Math.max(n, 1);
    }

    /** Whether the offset is in boilerplate: a legal-basis clause or a header line ({@link #isHeaderLine}). */
    static boolean isBoilerplate(String content, int offset) {
        return isLegalBasisLine(content, offset) || isHeaderLine(content, offset);
    }

    private static final java.util.regex.Pattern NUMBER_LINE =
            java.util.regex.Pattern.compile("(?iu)^s[ốô]\\s*:?\\s*\\d.*");
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "^[^,;:]{1,40},\\s*\\S+\\s+\\d{1,2}\\s+\\S+\\s+\\d{1,2}\\s+\\S+\\s+\\d{4}\\.?$");
    private static final List<String> ISSUER_STARTS = List.of("ubnd ", "uy ban nhan dan ", "hdnd ",
            "hoi dong nhan dan ", "tm ", "kt ");
    private static final List<String> UNIT_STARTS = List.of("tinh ", "thanh pho ", "quan ", "huyen ", "thi xa ",
            "thi tran ", "xa ", "phuong ");

    /**
     * Whether the line holding the offset is a document header line: the national name or motto ("CỘNG HÒA XÃ
     * HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), the number ("Số: 08/KH-UBND"), the place and date
     * ("Thượng Hồng, ngày 09 tháng 01 năm 2026"), or an issuer in capitals ("UBND XÃ THƯỢNG HỒNG", "TỈNH BÌNH
     * PHƯỚC", "TM. ỦY BAN NHÂN DÂN"). Accents and case are ignored where the line's form allows.
     */
    static boolean isHeaderLine(String content, int offset) {
        int from = lineStart(content, offset);
        int to = from;
        while (to < content.length() && content.charAt(to) != '\n' && content.charAt(to) != '\f') to++;
        String line = content.substring(from, to).strip();
        if (line.isEmpty()) return false;
        String folded = IndexSchema.fold(line) + " ";
        if (folded.contains("cong hoa xa hoi chu nghia") || folded.contains("doc lap tu do hanh phuc")) return true;
        if (NUMBER_LINE.matcher(line).matches()) return true;
        if (DATE_LINE.matcher(line).matches() && folded.contains(" ngay ") && folded.contains(" thang ")) return true;
        boolean capitals = line.equals(line.toUpperCase(java.util.Locale.ROOT)) && line.split("\\s+").length <= 8;
        if (!capitals) return false;
        return ISSUER_STARTS.stream().anyMatch(folded::startsWith) || UNIT_STARTS.stream().anyMatch(folded::startsWith);
    }

    /** Lines a legal-basis clause may wrap over before its "Căn cứ" is no longer looked for. */
    private static final int MAX_CLAUSE_LINES = 6;

    /**
     * Whether the offset is inside a legal-basis clause: its line starts with "Căn cứ" (accents and case ignored),
     * or continues, without a clause end (";", ".", ":") at the end of the line before, a clause that does.
     */
    static boolean isLegalBasisLine(String content, int offset) {
        int lineStart = lineStart(content, offset);
        for (int lines = 0; lines < MAX_CLAUSE_LINES; lines++) {
            if (startsLegalBasis(content, lineStart)) return true;
            if (lineStart == 0 || content.charAt(lineStart - 1) != '\n') return false;
            String before = content.substring(lineStart(content, lineStart - 1), lineStart - 1).strip();
            if (before.isEmpty() || ";.:".indexOf(before.charAt(before.length() - 1)) >= 0) return false;
            lineStart = lineStart(content, lineStart - 1);
        }
        return false;
    }

    /** Whether the line starting here starts with "Căn cứ". */
    static boolean startsLegalBasis(String content, int lineStart) {
        String head = content.substring(lineStart, Math.min(content.length(), lineStart + 16)).strip();
        String folded = IndexSchema.fold(head);
        return folded.equals("can cu") || folded.startsWith("can cu ");
    }

    /** The start of the line holding this offset (after a line break or page break). */
    static int lineStart(String content, int offset) {
        int i = Math.min(offset, content.length());
        while (i > 0 && content.charAt(i - 1) != '\n' && content.charAt(i - 1) != '\f') i--;
        return i;
    }

    /** Characters of the narrowest stretch of matched words that holds every distinct word once. */
    private static int window(List<String> words, List<int[]> spans, int distinct) {
        if (words.isEmpty()) return Integer.MAX_VALUE;
        int best = Integer.MAX_VALUE;
        int n = Math.min(words.size(), 64);
        for (int i = 0; i < n; i++) {
            Set<String> seen = new HashSet<>();
            for (int j = i; j < n; j++) {
                seen.add(words.get(j));
                if (seen.size() == distinct) {
                    best = Math.min(best, spans.get(j)[1] - spans.get(i)[0]);
                    break;
                }
            }
        }
        return best;
    }
}
