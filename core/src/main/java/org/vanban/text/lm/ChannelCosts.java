package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ChannelTable} compiled into arrays for the weighted edit distance between an OCR string and a folded
 * syllable, and the cheapest alignment behind it (for counting confusions while training). Immutable.
 */
final class ChannelCosts {

    /** One step of an alignment: OCR chars {@code observed} read for intended chars {@code intended}. */
    record Step(String observed, String intended, double cost) {
        boolean isMatch() {
            return observed.equals(intended);
        }
    }

    private static final int A = 128;

    private final ChannelTable table;
    private final double[] sub = new double[A * A];
    private final double[] ins = new double[A];
    private final double[] del = new double[A];
    /** Two-for-one by OCR pair (o1 * 128 + o2): intended chars and costs. */
    private final char[][] twoTarget = new char[A * A][];
    private final double[][] twoCost = new double[A * A][];
    /** One-for-two by OCR char: intended pairs (t1, t2 interleaved) and costs. */
    private final char[][] oneTarget = new char[A][];
    private final double[][] oneCost = new double[A][];
    private final Map<String, Double> wideTwo = new HashMap<>();
    private final Map<String, Double> wideOne = new HashMap<>();

    /**
     * Every cost of the table is >= 0, so a cell of the edit-distance table is never below the cells it is reached
     * from: once two neighbouring columns exceed a cut-off, so does every syllable that extends that prefix
     * ({@link Prefixes#deadPrefix}).
     */
    private final boolean nonNegative;

    ChannelCosts(ChannelTable table) {
        this.table = table;
        this.nonNegative = nonNegative(table);
        Arrays.fill(sub, table.defaultSub());
        for (int c = 0; c < A; c++) {
            if (OcrChannel.isLetterSymbol((char) c)) {
                Arrays.fill(sub, c * A, c * A + A, unseenSymbolSub(table));
            }
        }
        for (int c = 0; c < A; c++) {
            sub[c * A + c] = 0;
            ins[c] = table.ins((char) c);
            del[c] = table.del((char) c);
        }
        table.substitutions().forEach((k, v) -> {
            if (k.charAt(0) < A && k.charAt(1) < A) {
                sub[k.charAt(0) * A + k.charAt(1)] = v;
            }
        });
        Map<Integer, List<Map.Entry<String, Double>>> twos = new HashMap<>();
        table.twoForOne().forEach((k, v) -> {
            if (k.charAt(0) < A && k.charAt(1) < A) {
                twos.computeIfAbsent(k.charAt(0) * A + k.charAt(1), x -> new ArrayList<>()).add(Map.entry(k, v));
            } else {
                wideTwo.put(k, v);
            }
        });
        twos.forEach((idx, list) -> {
            twoTarget[idx] = new char[list.size()];
            twoCost[idx] = new double[list.size()];
            for (int i = 0; i < list.size(); i++) {
                twoTarget[idx][i] = list.get(i).getKey().charAt(2);
                twoCost[idx][i] = list.get(i).getValue();
            }
        });
        Map<Integer, List<Map.Entry<String, Double>>> ones = new HashMap<>();
        table.oneForTwo().forEach((k, v) -> {
            if (k.charAt(0) < A) {
                ones.computeIfAbsent((int) k.charAt(0), x -> new ArrayList<>()).add(Map.entry(k, v));
            } else {
                wideOne.put(k, v);
            }
        });
        ones.forEach((idx, list) -> {
            oneTarget[idx] = new char[2 * list.size()];
            oneCost[idx] = new double[list.size()];
            for (int i = 0; i < list.size(); i++) {
                oneTarget[idx][2 * i] = list.get(i).getKey().charAt(1);
                oneTarget[idx][2 * i + 1] = list.get(i).getKey().charAt(2);
                oneCost[idx][i] = list.get(i).getValue();
            }
        });
    }

    ChannelTable table() {
        return table;
    }

