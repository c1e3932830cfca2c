package org.vanban.pdfa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts the repaired text of a page back onto the recogniser's word boxes.
 *
 * <p>The repaired page text is cut into whitespace tokens and aligned with the OCR words of the page
 * (flattened in reading order) by an edit distance over tokens whose substitution cost is the
 * normalised letter edit distance of the accent-folded forms, so {@code tiep} lines up with
 * {@code tiếp} and {@code 13} with {@code là} (a substitution never costs more than one drop plus one
 * insertion). Besides one-to-one steps it allows:
 * <ul>
 *   <li>a <b>split</b>: one OCR word becomes two or three repaired tokens ({@code tiếptục} → {@code tiếp tục});
 *       the box is shared among them in proportion to their letters;</li>
 *   <li>a <b>merge</b>: two or three OCR words of one line become one token ({@code tr ường} → {@code trường});
 *       the token gets the union of their boxes;</li>
 *   <li>a <b>drop</b>: an OCR word the repair removed (speckle read as {@code |}); its box is not used;</li>
 *   <li>an <b>insertion</b>: a repaired token with no OCR word; it shares the box of the word before it
 *       (or after it, at the start of the page).</li>
 * </ul>
 * The search is limited to a band around the diagonal, so a page costs O(words × band).
 */
public final class WordAligner {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final double GROUP_PENALTY = 0.15;
    private static final double DROP = 1.0;
    private static final double INSERT = 1.0;
    private static final int MAX_GROUP = 3;

    private static final byte SUB = 1, DEL = 2, INS = 3, SPLIT2 = 4, SPLIT3 = 5, MERGE2 = 6, MERGE3 = 7;

