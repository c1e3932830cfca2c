package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-seeded OCR confusion channel for text read by an English OCR model: it proposes Vietnamese
 * syllables for a damaged token ({@code s6 -> số}, {@code d6i -> đối}, {@code 1am -> làm}, {@code Pinh -> Định},
 * {@code cuwong -> cường}, {@code chirc -> chức}, {@code viéc -> việc}) with a cost in log10 units, from a
 * weighted edit distance between the token (lower-cased, accents folded, digits kept) and the folded syllables of
 * the inventory. Known confusions (digit for letter, {@code P/B} for {@code Đ}, {@code ir} for {@code ư},
 * {@code uw} for {@code ư} ...) are cheap; other edits are expensive, so the language model must strongly prefer a
 * candidate before it replaces the token. Immutable and thread-safe.
 */
public final class OcrChannel {

    /**
     * One proposed syllable.
     *
     * @param id   model id
     * @param form lower-case accented syllable
     * @param cost channel cost, log10 units (0 = no edit besides accents)
     */
    public record Candidate(int id, String form, double cost) {
    }

    static final double DEFAULT_SUB = 2.5;
    static final double INDEL = 1.8;
    /** Candidates costing more than this are not proposed. */
    static final double MAX_COST = 3.0;

    private static final double[][] SUB = new double[128][128];
    private static final Map<String, Double> TWO_TO_ONE_MAP = new HashMap<>();
    private static final char[][] TWO_TO_ONE;
    private static final double[] TWO_TO_ONE_COST;

