package org.vanban.text.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A loaded syllable n-gram model (backoff form of interpolated modified Kneser-Ney), immutable and
 * thread-safe. The n-grams stay in the fixed-width trie of {@link NgramTrie}, read in place from the mapped model
 * file; only the vocabulary and the unigram scores are copied onto the heap.
 */
public final class NgramModel {

    private final NgramTrie trie;
    private final int order;
    private final Map<String, Integer> ids;
    private final String[] vocab;
    private final float[] uniProb;
    private final float[] uniBackoff;
    private final Table[] tables; // tables[n-1] for n >= 2

    /** Indexes model data for querying (the trie is built on the heap). */
    public NgramModel(ModelData data) {
        this(NgramTrie.of(data));
    }

    private NgramModel(NgramTrie trie) {
        this.trie = trie;
        this.order = trie.order();
        this.vocab = trie.vocab();
        this.ids = new HashMap<>(vocab.length * 2);
        for (int i = 0; i < vocab.length; i++) {
            ids.put(vocab[i], i);
        }
        this.uniProb = new float[vocab.length];
        this.uniBackoff = new float[vocab.length];
        for (int i = 0; i < vocab.length; i++) {
            uniProb[i] = ModelData.dequantise(trie.uniProb(i));
            uniBackoff[i] = ModelData.dequantise((char) trie.info(1, i));
        }
        this.tables = new Table[order];
        for (int n = 2; n <= order; n++) {
            tables[n - 1] = new Table(trie, n);
        }
    }

    /**
     * Info of n-gram i of order n (its rank among the sorted keys, or its id for n = 1) as a context: the
     * (n+1)-grams extending it lie at (info >>> 32) .. + ((info >>> 16) & 0xFFFF) - 1 of the sorted keys of order
     * n + 1, and its quantised backoff is in the low 16 bits.
     */
    private long info(int n, int i) {
        return trie.info(n, i);
    }

    /** Per-thread cache of the hits of busy contexts (see {@link HitCache}). */
    private final ThreadLocal<HitCache> hitCaches = ThreadLocal.withInitial(HitCache::new);

    /**
     * Direct-mapped cache of the per-candidate results of contexts with many extensions (which cost one hash probe
     * per candidate): legal text repeats the same busy contexts and candidate sets line after line.
     */
    private static final class HitCache {
        static final int SIZE = 1 << 13;
        final long[] ctx = new long[SIZE];
        final int[] len = new int[SIZE];
        final int[][] words = new int[SIZE][];
        final int[][] level = new int[SIZE][];
        final float[][] prob = new float[SIZE][];
        final int[][] ref = new int[SIZE][];
    }

    /** Per-thread scorers by order, reused from one decoding pass to the next. */
    private final ThreadLocal<Scorer[]> scorers = ThreadLocal.withInitial(() -> new Scorer[6]);

    /**
     * The calling thread's memoising scorer for n-grams up to {@code maxOrder}: one decoding pass at a time (a
     * pass must not start another with the same order before it is done).
     */
    Scorer scorer(int maxOrder) {
        int o = Math.min(order, maxOrder);
        Scorer[] mine = scorers.get();
        if (mine[o] == null) {
            mine[o] = new Scorer(o);
        }
        return mine[o];
    }

