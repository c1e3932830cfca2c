package org.vanban.text.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.vanban.vi.Letters;

/**
 * Trains a syllable n-gram model with interpolated modified Kneser-Ney smoothing (Chen and Goodman) and
 * writes it in backoff form. Tokens come from {@link SyllableTokenizer}: lower-cased syllables, {@code <num>}
 * for numbers, {@code ,} for commas; sentence punctuation ends a segment ({@code <s> ... </s>}).
 *
 * <p>Counting uses sorted arrays of packed keys, and every output array is sorted, so the same corpus and
 * settings always give the same model bytes.
 *
 * <p>CLI: {@code LmTrainer --corpus FILE.txt[.gz] --out models/vi-syllable.lm [--order 4] [--min-count 1,1,2,2]
 * [--include-heldout]}.
 */
public final class LmTrainer {

    /**
     * Training settings.
     *
     * @param order        highest n-gram order, 2..5
     * @param minCounts    minCounts[n-1]: n-grams of order n (n >= 3) seen fewer times are pruned unless they are
     *                     the context of a kept longer n-gram; orders 1 and 2 are never pruned
     * @param skipHeldOut  leave out the {@link HeldOutSplit} test lines
     */
    public record Settings(int order, int[] minCounts, boolean skipHeldOut) {
        public Settings {
            if (order < 2 || order > 5) {
                throw new IllegalArgumentException("order must be 2..5, got " + order);
            }
            if (minCounts.length < order) {
                throw new IllegalArgumentException("need a minimum count for each order 1.." + order);
            }
            minCounts = minCounts.clone();
        }

        /** The settings used for the committed model. */
        public static Settings defaults() {
            return new Settings(4, new int[] {1, 1, 1, 1}, true);
        }

        @Override
        public String toString() {
            return "order=" + order + " minCounts=" + Arrays.toString(minCounts) + " skipHeldOut=" + skipHeldOut;
        }
    }

    private final Settings settings;
    private final StringBuilder log = new StringBuilder();

    /** A trainer with the given settings. */
    public LmTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Human-readable statistics of the last training run. */
    public String log() {
        return log.toString();
    }

    private void note(String s) {
        log.append(s).append('\n');
        if (Boolean.getBoolean("vanban.lm.verbose")) {
            System.err.println(s);
        }
    }

