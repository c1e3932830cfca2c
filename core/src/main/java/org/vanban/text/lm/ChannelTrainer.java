package org.vanban.text.lm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vanban.vi.Fold;
import org.vanban.vi.Letters;
import org.vanban.vi.ToneMarks;

/**
 * Learns the OCR channel ({@link ChannelTable}) from (truth, OCR) line pairs: aligns each pair token by token
 * ({@link OcrAligner}), then char by char within one-to-one token pairs in the folded space of the channel
 * ({@link ChannelCosts#align}), counts how each intended char was read (itself, another char, two chars, nothing,
 * two intended chars as one, extra chars), and turns the counts into costs
 * {@code -log10 P(observed | intended) + log10 P(intended read correctly)} with absolute discounting; events
 * seen fewer than {@link Settings#minCount} times fall back to Good-Turing style defaults. The first alignment
 * uses the hand-seeded costs, later ones the costs just learned ({@link Settings#iterations} rounds).
 * Deterministic: the same pairs and settings give the same table.
 */
public final class ChannelTrainer {

    /** A rendered line and what the OCR model read for it. */
    public record LinePair(String truth, String ocr) {
    }

    /**
     * Training settings.
     *
     * @param iterations  alignment / estimation rounds (first alignment with the hand-seeded costs)
     * @param minCount    events seen fewer times are left to the defaults
     * @param discount    absolute discount subtracted from each count
     * @param maxPairCost one-to-one token pairs farther apart (plain edit distance / length) are not counted
     * @param weight      every learned cost is multiplied by this
     * @param maxCost     cut-off written into the table (candidates dearer are not proposed)
     * @param handSeededPrior confusions of the hand-seeded table that the data did not show (at least
     *                    {@code minCount} times) keep their hand-seeded cost instead of the unseen default
     * @param maxDefaultSub cap on the cost of an unseen substitution (after weighting), so that one confusion the
     *                    rendered pages never showed ({@code Q} for {@code Ộ} on a real scan) stays below the cut-off
     */
    public record Settings(int iterations, int minCount, double discount, double maxPairCost, double weight,
                           double maxCost, boolean handSeededPrior, double maxDefaultSub) {
        public Settings {
            if (iterations < 1 || minCount < 1 || discount < 0 || discount >= minCount || maxPairCost <= 0
                    || weight <= 0 || maxCost <= 0 || maxDefaultSub <= 0) {
                throw new IllegalArgumentException("bad channel training settings: " + iterations + " rounds, min count "
                        + minCount + ", discount " + discount + ", max pair cost " + maxPairCost + ", weight " + weight
                        + ", max cost " + maxCost);
            }
        }

        /**
         * 2 rounds, events seen at least twice, discount 0.5, pairs up to 0.6 apart, weight 0.8, cut-off 5 (weight
         * and cut-off tuned on lines 1-200 of the English-OCR bench), hand-seeded prior, unseen substitutions capped
         * at 3.5: what the committed table uses.
         */
        public static Settings defaults() {
            return new Settings(2, 2, 0.5, 0.6, 0.8, 5.0, true, 3.5);
        }
    }

    /** What the alignment found, before estimation. */
    public static final class Counts {
        /** Intended folded char -> times it was aligned. */
        final Map<Character, Integer> total = new TreeMap<>();
        /** Intended folded char -> times it was read as itself. */
        final Map<Character, Integer> match = new TreeMap<>();
        /** Event key ({@code sub o t}, {@code two o1o2 t}, {@code one o t1t2}, {@code ins o}, {@code del t}) -> count. */
        final Map<String, Integer> events = new TreeMap<>();
        /** Accent confusions of tokens read with the right letters: {@code observed -> intended} -> count. */
        final Map<String, Integer> accents = new TreeMap<>();
        /** Token alignment kinds -> count ({@code ONE} split into {@code same} and {@code changed}). */
        final Map<String, Integer> tokens = new TreeMap<>();
        int chars;
        int skippedPairs;

        void add(Map<String, Integer> m, String k) {
            m.merge(k, 1, Integer::sum);
        }

        /** Count of an event key, 0 when unseen. */
        public int event(String key) {
            return events.getOrDefault(key, 0);
        }