    private static boolean nonNegative(ChannelTable t) {
        double min = Math.min(Math.min(t.defaultSub(), t.defaultIns()), Math.min(t.defaultDel(), UNSEEN_SYMBOL_SUB));
        for (Map<?, Double> m : List.of(t.substitutions(), t.twoForOne(), t.oneForTwo(), t.insertions(), t.deletions())) {
            for (double v : m.values()) {
                min = Math.min(min, v);
            }
        }
        return min >= 0;
    }

    double maxCost() {
        return table.maxCost();
    }

    private double subCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (a < A && b < A) {
            return sub[a * A + b];
        }
        Double listed = table.substitutions().get(String.valueOf(new char[] {a, b}));
        return listed != null ? listed : OcrChannel.isLetterSymbol(a) ? unseenSymbolSub(table) : table.defaultSub();
    }

    /**
     * Cost of reading a symbol inside a word ({@code ¢ & @ ©}) as a letter the training pairs never showed it for.
     * A symbol inside a word is never a correct read, so unlike an unseen letter-for-letter confusion (whose
     * alternative is the letter read right) it stands for some letter: every letter costs the same, well below the
     * default substitution, and the language model chooses. Learned entries ({@code sub ¢ o}) take precedence.
     */
    static final double UNSEEN_SYMBOL_SUB = 1.8;

    private static double unseenSymbolSub(ChannelTable table) {
        return Math.min(UNSEEN_SYMBOL_SUB, table.defaultSub());
    }

    private double insCost(char a) {
        return a < A ? ins[a] : table.ins(a);
    }

    private double delCost(char b) {
        return b < A ? del[b] : table.del(b);
    }

    /** Weighted edit distance from OCR string {@code s} to folded syllable {@code k}. */
    double distance(String s, String k) {
        return new Prefixes(s, k.length()).distance(k);
    }

    /**
     * The distances from one OCR string to many folded syllables given in sorted order, each the same value as
     * {@link #distance}: the table is filled column by column (one column per syllable char), so a syllable that
     * shares its first chars with the one before reuses their columns. Not thread-safe; one per search.
     */
    final class Prefixes {
        private final char[] s;
        private final double[] insS;
        private final double[][] col;
        private final char[] key;
        private int keyLen;
        /** colMin[j]: the least cell of column j. */
        private final double[] colMin;

        /** @param maxKeyLength longest syllable that will be asked for */
        Prefixes(String ocr, int maxKeyLength) {
            s = ocr.toCharArray();
            insS = new double[s.length + 1];
            for (int i = 1; i <= s.length; i++) {
                insS[i] = insCost(s[i - 1]);
            }
            col = new double[maxKeyLength + 1][s.length + 1];
            key = new char[maxKeyLength];
            colMin = new double[maxKeyLength + 1];
            double[] c0 = col[0];
            c0[0] = 0;
            double min = 0;
            for (int i = 1; i <= s.length; i++) {
                c0[i] = Math.min(Double.MAX_VALUE, c0[i - 1] + insS[i]);
                min = Math.min(min, c0[i]);
            }
            colMin[0] = min;
        }

        /**
         * After {@link #distance}: the length of the shortest prefix of the last syllable asked for whose every
         * extension (the syllable itself included) is further than {@code limit} from the OCR string, or -1 (also
         * when some cost of the table is negative). A path through the table reaches column j + 1 only from column j
         * or, by a one-for-two read, from column j - 1: when both exceed the limit, everything right of them does.
         */
        int deadPrefix(double limit) {
            if (!nonNegative) {
                return -1;
            }
            for (int j = 1; j <= keyLen; j++) {
                if (colMin[j - 1] > limit && colMin[j] > limit) {
                    return j;
                }
            }
            return -1;
        }

        /** Weighted edit distance from the OCR string to {@code k} (at most maxKeyLength chars). */
        double distance(String k) {
            int m = k.length();
            int p = 0;
            int limit = Math.min(m, keyLen);
            while (p < limit && key[p] == k.charAt(p)) {
                p++;
            }
            for (int j = p + 1; j <= m; j++) {
                char kj = k.charAt(j - 1);
                key[j - 1] = kj;
                double[] c = col[j];
                double[] left = col[j - 1];
                double[] left2 = j > 1 ? col[j - 2] : null;
                char kj2 = j > 1 ? key[j - 2] : 0;
                double dk = delCost(kj);
                double min = Double.MAX_VALUE;
                for (int i = 0; i <= s.length; i++) {
                    double best = Double.MAX_VALUE;
                    if (i > 0) {
                        best = Math.min(best, c[i - 1] + insS[i]);
                    }
                    best = Math.min(best, left[i] + dk);
                    if (i > 0) {
                        best = Math.min(best, left[i - 1] + subCost(s[i - 1], kj));
                    }
                    if (i > 1) {
                        best = Math.min(best, left[i - 2] + two(s[i - 2], s[i - 1], kj));
                    }
                    if (i > 0 && j > 1) {
                        best = Math.min(best, left2[i - 1] + one(s[i - 1], kj2, kj));
                    }
                    c[i] = best;
                    min = Math.min(min, best);
                }
                colMin[j] = min;
            }
            keyLen = m;
            return col[m][s.length];
        }

        /** After {@link #distance}: the distance from the first i OCR chars to the first j chars of the syllable. */
        double at(int i, int j) {
            return col[j][i];
        }
    }

    private double two(char a0, char a1, char b) {
        if (a0 < A && a1 < A) {
            char[] t = twoTarget[a0 * A + a1];
            if (t == null) {
                return Double.MAX_VALUE;
            }
            double best = Double.MAX_VALUE;
            for (int x = 0; x < t.length; x++) {
                if (t[x] == b) {
                    best = Math.min(best, twoCost[a0 * A + a1][x]);
                }
            }
            return best;
        }
        return wideTwo.getOrDefault(String.valueOf(new char[] {a0, a1, b}), Double.MAX_VALUE);
    }

    private double one(char a, char b0, char b1) {
        if (a < A) {
            char[] t = oneTarget[a];
            if (t == null) {
                return Double.MAX_VALUE;
            }
            for (int x = 0; x < oneCost[a].length; x++) {
                if (t[2 * x] == b0 && t[2 * x + 1] == b1) {
                    return oneCost[a][x];
                }
            }
            return Double.MAX_VALUE;
        }
        return wideOne.getOrDefault(String.valueOf(new char[] {a, b0, b1}), Double.MAX_VALUE);
    }

    /**
     * The cheapest alignment of OCR string {@code s} with folded syllable {@code k}, as steps in order
     * (matches included). Ties prefer substitution, then two-for-one, one-for-two, insertion, deletion.
     */
    List<Step> align(String s, String k) {
        int n = s.length();
        int m = k.length();
        Prefixes d = new Prefixes(s, m);
        d.distance(k);
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        final double eps = 1e-9;
        while (i > 0 || j > 0) {
            double here = d.at(i, j);
            if (i > 0 && j > 0 && Math.abs(d.at(i - 1, j - 1) + subCost(s.charAt(i - 1), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), k.substring(j - 1, j), here - d.at(i - 1, j - 1)));
                i--;
                j--;
            } else if (i > 1 && j > 0
                    && Math.abs(d.at(i - 2, j - 1) + two(s.charAt(i - 2), s.charAt(i - 1), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 2, i), k.substring(j - 1, j), here - d.at(i - 2, j - 1)));
                i -= 2;
                j--;
            } else if (i > 0 && j > 1
                    && Math.abs(d.at(i - 1, j - 2) + one(s.charAt(i - 1), k.charAt(j - 2), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), k.substring(j - 2, j), here - d.at(i - 1, j - 2)));
                i--;
                j -= 2;
            } else if (i > 0 && Math.abs(d.at(i - 1, j) + insCost(s.charAt(i - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), "", here - d.at(i - 1, j)));
                i--;
            } else {
                steps.add(new Step("", k.substring(j - 1, j), here - d.at(i, j - 1)));
                j--;
            }
        }
        java.util.Collections.reverse(steps);
        return steps;
    }
}
