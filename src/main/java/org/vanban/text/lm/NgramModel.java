package org.vanban.text.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A loaded syllable n-gram model (backoff form of interpolated modified Kneser-Ney), immutable and
 * thread-safe. Orders 2..N live in open-addressing hash tables built at load time.
 */
public final class NgramModel {

    private final ModelData data;
    private final int order;
    private final Map<String, Integer> ids;
    private final float[] uniProb;
    private final float[] uniBackoff;
    private final Table[] tables; // tables[n-1] for n >= 2

    /** Indexes model data for querying. */
    public NgramModel(ModelData data) {
        this.data = data;
        this.order = data.order();
        String[] vocab = data.vocab();
        this.ids = new HashMap<>(vocab.length * 2);
        for (int i = 0; i < vocab.length; i++) {
            ids.put(vocab[i], i);
        }
        this.uniProb = new float[vocab.length];
        this.uniBackoff = new float[vocab.length];
        for (int i = 0; i < vocab.length; i++) {
            uniProb[i] = ModelData.dequantise(data.probs()[0][i]);
            uniBackoff[i] = ModelData.dequantise(data.backoffs()[0][i]);
        }
        this.tables = new Table[order];
        for (int n = 2; n <= order; n++) {
            tables[n - 1] = new Table(data.keys()[n - 1], data.probs()[n - 1], data.backoffs()[n - 1]);
        }
    }

    /** Loads a model file written by {@link LmFile}. */
    public static NgramModel load(Path file) throws IOException {
        return new NgramModel(LmFile.read(file));
    }

    /** The underlying arrays. */
    public ModelData data() {
        return data;
    }

    /** Highest order. */
    public int order() {
        return order;
    }

    /** Vocabulary size including special tokens. */
    public int vocabularySize() {
        return data.vocab().length;
    }

    /** Id of a token text (lower-case syllable, {@code <num>}, {@code ,} ...), or {@link ModelData#UNK}. */
    public int id(String token) {
        Integer id = ids.get(token);
        return id == null ? ModelData.UNK : id;
    }

    /** Token text of an id. */
    public String token(int id) {
        return data.vocab()[id];
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
        double backoff = 0;
        for (; len >= 1; len--) {
            long ctx = 0;
            for (int j = histLen - len; j < histLen; j++) {
                ctx = (ctx << 16) | history[j];
            }
            Table t = tables[len];
            long key = len == 4 ? ModelData.fiveGram(ctx, w) : (ctx << 16) | w;
            int slot = key < 0 ? -1 : t.find(key);
            if (slot >= 0) {
                return backoff + ModelData.dequantise(t.prob[slot]);
            }
            backoff += contextBackoff(ctx, len);
        }
        return backoff + uniProb[w];
    }

    /**
     * Scores several next words after one history at once (the context backoffs are looked up once).
     *
     * @param ctx      packed history, most recent id in the low 16 bits
     * @param ctxLen   number of ids in {@code ctx}
     * @param words    candidate next ids
     * @param maxOrder longest n-gram to use
     * @param out      receives log10 p(words[i] | history)
     */
    public void logProbs(long ctx, int ctxLen, int[] words, int maxOrder, double[] out) {
        int top = Math.min(ctxLen, Math.min(order, maxOrder) - 1);
        double[] bo = new double[top + 1];
        long[] ctxs = new long[top + 1];
        for (int len = 1; len <= top; len++) {
            ctxs[len] = len == 4 ? ctx : ctx & ((1L << (16 * len)) - 1);
            bo[len] = contextBackoff(ctxs[len], len);
        }
        for (int i = 0; i < words.length; i++) {
            int w = words[i];
            double acc = 0;
            double result = Double.NaN;
            for (int len = top; len >= 1; len--) {
                Table t = tables[len];
                long key = len == 4 ? ModelData.fiveGram(ctxs[len], w) : (ctxs[len] << 16) | w;
                int slot = key < 0 ? -1 : t.find(key);
                if (slot >= 0) {
                    result = acc + ModelData.dequantise(t.prob[slot]);
                    break;
                }
                acc += bo[len];
            }
            out[i] = Double.isNaN(result) ? acc + uniProb[w] : result;
        }
    }

    private double contextBackoff(long ctx, int len) {
        if (len == 1) {
            return uniBackoff[(int) ctx];
        }
        Table t = tables[len - 1];
        int slot = t.find(ctx);
        return slot >= 0 ? ModelData.dequantise(t.backoff[slot]) : 0.0;
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

    /** Open-addressing table of packed keys (linear probing, load <= 0.6). */
    private static final class Table {
        final long[] keys;
        final char[] prob;
        final char[] backoff;
        final boolean[] used;
        final int mask;
        final int shift;

        Table(long[] sortedKeys, char[] probs, char[] backoffs) {
            int cap = Integer.highestOneBit(Math.max(4, (int) (sortedKeys.length / 0.6))) << 1;
            int bits = Integer.numberOfTrailingZeros(cap);
            this.mask = cap - 1;
            this.shift = 64 - bits;
            this.keys = new long[cap];
            this.prob = new char[cap];
            this.backoff = backoffs == null ? null : new char[cap];
            this.used = new boolean[cap];
            for (int i = 0; i < sortedKeys.length; i++) {
                int s = slot(sortedKeys[i]);
                while (used[s]) {
                    s = (s + 1) & mask;
                }
                used[s] = true;
                keys[s] = sortedKeys[i];
                prob[s] = probs[i];
                if (backoffs != null) {
                    backoff[s] = backoffs[i];
                }
            }
        }

        int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        }

        int find(long key) {
            int s = slot(key);
            while (used[s]) {
                if (keys[s] == key) {
                    return s;
                }
                s = (s + 1) & mask;
            }
            return -1;
        }
    }
}