        /** Token alignment statistics (same, changed, SPLIT, MERGE, MISSING, EXTRA, skipped). */
        public Map<String, Integer> tokenStats() {
            return java.util.Collections.unmodifiableMap(tokens);
        }

        /** Accent confusions among tokens whose letters were read right ({@code "dê -> để"}). */
        public Map<String, Integer> accentConfusions() {
            return java.util.Collections.unmodifiableMap(accents);
        }

        /** Intended chars counted. */
        public int chars() {
            return chars;
        }
    }

    private ChannelTrainer() {
    }

    /** Aligns all pairs with the given costs and counts the confusions. */
    public static Counts count(List<LinePair> pairs, ChannelTable alignWith, Settings s) {
        ChannelCosts costs = new ChannelCosts(alignWith);
        Counts c = new Counts();
        for (LinePair p : pairs) {
            for (OcrAligner.Piece piece : OcrAligner.align(p.truth(), p.ocr())) {
                if (piece.kind() != OcrAligner.Kind.ONE) {
                    c.add(c.tokens, piece.kind().name());
                    continue;
                }
                String t = OcrAligner.fold(piece.intended());
                String o = OcrAligner.fold(piece.observed());
                if (!t.chars().allMatch(Character::isLetter)) {
                    c.add(c.tokens, "number");
                    continue; // numbers and codes: not syllables the channel proposes
                }
                if (OcrAligner.pairCost(t, o) > s.maxPairCost()) {
                    c.add(c.tokens, "skipped");
                    c.skippedPairs++;
                    continue;
                }
                c.add(c.tokens, t.equals(o) ? "same" : "changed");
                if (t.equals(o)) {
                    String ti = Letters.lower(piece.intended());
                    String oi = Letters.lower(piece.observed());
                    if (!ti.equals(oi)) {
                        c.add(c.accents, oi + " -> " + ti);
                    }
                }
                for (ChannelCosts.Step step : costs.align(o, t)) {
                    String ob = step.observed();
                    String in = step.intended();
                    for (int i = 0; i < in.length(); i++) {
                        c.total.merge(in.charAt(i), 1, Integer::sum);
                        c.chars++;
                    }
                    if (step.isMatch()) {
                        c.match.merge(in.charAt(0), 1, Integer::sum);
                    } else if (in.isEmpty()) {
                        c.add(c.events, "ins\t" + ob);
                    } else if (ob.isEmpty()) {
                        c.add(c.events, "del\t" + in);
                    } else if (ob.length() == 1 && in.length() == 1) {
                        c.add(c.events, "sub\t" + ob + "\t" + in);
                    } else if (ob.length() == 2) {
                        c.add(c.events, "two\t" + ob + "\t" + in);
                    } else {
                        c.add(c.events, "one\t" + ob + "\t" + in);
                    }
                }
            }
        }
        return c;
    }

