package org.vanban.text.lm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vanban.vi.Fold;

/**
 * Aligns an OCR line with the line that was rendered, token by token: each intended token (syllable or number)
 * is paired with what the OCR model read for it, which may be one token ({@code cuwong} for {@code cường}), two
 * tokens (a split: {@code Bi nh} for {@code Bình}), part of one token (a merge: {@code nhândân} for
 * {@code nhân dân}) or nothing; extra OCR tokens are listed too. Tokens are cut exactly as the OCR repair sees
 * them ({@link SyllableTokenizer}, letter-digit runs glued as in OCR mode); punctuation is left out. The cost
 * of pairing two tokens is their plain edit distance in the folded space of the channel over the longer length
 * (a lost or extra token costs 1); a split or merge costs twice that of the joined tokens plus {@link #JOIN_COST}. Stateless.
 */
public final class OcrAligner {

    /** How an intended token was read. */
    public enum Kind {
        /** One intended token, one OCR token (possibly damaged). */
        ONE,
        /** One intended token read as two OCR tokens ({@code observed} holds both, space-separated). */
        SPLIT,
        /** Two intended tokens ({@code intended} holds both, space-separated) read as one OCR token. */
        MERGE,
        /** An intended token with no OCR token. */
        MISSING,
        /** An OCR token with no intended token. */
        EXTRA
    }

    /**
     * One aligned piece: the intended text (original case and accents), what was read, and how.
     *
     * @param intended intended token(s), empty for {@link Kind#EXTRA}
     * @param observed OCR token(s), empty for {@link Kind#MISSING}
     * @param kind     how they correspond
     */
    public record Piece(String intended, String observed, Kind kind) {
    }

    /** Extra cost of a split or a merge over twice the edit distance of the joined tokens. */
    static final double JOIN_COST = 0.3;

    private OcrAligner() {
    }

    /** The tokens of a line the channel may see: words and numbers, OCR mode gluing, NFC. */
    static List<String> tokens(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        List<SyllableTokenizer.Token> tokens = LineTokens.mergeMixedRuns(SyllableTokenizer.tokenize(text), text);
        List<String> out = new ArrayList<>(tokens.size());
        for (SyllableTokenizer.Token t : tokens) {
            if (t.kind() == SyllableTokenizer.Kind.WORD || t.kind() == SyllableTokenizer.Kind.NUMBER) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The folded form a token has in the channel: lower case, no accents, {@code € ¥ ¢} mapped to letters. */
    static String fold(String token) {
        return OcrChannel.mapSymbols(Fold.lower(token));
    }

    /** Aligns the tokens of an intended (true) line with those of its OCR reading. */
    public static List<Piece> align(String intendedLine, String observedLine) {
        if (intendedLine == null || observedLine == null) {
            throw new IllegalArgumentException("both lines are needed to align");
        }
        List<String> t = tokens(intendedLine);
        List<String> o = tokens(observedLine);
        String[] tk = t.stream().map(OcrAligner::fold).toArray(String[]::new);
        String[] ok = o.stream().map(OcrAligner::fold).toArray(String[]::new);
        int n = tk.length;
        int m = ok.length;
        double[][] d = new double[n + 1][m + 1];
        int[][] how = new int[n + 1][m + 1]; // 1 one, 2 split, 3 merge, 4 missing, 5 extra
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                int move = 0;
                if (i > 0 && j > 0) {
                    double c = d[i - 1][j - 1] + pairCost(tk[i - 1], ok[j - 1]);
                    if (c < best) {
                        best = c;
                        move = 1;
                    }
                }
                if (i > 0 && j > 1) {
                    double c = d[i - 1][j - 2] + 2 * pairCost(tk[i - 1], ok[j - 2] + ok[j - 1]) + JOIN_COST;
                    if (c < best) {
                        best = c;
                        move = 2;
                    }
                }
                if (i > 1 && j > 0) {
                    double c = d[i - 2][j - 1] + 2 * pairCost(tk[i - 2] + tk[i - 1], ok[j - 1]) + JOIN_COST;
                    if (c < best) {
                        best = c;
                        move = 3;
                    }
                }
                if (i > 0 && d[i - 1][j] + 1 < best) {
                    best = d[i - 1][j] + 1;
                    move = 4;
                }
                if (j > 0 && d[i][j - 1] + 1 < best) {
                    best = d[i][j - 1] + 1;
                    move = 5;
                }
                d[i][j] = best;
                how[i][j] = move;
            }
        }
        List<Piece> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (how[i][j]) {
                case 1 -> {
                    out.add(new Piece(t.get(i - 1), o.get(j - 1), Kind.ONE));
                    i--;
                    j--;
                }
                case 2 -> {
                    out.add(new Piece(t.get(i - 1), o.get(j - 2) + " " + o.get(j - 1), Kind.SPLIT));
                    i--;
                    j -= 2;
                }
                case 3 -> {
                    out.add(new Piece(t.get(i - 2) + " " + t.get(i - 1), o.get(j - 1), Kind.MERGE));
                    i -= 2;
                    j--;
                }
                case 4 -> {
                    out.add(new Piece(t.get(i - 1), "", Kind.MISSING));
                    i--;
                }
                default -> {
                    out.add(new Piece("", o.get(j - 1), Kind.EXTRA));
                    j--;
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Edit distance of two folded tokens over the longer length (0 same, 1 nothing in common). */
    static double pairCost(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 0 : levenshtein(a, b) / (double) max;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + c);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