    /** Repaired text over OCR lines; returns the lines that carry at least one repaired word. */
    public List<TextLine> align(List<TextLine> ocrLines, String repairedText) {
        List<WordBox> ocr = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int l = 0; l < ocrLines.size(); l++) {
            for (WordBox w : ocrLines.get(l).words()) {
                ocr.add(w);
                lineOf.add(l);
            }
        }
        List<String> rep = tokens(repairedText);
        if (ocr.isEmpty() || rep.isEmpty()) return List.of();
        List<Step> steps = search(ocr, lineOf, rep);
        return place(ocr, lineOf, rep, steps, ocrLines.size());
    }

    /** Whitespace tokens of a text, NFC. */
    static List<String> tokens(String text) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (t.isEmpty()) return List.of();
        return List.of(SPACE.split(t));
    }

    /** One step of the alignment: OCR words [o0, o1) carry repaired tokens [r0, r1). */
    record Step(int o0, int o1, int r0, int r1) { }

    private List<Step> search(List<WordBox> ocr, List<Integer> lineOf, List<String> rep) {
        int n = ocr.size(), m = rep.size();
        String[] of = new String[n];
        String[] rf = new String[m];
        for (int i = 0; i < n; i++) of[i] = fold(ocr.get(i).text());
        for (int j = 0; j < m; j++) rf[j] = fold(rep.get(j));
        // the joined forms a split or merge compares, made once: [k - 2][start]
        String[][] rj = new String[MAX_GROUP - 1][], oj = new String[MAX_GROUP - 1][];
        for (int k = 2; k <= MAX_GROUP; k++) {
            rj[k - 2] = new String[Math.max(0, m - k + 1)];
            for (int j = 0; j + k <= m; j++) rj[k - 2][j] = join(rf, j, j + k);
            oj[k - 2] = new String[Math.max(0, n - k + 1)];
            for (int i = 0; i + k <= n; i++) oj[k - 2][i] = join(of, i, i + k);
        }
        int band = Math.max(40, (int) (0.2 * Math.max(n, m))) + Math.abs(n - m);
        double[][] cost = new double[n + 1][m + 1];
        byte[][] back = new byte[n + 1][m + 1];
        for (double[] row : cost) Arrays.fill(row, Double.POSITIVE_INFINITY);
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            int centre = (int) ((long) i * m / n);
            int jFrom = Math.max(0, centre - band), jTo = Math.min(m, centre + band);
            for (int j = jFrom; j <= jTo; j++) {
                double c = cost[i][j];
                if (c == Double.POSITIVE_INFINITY) continue;
                if (i < n) relax(cost, back, i + 1, j, c + DROP, DEL);
                if (j < m) relax(cost, back, i, j + 1, c + INSERT, INS);
                if (i < n && j < m) relax(cost, back, i + 1, j + 1, c + letterDistance(of[i], rf[j]), SUB);
                for (int k = 2; k <= MAX_GROUP; k++) {
                    if (i < n && j + k <= m) {
                        relax(cost, back, i + 1, j + k, c + letterDistance(of[i], rj[k - 2][j])
                                + GROUP_PENALTY * (k - 1), k == 2 ? SPLIT2 : SPLIT3);
                    }
                    if (i + k <= n && j < m && lineOf.get(i).equals(lineOf.get(i + k - 1))) {
                        relax(cost, back, i + k, j + 1, c + letterDistance(oj[k - 2][i], rf[j])
                                + GROUP_PENALTY * (k - 1), k == 2 ? MERGE2 : MERGE3);
                    }
                }
            }
        }
        if (cost[n][m] == Double.POSITIVE_INFINITY) {
            throw new IllegalStateException("no alignment within the band (" + n + " OCR words, " + m + " tokens)");
        }
        List<Step> steps = new ArrayList<>();
        int i = n, j = m;
        while (i > 0 || j > 0) {
            byte b = back[i][j];
            int di = switch (b) { case SUB, DEL, SPLIT2, SPLIT3 -> 1; case MERGE2 -> 2; case MERGE3 -> 3; default -> 0; };
            int dj = switch (b) { case SUB, INS, MERGE2, MERGE3 -> 1; case SPLIT2 -> 2; case SPLIT3 -> 3; default -> 0; };
            if (di == 0 && dj == 0) throw new IllegalStateException("broken alignment trace at " + i + "," + j);
            steps.add(new Step(i - di, i, j - dj, j));
            i -= di;
            j -= dj;
        }
        java.util.Collections.reverse(steps);
        return steps;
    }

    private static void relax(double[][] cost, byte[][] back, int i, int j, double c, byte how) {
        if (c < cost[i][j]) {
            cost[i][j] = c;
            back[i][j] = how;
        }
    }

    private static List<TextLine> place(List<WordBox> ocr, List<Integer> lineOf, List<String> rep, List<Step> steps,
                                        int lineCount) {
        // attach insertions to the step before them (or the first step with OCR words, at the start)
        List<int[]> groups = new ArrayList<>(); // {o0, o1, r0, r1}
        List<Integer> pendingStart = new ArrayList<>();
        for (Step s : steps) {
            boolean hasOcr = s.o1() > s.o0(), hasRep = s.r1() > s.r0();
            if (hasOcr && hasRep) {
                int[] g = {s.o0(), s.o1(), s.r0(), s.r1()};
                if (!pendingStart.isEmpty()) g[2] = pendingStart.get(0);
                pendingStart.clear();
                groups.add(g);
            } else if (hasRep) {
                if (!groups.isEmpty() && groups.get(groups.size() - 1)[3] == s.r0()) {
                    groups.get(groups.size() - 1)[3] = s.r1();
                } else if (pendingStart.isEmpty()) {
                    pendingStart.add(s.r0());
                }
            }
        }
        List<List<WordBox>> lines = new ArrayList<>();
        for (int l = 0; l < lineCount; l++) lines.add(new ArrayList<>());
        if (groups.isEmpty()) return List.of(); // nothing matched: every OCR word was dropped
        if (!pendingStart.isEmpty()) groups.get(groups.size() - 1)[3] = rep.size();
        for (int[] g : groups) {
            List<String> parts = rep.subList(g[2], g[3]);
            int line = lineOf.get(g[0]);
            List<WordBox> boxes = new ArrayList<>();
            for (int o = g[0]; o < g[1]; o++) if (lineOf.get(o) == line) boxes.add(ocr.get(o));
            WordBox box = boxes.size() == 1 ? boxes.get(0) : WordBox.union(String.join("", parts), boxes);
            lines.get(line).addAll(box.split(parts));
        }
        List<TextLine> out = new ArrayList<>();
        for (List<WordBox> l : lines) if (!l.isEmpty()) out.add(new TextLine(l));
        return out;
    }

    private static String join(String[] a, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(a[k]);
        return sb.toString();
    }

    /** Lower case, without diacritics, đ as d: what OCR with a wrong model and the repair agree on. */
    static String fold(String s) {
        return org.vanban.vi.Fold.strip(s).toLowerCase(Locale.ROOT);
    }

    /** Letter edit distance divided by the longer length: 0 for equal, 1 for nothing in common. */
    static double distance(String a, String b) {
        return new WordAligner().letterDistance(a, b);
    }

    /** Rows of {@link #letterDistance}, kept between calls (an aligner serves one thread). */
    private int[] prevRow = new int[32], curRow = new int[32];

    private double letterDistance(String a, String b) {
        int la = a.length(), lb = b.length();
        if (la == 0 && lb == 0) return 0;
        if (la == 0 || lb == 0) return 1;
        if (a.equals(b)) return 0;
        if (prevRow.length <= lb) {
            prevRow = new int[2 * lb + 1];
            curRow = new int[2 * lb + 1];
        }
        int[] prev = prevRow, cur = curRow;
        for (int j = 0; j <= lb; j++) prev[j] = j;
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        prevRow = prev;
        curRow = cur;
        return (double) prev[lb] / Math.max(la, lb);
    }
}