    /** Turns counts into a table. */
    public static ChannelTable estimate(Counts c, Settings s, String name) {
        ChannelTable.Builder b = new ChannelTable.Builder(name);
        int[] singletons = new int[3]; // sub/two/one, ins, del
        int[] types = new int[3];
        for (Map.Entry<String, Integer> e : c.events.entrySet()) {
            String[] f = e.getKey().split("\t", -1);
            int n = e.getValue();
            int group = f[0].equals("ins") ? 1 : f[0].equals("del") ? 2 : 0;
            types[group]++;
            if (n == 1) {
                singletons[group]++;
            }
            if (n < s.minCount()) {
                continue;
            }
            char first = f[0].equals("ins") ? 0 : f[0].equals("sub") || f[0].equals("two") ? f[2].charAt(0)
                    : f[0].equals("del") ? f[1].charAt(0) : f[2].charAt(0);
            double cost = f[0].equals("ins")
                    ? -Math.log10((n - s.discount()) / Math.max(1, c.chars))
                    : -Math.log10((n - s.discount()) / c.total.getOrDefault(first, 1)) + Math.log10(matchRate(c, first));
            cost = Math.max(0, cost) * s.weight();
            switch (f[0]) {
                case "sub" -> b.sub(f[1].charAt(0), f[2].charAt(0), cost);
                case "two" -> b.two(f[1], f[2].charAt(0), cost);
                case "one" -> b.one(f[1].charAt(0), f[2], cost);
                case "ins" -> b.ins(f[1].charAt(0), cost);
                default -> b.del(f[1].charAt(0), cost);
            }
        }
        // unseen events share the mass of the singletons (Good-Turing), spread over the plausible unseen types:
        // 37 OCR chars (letters, digits) x 26 intended letters for substitutions, 37 for insertions, 26 for deletions
        double n = Math.max(1, c.chars);
        double sub = unseenCost(singletons[0], n, Math.max(1, 37 * 26 - types[0]));
        double ins = unseenCost(singletons[1], n, Math.max(1, 37 - types[1]));
        double del = unseenCost(singletons[2], n, Math.max(1, 26 - types[2]));
        b.defaults(Math.min(sub * s.weight(), s.maxDefaultSub()), ins * s.weight(), del * s.weight(), s.maxCost());
        if (s.handSeededPrior()) {
            // confusions the hand-seeded table knows but the data did not show often enough keep their seeded cost
            ChannelTable hand = ChannelTable.handSeeded();
            hand.substitutions().forEach((k, v) -> b.sub.putIfAbsent(k, v));
            hand.twoForOne().forEach((k, v) -> b.two.putIfAbsent(k, v));
        }
        return b.build();
    }

    private static double matchRate(Counts c, char t) {
        int total = c.total.getOrDefault(t, 0);
        int match = c.match.getOrDefault(t, 0);
        return total == 0 ? 1 : Math.max(match, 1) / (double) total;
    }

    private static double unseenCost(int singletons, double chars, int unseenTypes) {
        double mass = Math.max(singletons, 0.5) / chars;
        return -Math.log10(mass / unseenTypes);
    }

    /** Full training: {@code iterations} rounds of alignment and estimation, starting from the hand-seeded costs. */
    public static ChannelTable train(List<LinePair> pairs, Settings s, String name) {
        ChannelTable table = ChannelTable.handSeeded();
        // intermediate rounds align with unweighted costs: the weight only matters for decoding
        Settings plain = new Settings(s.iterations(), s.minCount(), s.discount(), s.maxPairCost(), 1.0, s.maxCost(),
                s.handSeededPrior(), s.maxDefaultSub());
        for (int round = 1; round < s.iterations(); round++) {
            table = estimate(count(pairs, table, plain), plain, name);
        }
        return estimate(count(pairs, table, s), s, name);
    }

    /** Add-k smoothing of the tone and mark confusion counts. */
    static final double TONE_SMOOTHING = 0.5;

    /** Letters whose vowel mark a Vietnamese-model OCR may drop or add, by family. */
    static final String[] MARK_FAMILIES = {"aăâ", "eê", "oôơ", "uư", "dđ"};