    static {
        for (double[] row : SUB) {
            java.util.Arrays.fill(row, DEFAULT_SUB);
        }
        // digit read for a letter (the letter is given folded: 6 stands for ô/ố/ồ/ổ/ộ/ơ ...)
        sub('6', "o", 0.5);
        sub('0', "o", 0.8);
        sub('1', "l", 0.5);
        sub('1', "i", 0.8);
        sub('3', "a", 0.8);
        sub('4', "a", 1.0);
        sub('5', "s", 0.9);
        sub('8', "b", 1.2);
        sub('9', "g", 1.2);
        sub('7', "t", 1.2);
        // letters for Đ and other look-alikes
        sub('p', "d", 0.8);
        sub('b', "d", 0.8);
        sub('l', "i", 0.9);
        sub('i', "l", 0.9);
        sub('i', "a", 1.2);
        sub('e', "a", 1.3);
        sub('c', "e", 1.2);
        sub('e', "c", 1.2);
        sub('n', "u", 1.2);
        sub('u', "n", 1.2);
        sub('h', "b", 1.3);
        sub('o', "a", 1.4);
        sub('a', "o", 1.4);
        sub('u', "o", 1.4);
        sub('o', "u", 1.4);
        sub('r', "t", 1.4);
        sub('t', "r", 1.4);
        sub('y', "v", 1.2);
        sub('d', "a", 1.0);
        sub('d', "o", 1.0);
        sub('e', "o", 1.2);
        // ư read as w, t, i
        sub('w', "u", 0.6);
        sub('w', "o", 1.2);
        sub('t', "u", 1.2);
        sub('i', "u", 1.3);
        sub('v', "y", 1.2);
        // two chars read for one letter: ir/uw for ư, ei/éi for ă, rn for m, ii for u
        TWO_TO_ONE_MAP.put("iru", 0.6);
        TWO_TO_ONE_MAP.put("uwu", 0.5);
        TWO_TO_ONE_MAP.put("wou", 1.0);
        TWO_TO_ONE_MAP.put("eia", 0.9);
        TWO_TO_ONE_MAP.put("rnm", 0.6);
        TWO_TO_ONE_MAP.put("iiu", 0.9);
        TWO_TO_ONE_MAP.put("cld", 0.9);
        TWO_TO_ONE_MAP.put("tiu", 0.8);
        TWO_TO_ONE_MAP.put("itu", 0.8);
        TWO_TO_ONE_MAP.put("tvu", 0.7);
        TWO_TO_ONE_MAP.put("ttu", 0.8);
        TWO_TO_ONE_MAP.put("ivu", 0.8);
        TWO_TO_ONE_MAP.put("ifu", 0.9);
        TWO_TO_ONE_MAP.put("tru", 1.0);
        List<String> keys = new ArrayList<>(TWO_TO_ONE_MAP.keySet());
        java.util.Collections.sort(keys);
        TWO_TO_ONE = new char[keys.size()][];
        TWO_TO_ONE_COST = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            TWO_TO_ONE[i] = keys.get(i).toCharArray();
            TWO_TO_ONE_COST[i] = TWO_TO_ONE_MAP.get(keys.get(i));
        }
    }

    private static void sub(char from, String to, double cost) {
        SUB[from][to.charAt(0)] = cost;
    }

    private final NgramModel model;
    private final SyllableInventory inventory;
    private final int formsPerKey;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Candidate>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** A channel over the inventory of a model. */
    public OcrChannel(NgramModel model, SyllableInventory inventory, int formsPerKey) {
        this.model = model;
        this.inventory = inventory;
        this.formsPerKey = formsPerKey;
    }

    /** Chars a confusion may start from: digits that look like letters. */
    static boolean isConfusableDigit(char c) {
        return "013456789".indexOf(c) >= 0;
    }

    /**
     * Syllables the damaged token may stand for, cheapest first (at most {@code max}); the token's own accent
     * folding costs nothing, so {@code viéc} proposes {@code việc} at cost 0.
     */
    public List<Candidate> candidates(String token, int max) {
        String s = mapSymbols(VietnameseLetters.key(token));
        String cacheKey = s + '\u0000' + max;
        List<Candidate> cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<Candidate> result = search(s, max);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(cacheKey, result);
        return result;
    }

    private List<Candidate> search(String s, int max) {
        List<Candidate> out = new ArrayList<>();
        double[][] work = new double[s.length() + 1][s.length() + 3];
        for (String key : inventory.keys()) {
            if (Math.abs(key.length() - s.length()) > 2 || key.isEmpty()) {
                continue;
            }
            double d = distance(s, key, work);
            if (d > MAX_COST) {
                continue;
            }
            int[] ids = inventory.candidateIds(key);
            for (int i = 0; i < Math.min(formsPerKey, ids.length); i++) {
                out.add(new Candidate(ids[i], model.token(ids[i]), d));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::cost)
                .thenComparing(c -> -inventory.count(c.id()))
                .thenComparing(Candidate::form));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /** Symbols an English OCR model puts for Vietnamese letters: € for ệ, ¥ for ỹ, ¢ for ư/ơ. */
    static final String LETTER_SYMBOLS = "€¥¢";

    static String mapSymbols(String s) {
        return s.replace('€', 'e').replace('¥', 'y').replace('¢', 'w');
    }

    /** Weighted edit distance from the OCR string {@code s} to the folded syllable {@code k}. */
    static double distance(String s, String k) {
        return distance(s, k, new double[s.length() + 1][k.length() + 1]);
    }

    private static double distance(String s, String k, double[][] d) {
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
                    best = Math.min(best, d[i - 1][j] + INDEL);
                }
                if (j > 0) {
                    best = Math.min(best, d[i][j - 1] + INDEL);
                }
                if (i > 0 && j > 0) {
                    char a = s.charAt(i - 1);
                    char b = k.charAt(j - 1);
                    double c = a == b ? 0 : a < 128 && b < 128 ? SUB[a][b] : DEFAULT_SUB;
                    best = Math.min(best, d[i - 1][j - 1] + c);
                }
                if (i > 1 && j > 0) {
                    char a0 = s.charAt(i - 2);
                    char a1 = s.charAt(i - 1);
                    char b = k.charAt(j - 1);
                    for (int t = 0; t < TWO_TO_ONE.length; t++) {
                        char[] r = TWO_TO_ONE[t];
                        if (r[0] == a0 && r[1] == a1 && r[2] == b) {
                            best = Math.min(best, d[i - 2][j - 1] + TWO_TO_ONE_COST[t]);
                        }
                    }
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }
}
