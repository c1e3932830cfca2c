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

    ChannelCosts(ChannelTable table) {
        this.table = table;
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

    /** Weighted edit distance from OCR string {@code s} to folded syllable {@code k}; {@code d} is scratch space. */
    double distance(String s, String k, double[][] d) {
        fill(s, k, d);
        return d[s.length()][k.length()];
    }

    double distance(String s, String k) {
        return distance(s, k, new double[s.length() + 1][k.length() + 1]);
    }

    private void fill(String s, String k, double[][] d) {
        int n = s.length();
        int m = k.length();
        d[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                if (i > 0) {
                    best = Math.min(best, d[i - 1][j] + insCost(s.charAt(i - 1)));
                }
                if (j > 0) {
                    best = Math.min(best, d[i][j - 1] + delCost(k.charAt(j - 1)));
                }
                if (i > 0 && j > 0) {
                    best = Math.min(best, d[i - 1][j - 1] + subCost(s.charAt(i - 1), k.charAt(j - 1)));
                }
                if (i > 1 && j > 0) {
                    best = Math.min(best, d[i - 2][j - 1] + two(s.charAt(i - 2), s.charAt(i - 1), k.charAt(j - 1)));
                }
                if (i > 0 && j > 1) {
                    best = Math.min(best, d[i - 1][j - 2] + one(s.charAt(i - 1), k.charAt(j - 2), k.charAt(j - 1)));
                }
                d[i][j] = best;
            }
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
        double[][] d = new double[n + 1][m + 1];
        fill(s, k, d);
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        final double eps = 1e-9;
        while (i > 0 || j > 0) {
            double here = d[i][j];
            if (i > 0 && j > 0 && Math.abs(d[i - 1][j - 1] + subCost(s.charAt(i - 1), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), k.substring(j - 1, j), here - d[i - 1][j - 1]));
                i--;
                j--;
            } else if (i > 1 && j > 0
                    && Math.abs(d[i - 2][j - 1] + two(s.charAt(i - 2), s.charAt(i - 1), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 2, i), k.substring(j - 1, j), here - d[i - 2][j - 1]));
                i -= 2;
                j--;
            } else if (i > 0 && j > 1
                    && Math.abs(d[i - 1][j - 2] + one(s.charAt(i - 1), k.charAt(j - 2), k.charAt(j - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), k.substring(j - 2, j), here - d[i - 1][j - 2]));
                i--;
                j -= 2;
            } else if (i > 0 && Math.abs(d[i - 1][j] + insCost(s.charAt(i - 1)) - here) < eps) {
                steps.add(new Step(s.substring(i - 1, i), "", here - d[i - 1][j]));
                i--;
            } else {
                steps.add(new Step("", k.substring(j - 1, j), here - d[i][j - 1]));
                j--;
            }
        }
        java.util.Collections.reverse(steps);
        return steps;
    }
}