    /** Trains on a corpus file (plain or .gz UTF-8, one paragraph a line). */
    public ModelData trainFile(Path corpus) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("corpus file not found: " + corpus);
        }
        Iterable<String> lines = () -> {
            try {
                return readLines(corpus).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return train(lines);
    }

    /** Reads all lines of a plain or gzip'd UTF-8 file. */
    public static List<String> readLines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        }
    }

    /** Trains on lines (iterated twice). */
    public ModelData train(Iterable<String> lines) {
        int order = settings.order();
        // pass 1: syllable counts -> vocabulary by descending count, ties by text
        Map<String, int[]> wordCounts = new HashMap<>();
        long used = 0;
        long skipped = 0;
        for (String raw : lines) {
            if (settings.skipHeldOut() && HeldOutSplit.isHeldOut(raw)) {
                skipped++;
                continue;
            }
            used++;
            for (SyllableTokenizer.Token t : SyllableTokenizer.tokenize(nfc(raw))) {
                if (t.kind() == SyllableTokenizer.Kind.WORD) {
                    wordCounts.computeIfAbsent(Letters.lower(t.text()), k -> new int[1])[0]++;
                }
            }
        }
        note("lines used " + used + ", held out " + skipped);
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(wordCounts.entrySet());
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        int vocabSize = Math.min(ModelData.MAX_IDS, ModelData.FIRST_WORD + entries.size());
        String[] vocab = new String[vocabSize];
        System.arraycopy(ModelData.SPECIALS, 0, vocab, 0, ModelData.FIRST_WORD);
        Map<String, Integer> ids = new HashMap<>(vocabSize * 2);
        for (int i = ModelData.FIRST_WORD; i < vocabSize; i++) {
            vocab[i] = entries.get(i - ModelData.FIRST_WORD).getKey();
            ids.put(vocab[i], i);
        }
        note("syllable types " + entries.size() + ", vocabulary " + vocabSize);

        // pass 2: id stream of segments <s> ... </s>
        IntList stream = new IntList(1 << 20);
        IntList segLengths = new IntList(1 << 16);
        IntList seg = new IntList(256);
        for (String raw : lines) {
            if (settings.skipHeldOut() && HeldOutSplit.isHeldOut(raw)) {
                continue;
            }
            seg.clear();
            for (SyllableTokenizer.Token t : SyllableTokenizer.tokenize(nfc(raw))) {
                switch (t.kind()) {
                    case WORD -> seg.add(ids.getOrDefault(Letters.lower(t.text()), ModelData.UNK));
                    case NUMBER -> seg.add(ModelData.NUM);
                    case COMMA -> {
                        if (seg.size() > 0) {
                            seg.add(ModelData.COMMA);
                        }
                    }
                    case BREAK -> flush(seg, stream, segLengths);
                    case OTHER -> { }
                }
            }
            flush(seg, stream, segLengths);
        }
        int[] tokens = stream.toArray();
        int[] lengths = segLengths.toArray();
        note("segments " + lengths.length + ", stream tokens " + tokens.length);

        // counts per order
        long[][] keys = new long[order + 1][];
        int[][] counts = new int[order + 1][];
        for (int n = 1; n <= order; n++) {
            long[] all = windows(tokens, lengths, n);
            Arrays.sort(all);
            int u = uniqueCount(all);
            long[] k = new long[u];
            int[] c = new int[u];
            int j = -1;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    j++;
                    k[j] = all[i];
                }
                c[j]++;
            }
            keys[n] = k;
            counts[n] = c;
            note("order " + n + ": " + u + " distinct n-grams");
        }

        // adjusted counts: continuation counts for lower orders, raw counts for the top order and <s>-initial n-grams
        int[][] adj = new int[order + 1][];
        adj[order] = counts[order];
        for (int n = order - 1; n >= 1; n--) {
            long[] upper = keys[n + 1];
            long[] suffixes = new long[upper.length];
            for (int i = 0; i < upper.length; i++) {
                suffixes[i] = ModelData.suffixOf(upper[i], n + 1);
            }
            Arrays.sort(suffixes);
            int[] a = new int[keys[n].length];
            int p = 0;
            for (int i = 0; i < keys[n].length; i++) {
                long key = keys[n][i];
                int first = ModelData.idAt(key, n, 0);
                if (first == ModelData.BOS) {
                    a[i] = n == 1 ? 0 : counts[n][i];
                    continue;
                }
                while (p < suffixes.length && suffixes[p] < key) {
                    p++;
                }
                int c = 0;
                while (p < suffixes.length && suffixes[p] == key) {
                    c++;
                    p++;
                }
                a[i] = c == 0 ? counts[n][i] : c;
            }
            adj[n] = a;
        }

        // discounts D1, D2, D3+ per order
        double[][] disc = new double[order + 1][];
        for (int n = 1; n <= order; n++) {
            long[] t = new long[5];
            for (int a : adj[n]) {
                if (a >= 1 && a <= 4) {
                    t[a]++;
                }
            }
            disc[n] = discounts(t);
            note(String.format("order %d discounts D1=%.3f D2=%.3f D3+=%.3f", n, disc[n][1], disc[n][2], disc[n][3]));
        }

        // interpolated probabilities, order by order
        double[][] prob = new double[order + 1][];
        double[][] backoff = new double[order + 1][];
        double[] uni = new double[vocabSize];
        double[] uniBo = new double[vocabSize];
        Arrays.fill(uniBo, 1.0);
        {
            int[] dense = new int[vocabSize];
            for (int i = 0; i < keys[1].length; i++) {
                dense[(int) keys[1][i]] = adj[1][i];
            }
            double total = 0;
            long[] nk = new long[4];
            for (int w = 0; w < vocabSize; w++) {
                total += dense[w];
                if (dense[w] > 0) {
                    nk[Math.min(dense[w], 3)]++;
                }
            }
            double gamma = (disc[1][1] * nk[1] + disc[1][2] * nk[2] + disc[1][3] * nk[3]) / total;
            double uniform = gamma / (vocabSize - 1);
            for (int w = 0; w < vocabSize; w++) {
                uni[w] = w == ModelData.BOS ? 0 : Math.max(dense[w] - d(disc[1], dense[w]), 0) / total + uniform;
            }
        }
        prob[1] = uni;
        backoff[1] = uniBo;
        for (int n = 2; n <= order; n++) {
            long[] k = keys[n];
            int[] a = adj[n];
            double[] p = new double[k.length];
            if (n < order) {
                backoff[n] = new double[k.length];
                Arrays.fill(backoff[n], 1.0);
            }
            int i = 0;
            while (i < k.length) {
                long group = ModelData.groupOf(k[i], n);
                long ctx = ModelData.contextOf(k[i], n);
                int j = i;
                double sum = 0;
                long[] nk = new long[4];
                while (j < k.length && ModelData.groupOf(k[j], n) == group) {
                    sum += a[j];
                    nk[Math.min(a[j], 3)]++;
                    j++;
                }
                double gamma = (disc[n][1] * nk[1] + disc[n][2] * nk[2] + disc[n][3] * nk[3]) / sum;
                for (int x = i; x < j; x++) {
                    long suffix = ModelData.suffixOf(k[x], n);
                    double lower = n == 2 ? uni[(int) suffix] : prob[n - 1][Arrays.binarySearch(keys[n - 1], suffix)];
                    p[x] = Math.max(a[x] - d(disc[n], a[x]), 0) / sum + gamma * lower;
                }
                if (n == 2) {
                    uniBo[(int) ctx] = gamma;
                } else {
                    int c = Arrays.binarySearch(keys[n - 1], ctx);
                    backoff[n - 1][c] = gamma;
                }
                i = j;
            }
            prob[n] = p;
        }

        // pruning of rare higher-order n-grams (kept when they are the context of a kept longer n-gram)
        long[][] outKeys = new long[order][];
        char[][] outProbs = new char[order][];
        char[][] outBackoffs = new char[order][];
        long[] keptUpper = null;
        for (int n = order; n >= 2; n--) {
            long[] k = keys[n];
            boolean[] keep = new boolean[k.length];
            int kept = 0;
            int p = 0;
            for (int i = 0; i < k.length; i++) {
                boolean prefix = false;
                if (keptUpper != null) {
                    while (p < keptUpper.length && ModelData.contextOf(keptUpper[p], n + 1) < k[i]) {
                        p++;
                    }
                    prefix = p < keptUpper.length && ModelData.contextOf(keptUpper[p], n + 1) == k[i];
                }
                keep[i] = n < 3 || counts[n][i] >= settings.minCounts()[n - 1] || prefix;
                if (keep[i]) {
                    kept++;
                }
            }
            long[] nk = new long[kept];
            char[] np = new char[kept];
            char[] nb = n < order ? new char[kept] : null;
            int j = 0;
            for (int i = 0; i < k.length; i++) {
                if (keep[i]) {
                    nk[j] = k[i];
                    np[j] = ModelData.quantise(Math.log10(prob[n][i]));
                    if (nb != null) {
                        nb[j] = ModelData.quantise(Math.log10(backoff[n][i]));
                    }
                    j++;
                }
            }
            outKeys[n - 1] = nk;
            outProbs[n - 1] = np;
            outBackoffs[n - 1] = nb;
            keptUpper = nk;
            note("order " + n + ": kept " + kept + " of " + k.length);
        }
        char[] up = new char[vocabSize];
        char[] ub = new char[vocabSize];
        for (int w = 0; w < vocabSize; w++) {
            up[w] = ModelData.quantise(Math.log10(uni[w]));
            ub[w] = ModelData.quantise(Math.log10(uniBo[w]));
        }
        outProbs[0] = up;
        outBackoffs[0] = ub;
        int[] vocabCounts = new int[vocabSize];
        for (int i = 0; i < keys[1].length; i++) {
            vocabCounts[(int) keys[1][i]] = counts[1][i];
        }
        return new ModelData(order, vocab, vocabCounts, outKeys, outProbs, outBackoffs);
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static void flush(IntList seg, IntList stream, IntList lengths) {
        int n = seg.size();
        while (n > 0 && seg.get(n - 1) == ModelData.COMMA) {
            n--;
        }
        if (n > 0) {
            stream.add(ModelData.BOS);
            for (int i = 0; i < n; i++) {
                stream.add(seg.get(i));
            }
            stream.add(ModelData.EOS);
            lengths.add(n + 2);
        }
        seg.clear();
    }

    private static long[] windows(int[] tokens, int[] lengths, int n) {
        long total = 0;
        for (int len : lengths) {
            total += Math.max(0, len - n + 1);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("corpus too large for in-memory counting");
        }
        long[] out = new long[(int) total];
        int o = 0;
        int start = 0;
        for (int len : lengths) {
            for (int i = start; i + n <= start + len; i++) {
                long key = ModelData.pack(tokens, i, n);
                if (key >= 0) {
                    out[o++] = key;
                }
            }
            start += len;
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    private static int uniqueCount(long[] sorted) {
        int u = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                u++;
            }
        }
        return u;
    }

    /** Modified KN discounts from count-of-counts t[1..4]; falls back to sane values on tiny data. */
    static double[] discounts(long[] t) {
        double[] d = {0, 0.5, 1.0, 1.5};
        if (t[1] == 0 || t[2] == 0) {
            return d;
        }
        double y = t[1] / (double) (t[1] + 2 * t[2]);
        d[1] = clamp(1 - 2 * y * t[2] / t[1], 0.05, 0.95);
        d[2] = t[3] == 0 ? Math.max(d[1], 1.0) : clamp(2 - 3 * y * t[3] / t[2], d[1], 1.95);
        d[3] = t[4] == 0 || t[3] == 0 ? Math.max(d[2], 1.5) : clamp(3 - 4 * y * t[4] / t[3], d[2], 2.95);
        return d;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double d(double[] disc, int a) {
        return a <= 0 ? 0 : disc[Math.min(a, 3)];
    }

    /** Growable int array. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int cap) {
            a = new int[cap];
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** CLI entry: {@code --corpus FILE --out FILE [--order N] [--min-count a,b,c,d] [--include-heldout]}. */
    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path out = null;
        Settings def = Settings.defaults();
        int order = def.order();
        int[] minCounts = def.minCounts();
        boolean skip = true;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String a = it.next();
            switch (a) {
                case "--corpus" -> corpus = Path.of(need(it, a));
                case "--out" -> out = Path.of(need(it, a));
                case "--order" -> order = Integer.parseInt(need(it, a));
                case "--min-count" -> minCounts = Arrays.stream(need(it, a).split(",")).mapToInt(Integer::parseInt).toArray();
                case "--include-heldout" -> skip = false;
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (usage: --corpus FILE --out FILE [--order N] [--min-count 1,1,2,2] [--include-heldout])");
            }
        }
        if (corpus == null || out == null) {
            throw new IllegalArgumentException("usage: --corpus FILE --out FILE [--order N] [--min-count 1,1,2,2]");
        }
        if (minCounts.length < order) {
            int[] m = Arrays.copyOf(minCounts, order);
            for (int i = minCounts.length; i < order; i++) {
                m[i] = minCounts.length == 0 ? 1 : minCounts[minCounts.length - 1];
            }
            minCounts = m;
        }
        System.setProperty("vanban.lm.verbose", "true");
        Settings s = new Settings(order, minCounts, skip);
        long t0 = System.nanoTime();
        LmTrainer trainer = new LmTrainer(s);
        ModelData data = trainer.trainFile(corpus);
        LmFile.write(data, out);
        System.err.printf("wrote %s (%d bytes) in %.1f s, settings: %s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9, s);
    }

    private static String need(Iterator<String> it, String opt) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return it.next();
    }
}