    /**
     * Scores one set of candidate next words after many histories, as {@link #logProbs} does (identical results),
     * sharing the work between histories that end alike: the backoff weight of each context and the result of
     * each shorter context are computed once per position. It also tells where each extended history lives in the
     * model ({@link #ref}), so the next position needs no lookup for its contexts.
     */
    final class Scorer {
        /** Contexts with at most this many extensions are read from the sorted keys, not probed one by one. */
        private static final int SCAN = 32;
        private final int top;
        private int[] words = new int[0];
        private int k;
        // per context length L (1..top): memo of distinct contexts seen at this position
        private final long[][] ctxKey;
        private final double[][] bo;
        private final int[][] cStart;
        private final int[][] cCount; // 0: no extensions
        private final int[][][] hitLevel;
        private final float[][][] hitProb;
        private final int[][][] hitRef;
        private final boolean[][] hitDone;
        private final int[] used;
        private int[] uniHitLevel = new int[0];
        private float[] uniHitProb = new float[0];
        private final double[] accAfter;
        private final int[] entryAt;
        private final HitCache cache = hitCaches.get();
        private int wordsHash;
        // candAt[id] - 1: index of id among the current candidates (0: not a candidate), so reading a context's
        // extensions costs one look-up each; the marked ids are cleared again at the next position. Not used when
        // the candidates repeat an id (distinct false): then the scan compares them one by one.
        private final int[] candAt = new int[vocabularySize()];
        private int[] marked = new int[16];
        // candidate indices in increasing id order (for reading a busy context's sorted extensions in one sweep),
        // worked out at the first busy context of a position
        private int[] byId = new int[16];
        private long[] sortBuf = new long[16];
        private boolean byIdReady;
        private int nMarked;
        private boolean distinct;

        Scorer(int maxOrder) {
            this.top = maxOrder - 1;
            ctxKey = new long[top + 1][16];
            bo = new double[top + 1][16];
            cStart = new int[top + 1][16];
            cCount = new int[top + 1][16];
            hitLevel = new int[top + 1][16][];
            hitProb = new float[top + 1][16][];
            hitRef = new int[top + 1][16][];
            hitDone = new boolean[top + 1][16];
            used = new int[top + 1];
            accAfter = new double[top + 2];
            entryAt = new int[top + 1];
        }

        /** Longest context used. */
        int top() {
            return top;
        }

        /**
         * Starts a new position whose candidate next ids are {@code words}, kept by reference (also in the hit cache
         * of busy contexts): the array must not be modified afterwards. A candidate set that recurs as the same
         * array is recognised in the cache without comparing it.
         */
        void next(int[] words) {
            for (int c = 0; c < nMarked; c++) {
                candAt[marked[c]] = 0;
            }
            this.words = words;
            this.k = words.length;
            if (marked.length < k) {
                marked = new int[Math.max(k, 2 * marked.length)];
            }
            distinct = true;
            int hash = 1; // Arrays.hashCode(words), worked out in the same pass
            for (int c = 0; c < k; c++) {
                int w = words[c];
                if (candAt[w] != 0) {
                    distinct = false;
                }
                candAt[w] = c + 1;
                marked[c] = w;
                hash = 31 * hash + w;
            }
            wordsHash = hash;
            nMarked = k;
            byIdReady = false;
            Arrays.fill(used, 0);
            if (uniHitLevel.length < k) {
                uniHitLevel = new int[k];
                uniHitProb = new float[k];
            }
            for (int c = 0; c < k; c++) {
                uniHitLevel[c] = 0;
                uniHitProb[c] = uniProb[words[c]];
            }
        }

        /** log10 p(words[c] | ctx) for every candidate, into {@code out}. */
        void score(long ctx, int ctxLen, double[] out) {
            score(ctx, ctxLen, null, 0, out);
        }

        /**
         * As {@link #score(long, int, double[])}; {@code refs[refAt + L - 1]} (L >= 2), when refs is not null, is
         * where the context of length L lives ({@link #ref} of the previous position), sparing its lookup.
         */
        void score(long ctx, int ctxLen, int[] refs, int refAt, double[] out) {
            int t = Math.min(ctxLen, top);
            for (int len = 1; len <= t; len++) {
                long c = len == 4 ? ctx : ctx & ((1L << (16 * len)) - 1);
                entryAt[len] = entry(len, c, refs == null || len == 1 ? -2 : refs[refAt + len - 1]);
            }
            accAfter[t] = 0;
            for (int len = t; len >= 1; len--) {
                accAfter[len - 1] = accAfter[len] + bo[len][entryAt[len]];
            }
            int[] lv;
            float[] pr;
            int hl = hitsFor(t);
            if (hl == 0) {
                lv = uniHitLevel;
                pr = uniHitProb;
            } else {
                lv = hitLevel[hl][entryAt[hl]];
                pr = hitProb[hl][entryAt[hl]];
            }
            for (int c = 0; c < k; c++) {
                int h = lv[c];
                out[c] = h == t ? pr[c] : accAfter[h] + pr[c];
            }
        }