    /**
     * Adds a tone section to {@code table}, learned from the pairs: for every one-to-one token pair whose folded
     * letters agree ({@code kiểm / kiếm}), counts the intended and observed tone and, letter by letter, the intended
     * and observed untoned letter; costs are {@code -log10 P(observed|intended) + log10 P(intended|intended)},
     * add-{@value #TONE_SMOOTHING} smoothed over the 6 tones or the letters of one mark family, never below 0.
     */
    public static ChannelTable addTones(ChannelTable table, List<LinePair> pairs, double bias) {
        int[][] tone = new int[6][6];
        Map<String, Integer> mark = new TreeMap<>();
        for (LinePair p : pairs) {
            for (OcrAligner.Piece piece : OcrAligner.align(p.truth(), p.ocr())) {
                if (piece.kind() != OcrAligner.Kind.ONE) {
                    continue;
                }
                String t = java.text.Normalizer.normalize(Letters.lower(piece.intended()), java.text.Normalizer.Form.NFC);
                String o = java.text.Normalizer.normalize(Letters.lower(piece.observed()), java.text.Normalizer.Form.NFC);
                if (t.length() != o.length() || !t.chars().allMatch(Character::isLetter)
                        || !Fold.lower(t).equals(Fold.lower(o))) {
                    continue;
                }
                tone[ToneMarks.tone(o)][ToneMarks.tone(t)]++;
                for (int i = 0; i < t.length(); i++) {
                    mark.merge(new String(new char[] {ToneMarks.untoned(o.charAt(i)), ToneMarks.untoned(t.charAt(i))}),
                            1, Integer::sum);
                }
            }
        }
        ChannelTable.Builder b = table.toBuilder();
        b.tones.clear();
        b.marks.clear();
        double worst = 0;
        for (int ti = 0; ti < 6; ti++) {
            double total = 0;
            for (int to = 0; to < 6; to++) {
                total += tone[to][ti] + TONE_SMOOTHING;
            }
            double same = (tone[ti][ti] + TONE_SMOOTHING) / total;
            for (int to = 0; to < 6; to++) {
                if (to != ti) {
                    double c = Math.max(0, -Math.log10((tone[to][ti] + TONE_SMOOTHING) / total) + Math.log10(same));
                    b.tone(to, ti, c);
                    worst = Math.max(worst, c);
                }
            }
        }
        double worstMark = 0;
        for (String family : MARK_FAMILIES) {
            for (int i = 0; i < family.length(); i++) {
                char t = family.charAt(i);
                double total = 0;
                for (int j = 0; j < family.length(); j++) {
                    total += mark.getOrDefault(new String(new char[] {family.charAt(j), t}), 0) + TONE_SMOOTHING;
                }
                double same = (mark.getOrDefault(new String(new char[] {t, t}), 0) + TONE_SMOOTHING) / total;
                for (int j = 0; j < family.length(); j++) {
                    char o = family.charAt(j);
                    if (o != t) {
                        int n = mark.getOrDefault(new String(new char[] {o, t}), 0);
                        double c = Math.max(0, -Math.log10((n + TONE_SMOOTHING) / total) + Math.log10(same));
                        b.mark(o, t, c);
                        worstMark = Math.max(worstMark, c);
                    }
                }
            }
        }
        b.toneParams(worst, worstMark, bias);
        return b.build();
    }

    /** Prints the commonest events and accent confusions. */
    public static void summarize(Counts c, PrintStream out, int top) {
        out.printf(Locale.ROOT, "chars %,d; tokens %s%n", c.chars, c.tokens);
        out.println("commonest confusions (count, event):");
        c.events.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey().replace('\t', ' ')));
        if (!c.accents.isEmpty()) {
            int total = c.accents.values().stream().mapToInt(Integer::intValue).sum();
            out.printf("accent errors on tokens read with the right letters: %,d; commonest:%n", total);
            c.accents.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        }
    }

    // ------------------------------------------------------------------ pair files

    /** Writes pairs as {@code truth TAB ocr} lines (tabs inside become spaces). */
    public static void writePairs(List<LinePair> pairs, Path file) throws IOException {
        writePairs(pairs, file, null);
    }

    /** Writes pairs, after a first comment line {@code # origin} saying how they were made (when given). */
    public static void writePairs(List<LinePair> pairs, Path file, String origin) throws IOException {
        List<String> rows = new ArrayList<>(pairs.size() + 1);
        if (origin != null) {
            rows.add("# " + origin.replace('\n', ' '));
        }
        for (LinePair p : pairs) {
            rows.add(p.truth().replace('\t', ' ') + "\t" + p.ocr().replace('\t', ' '));
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
    }

    /** Reads pairs written by {@link #writePairs}; blank lines and lines starting with {@code #} are skipped. */
    public static List<LinePair> readPairs(Path file) throws IOException {
        List<LinePair> out = new ArrayList<>();
        int n = 0;
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            int tab = row.indexOf('\t');
            if (tab < 0) {
                throw new IOException(file + ":" + n + ": expected 'truth<TAB>ocr'");
            }
            out.add(new LinePair(row.substring(0, tab), row.substring(tab + 1)));
        }
        return out;
    }

    /** The origin written by {@link #writePairs(List, Path, String)}: the first line without "# ", or null. */
    public static String readOrigin(Path file) throws IOException {
        try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith("# ") ? first.substring(2) : null;
        }
    }

    /** Sorted copy of an event map, commonest first (for reports and tests). */
    static List<Map.Entry<String, Integer>> commonest(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return l;
    }
}