        /**
         * After {@link #score}: where the history of length len + 1 that ends with the last len ids of the scored
         * history and candidate c lives (its index among the sorted (len+1)-grams; the id itself for len 0), or -1
         * if the model does not hold it. Valid for len below the scored history length.
         */
        int ref(int len, int c) {
            if (len == 0) {
                return words[c];
            }
            int e = entryAt[len];
            if (cCount[len][e] == 0) {
                return -1;
            }
            if (!hitDone[len][e]) {
                hitsFor(len);
            }
            return hitRef[len][e][c];
        }

        /**
         * After {@link #score}: saves which memo entries the scored history used (top + 1 ints at {@code at}) so
         * {@link #savedRef} can answer for it later in this position.
         */
        void save(int[] dst, int at) {
            for (int len = 1; len <= top; len++) {
                dst[at + len] = entryAt[len];
            }
        }

        /** As {@link #ref} for a history saved with {@link #save} at this position; len >= 1. */
        int savedRef(int[] saved, int at, int len, int c) {
            int e = saved[at + len];
            if (cCount[len][e] == 0) {
                return -1;
            }
            if (!hitDone[len][e]) {
                for (int l = 1; l <= len; l++) {
                    entryAt[l] = saved[at + l];
                }
                hitsFor(len);
            }
            return hitRef[len][e][c];
        }

        /** Fills {@link #byId} for the current candidates (once per position). */
        private void sortById() {
            if (byIdReady) {
                return;
            }
            if (byId.length < k) {
                byId = new int[Math.max(k, 2 * byId.length)];
                sortBuf = new long[byId.length];
            }
            for (int i = 0; i < k; i++) {
                sortBuf[i] = (long) words[i] << 32 | i;
            }
            Arrays.sort(sortBuf, 0, k);
            for (int i = 0; i < k; i++) {
                byId[i] = (int) sortBuf[i];
            }
            byIdReady = true;
        }

        /** Finds or adds the memo entry of a context of length len; ref -2 when its place is not known. */
        private int entry(int len, long c, int ref) {
            long[] keys = ctxKey[len];
            int n = used[len];
            for (int i = 0; i < n; i++) {
                if (keys[i] == c) {
                    return i;
                }
            }
            if (n == keys.length) {
                int m = 2 * n;
                ctxKey[len] = keys = Arrays.copyOf(keys, m);
                bo[len] = Arrays.copyOf(bo[len], m);
                cStart[len] = Arrays.copyOf(cStart[len], m);
                cCount[len] = Arrays.copyOf(cCount[len], m);
                hitLevel[len] = Arrays.copyOf(hitLevel[len], m);
                hitProb[len] = Arrays.copyOf(hitProb[len], m);
                hitRef[len] = Arrays.copyOf(hitRef[len], m);
                hitDone[len] = Arrays.copyOf(hitDone[len], m);
            }
            keys[n] = c;
            int at;
            if (len == 1) {
                at = (int) c;
                bo[1][n] = uniBackoff[at];
            } else {
                if (ref == -2) {
                    int v = tables[len - 1].find(c);
                    ref = v < 0 ? -1 : tables[len - 1].index(v);
                }
                at = ref;
                bo[len][n] = at >= 0 ? ModelData.dequantise((char) info(len, at)) : 0.0;
            }
            long in = at >= 0 ? info(len, at) : 0;
            cStart[len][n] = (int) (in >>> 32);
            cCount[len][n] = (int) (in >>> 16) & 0xFFFF;
            hitDone[len][n] = false;
            used[len] = n + 1;
            return n;
        }

        /**
         * Makes sure the per-candidate hits of the context of length len (entry entryAt[len]) are known; returns the
         * length whose arrays hold them (a context without extensions shares its shorter context's arrays).
         */
        private int hitsFor(int len) {
            if (len == 0) {
                return 0;
            }
            int e = entryAt[len];
            if (cCount[len][e] == 0) {
                return hitsFor(len - 1);
            }
            if (hitDone[len][e]) {
                return len;
            }
            int[] lv = hitLevel[len][e];
            float[] pr = hitProb[len][e];
            int[] rf = hitRef[len][e];
            if (lv == null || lv.length < k) {
                lv = hitLevel[len][e] = new int[Math.max(k, 16)];
                pr = hitProb[len][e] = new float[Math.max(k, 16)];
                rf = hitRef[len][e] = new int[Math.max(k, 16)];
            }
            int few = cCount[len][e];
            long c0 = ctxKey[len][e];
            int slot = 0;
            if (few > SCAN) {
                long h = (c0 * 0x9E3779B97F4A7C15L) ^ ((long) wordsHash * 0xC2B2AE3D27D4EB4FL) ^ len;
                slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> 51);
                int[] seen = cache.words[slot];
                if (cache.ctx[slot] == c0 && cache.len[slot] == len && seen != null
                        && (seen == words || Arrays.equals(seen, words))) {
                    System.arraycopy(cache.level[slot], 0, lv, 0, k);
                    System.arraycopy(cache.prob[slot], 0, pr, 0, k);
                    System.arraycopy(cache.ref[slot], 0, rf, 0, k);
                    hitDone[len][e] = true;
                    return len;
                }
            }
            int lower = hitsFor(len - 1);
            int[] lowLv = lower == 0 ? uniHitLevel : hitLevel[lower][entryAt[lower]];
            float[] lowPr = lower == 0 ? uniHitProb : hitProb[lower][entryAt[lower]];
            if (few > 0 && few <= SCAN) {
                // the context's few extensions lie together in the sorted keys: read them instead of probing
                System.arraycopy(lowLv, 0, lv, 0, k);
                System.arraycopy(lowPr, 0, pr, 0, k);
                Arrays.fill(rf, 0, k, -1);
                int from = cStart[len][e];
                if (distinct) {
                    for (int j = from; j < from + few; j++) {
                        int wp = trie.wordProb(len + 1, j);
                        int i = candAt[wp >>> 16] - 1;
                        if (i >= 0) {
                            lv[i] = len;
                            pr[i] = ModelData.dequantise((char) wp);
                            rf[i] = j;
                        }
                    }
                } else {
                    for (int j = from; j < from + few; j++) {
                        int wp = trie.wordProb(len + 1, j);
                        int w = wp >>> 16;
                        for (int i = 0; i < k; i++) {
                            if (words[i] == w) {
                                lv[i] = len;
                                pr[i] = ModelData.dequantise((char) wp);
                                rf[i] = j;
                            }
                        }
                    }
                }
            } else {
                // the context's node is known (cStart, few) and its extensions are sorted by id: the candidates in
                // increasing id order are found in one forward sweep (galloping from the last one found)
                long c = ctxKey[len][e];
                int lo = cStart[len][e];
                int end = lo + few;
                sortById();
                for (int x = 0; x < k; x++) {
                    int i = byId[x];
                    int w = words[i];
                    int v = -1;
                    if (len != 4 || ModelData.fiveGram(c, w) >= 0) {
                        lo = trie.lowerBound(len + 1, lo, end, w);
                        v = lo < end && trie.wordProb(len + 1, lo) >>> 16 == w ? lo : -1;
                    }
                    if (v >= 0) {
                        lv[i] = len;
                        pr[i] = ModelData.dequantise((char) trie.wordProb(len + 1, v));
                        rf[i] = v;
                    } else {
                        lv[i] = lowLv[i];
                        pr[i] = lowPr[i];
                        rf[i] = -1;
                    }
                }
                cache.ctx[slot] = c0;
                cache.len[slot] = len;
                cache.words[slot] = words; // never modified (see next)
                cache.level[slot] = Arrays.copyOf(lv, k);
                cache.prob[slot] = Arrays.copyOf(pr, k);
                cache.ref[slot] = Arrays.copyOf(rf, k);
            }
            hitDone[len][e] = true;
            return len;
        }
    }

    private static volatile NgramModel standard;

    /**
     * The committed model ({@link ModelLocator#defaultModel()}), loaded once per JVM and shared by every stage
     * that scores with it (repair, the OCR stage's reading scorer).
     *
     * @throws java.io.UncheckedIOException when it cannot be found or read
     */
    public static NgramModel standard() {
        NgramModel m = standard;
        if (m == null) {
            synchronized (NgramModel.class) {
                m = standard;
                if (m == null) {
                    try {
                        m = load(ModelLocator.defaultModel());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("cannot load the language model: " + e.getMessage(), e);
                    }
                    standard = m;
                }
            }
        }
        return m;
    }

    /** Loads a model file written by {@link LmFile}: a current one is mapped, not copied. */
    public static NgramModel load(Path file) throws IOException {
        return new NgramModel(LmFile.open(file));
    }

    /** The model as arrays, rebuilt from the trie (a copy of every n-gram: for tools and tests, not for queries). */
    public ModelData data() {
        return trie.toData();
    }

    /** Token texts by id (shared, do not modify). */
    String[] vocabulary() {
        return vocab;
    }

    /** Training count of each token by id (shared, do not modify). */
    int[] counts() {
        return trie.counts();
    }

    /** Highest order. */
    public int order() {
        return order;
    }

    /** Vocabulary size including special tokens. */
    public int vocabularySize() {
        return vocab.length;
    }

    /** Id of a token text (lower-case syllable, {@code <num>}, {@code ,} ...), or {@link ModelData#UNK}. */
    public int id(String token) {
        Integer id = ids.get(token);
        return id == null ? ModelData.UNK : id;
    }

    /** Token text of an id. */
    public String token(int id) {
        return vocab[id];
    }

    /**
     * log10 p(w | history), using the last {@code min(histLen, order-1)} ids of {@code history[0..histLen)}.
     */
    public double logProb(int[] history, int histLen, int w) {
        return logProb(history, histLen, w, order);
    }

    /** As {@link #logProb(int[], int, int)} but never using n-grams longer than {@code maxOrder}. */
    public double logProb(int[] history, int histLen, int w, int maxOrder) {
        int len = Math.min(histLen, Math.min(order, maxOrder) - 1);
        long ctx = 0;
        for (int j = histLen - len; j < histLen; j++) {
            ctx = (ctx << 16) | history[j];
        }
        return logProbPacked(ctx, len, w, maxOrder);
    }

    /**
     * log10 p(w | history) for a packed history (most recent id in the low 16 bits, {@code ctxLen} ids), never
     * using n-grams longer than {@code maxOrder}: the same value as {@link #logProb(int[], int, int, int)}.
     */
    double logProbPacked(long ctx, int ctxLen, int w, int maxOrder) {
        double[] acc = new double[1];
        double lp = logProbAbove(ctx, ctxLen, w, maxOrder, 1, acc);
        return Double.isNaN(lp) ? acc[0] + uniProb[w] : lp;
    }

    /**
     * The part of {@link #logProbPacked} that uses contexts of at least {@code minLen} ids: the log prob if an
     * n-gram with such a context holds w, else NaN, with the backoffs of those contexts summed into {@code acc[0]}
     * (the caller adds the log prob of w after the shorter context, which other histories may share). One walk
     * down the trie per context length: the context's node gives both its extensions and its backoff.
     */
    double logProbAbove(long ctx, int ctxLen, int w, int maxOrder, int minLen, double[] acc) {
        int top = Math.min(ctxLen, Math.min(order, maxOrder) - 1);
        double backoff = 0;
        for (int len = top; len >= Math.max(1, minLen); len--) {
            long c = len == 4 ? ctx : ctx & ((1L << (16 * len)) - 1);
            long in = trie.contextInfo(c, len);
            if (in < 0) {
                continue; // an unseen context: no n-gram extends it, its backoff is 0
            }
            int j = extension(in, len, c, w);
            if (j >= 0) {
                return backoff + ModelData.dequantise((char) trie.wordProb(len + 1, j));
            }
            backoff += ModelData.dequantise((char) in);
        }
        acc[0] = backoff;
        return Double.NaN;
    }

    /** Rank of the (len+1)-gram context c + w given the context's info, or -1 (5-grams with wide ids are not modelled). */
    private int extension(long info, int len, long c, int w) {
        int count = (int) (info >>> 16) & 0xFFFF;
        if (count == 0 || (len == 4 && ModelData.fiveGram(c, w) < 0)) {
            return -1;
        }
        return trie.extension(len + 1, (int) (info >>> 32), count, w);
    }

    /**
     * Scores several next words after one history at once (each context is looked up once).
     *
     * @param ctx      packed history, most recent id in the low 16 bits
     * @param ctxLen   number of ids in {@code ctx}
     * @param words    candidate next ids
     * @param maxOrder longest n-gram to use
     * @param out      receives log10 p(words[i] | history)
     */
    public void logProbs(long ctx, int ctxLen, int[] words, int maxOrder, double[] out) {
        int top = Math.min(ctxLen, Math.min(order, maxOrder) - 1);
        long[] infos = new long[top + 1];
        long[] ctxs = new long[top + 1];
        for (int len = 1; len <= top; len++) {
            ctxs[len] = len == 4 ? ctx : ctx & ((1L << (16 * len)) - 1);
            infos[len] = trie.contextInfo(ctxs[len], len);
        }
        for (int i = 0; i < words.length; i++) {
            int w = words[i];
            double acc = 0;
            double result = Double.NaN;
            for (int len = top; len >= 1; len--) {
                if (infos[len] < 0) {
                    continue;
                }
                int j = extension(infos[len], len, ctxs[len], w);
                if (j >= 0) {
                    result = acc + ModelData.dequantise((char) trie.wordProb(len + 1, j));
                    break;
                }
                acc += ModelData.dequantise((char) infos[len]);
            }
            out[i] = Double.isNaN(result) ? acc + uniProb[w] : result;
        }
    }

    /** log10 probability of a whole token sequence given as texts, with {@code <s>} and {@code </s>} added. */
    public double sentenceLogProb(String... tokens) {
        int[] seq = new int[tokens.length + 2];
        seq[0] = ModelData.BOS;
        for (int i = 0; i < tokens.length; i++) {
            seq[i + 1] = id(tokens[i]);
        }
        seq[seq.length - 1] = ModelData.EOS;
        double sum = 0;
        for (int i = 1; i < seq.length; i++) {
            sum += logProb(seq, i, seq[i]);
        }
        return sum;
    }

    /**
     * The n-grams of one order, looked up in the trie. A find result is the n-gram's rank among the sorted keys of
     * its order (-1 when absent).
     */
    private static final class Table {
        final NgramTrie trie;
        final int n;

        Table(NgramTrie trie, int n) {
            this.trie = trie;
            this.n = n;
        }

        /** The n-gram's rank, or -1. */
        int find(long key) {
            return trie.find(key, n);
        }

        char prob(int v) {
            return (char) trie.wordProb(n, v);
        }

        char backoff(int v) {
            return (char) trie.info(n, v);
        }

        /** Index of the key among the sorted keys of its order. */
        int index(int v) {
            return v;
        }
    }
}
