package org.vanban.text.lm;

/**
 * The raw content of a syllable n-gram model, as sorted arrays: what {@link LmTrainer} produces,
 * what {@link LmFile} writes and reads, and what {@link NgramModel} indexes.
 *
 * <p>Token ids: 0 {@code <unk>}, 1 {@code <s>}, 2 {@code </s>}, 3 {@code <num>}, 4 {@code ,}, then syllables by
 * descending training count (ties by text). An n-gram key packs its ids 16 bits each, oldest word in the high
 * bits: {@code key = w1 << 16(n-1) | ... | wn}. Ids stay below 32768, so keys are non-negative. Order 5 packs
 * 12 bits per id and holds only 5-grams of the 4,095 most frequent tokens (see {@link #pack}).
 *
 * <p>Scores are quantised: {@code q = round(-log10(x) * 2000)}, clamped to 0..65534.
 *
 * @param order    highest n-gram order (2..5)
 * @param vocab    token text by id
 * @param counts   training count of each token (for the syllable inventory)
 * @param keys     keys[n-1] sorted ascending for n >= 2; keys[0] is null (unigrams are dense by id)
 * @param probs    probs[n-1][i] quantised log10 p(wn | w1..wn-1) of keys[n-1][i] (dense by id for n = 1)
 * @param backoffs backoffs[n-1][i] quantised log10 backoff weight of that n-gram as a context; null for n = order
 */
public record ModelData(int order, String[] vocab, int[] counts, long[][] keys, char[][] probs, char[][] backoffs) {

    public static final int UNK = 0;
    public static final int BOS = 1;
    public static final int EOS = 2;
    public static final int NUM = 3;
    public static final int COMMA = 4;
    public static final int FIRST_WORD = 5;
    public static final int MAX_IDS = 32768;
    public static final String[] SPECIALS = {"<unk>", "<s>", "</s>", "<num>", ","};

    public static final double SCALE = 2000.0;
    public static final char MAX_Q = 65534;

    /** Quantises a log10 value (<= 0; positive values are clamped to 0). */
    public static char quantise(double log10) {
        if (!(log10 < 0)) {
            return 0;
        }
        long q = Math.round(-log10 * SCALE);
        return (char) Math.min(q, MAX_Q);
    }

    /** Inverse of {@link #quantise(double)}. */
    public static float dequantise(char q) {
        return (float) (-q / SCALE);
    }

    /** Number of n-grams of order {@code n}. */
    public int size(int n) {
        return n == 1 ? vocab.length : keys[n - 1].length;
    }

    /** Ids allowed in 5-grams, which pack 12 bits per id (the 4,095 most frequent tokens). */
    public static final int NARROW_LIMIT = 4096;

    /** Bits per id in an n-gram key of order n: 16, or 12 for order 5. */
    public static int bits(int n) {
        return n == 5 ? 12 : 16;
    }

    /**
     * Packs ids into an n-gram key, oldest id in the high bits; returns -1 for a 5-gram with an id that does not
     * fit in 12 bits (such 5-grams are not modelled).
     */
    public static long pack(int[] ids, int from, int n) {
        int b = bits(n);
        long k = 0;
        for (int j = 0; j < n; j++) {
            int id = ids[from + j];
            if (id >= (1 << b)) {
                return -1;
            }
            k = (k << b) | id;
        }
        return k;
    }

    /** The j-th id (0 = oldest) of an n-gram key. */
    public static int idAt(long key, int n, int j) {
        int b = bits(n);
        return (int) (key >>> (b * (n - 1 - j))) & ((1 << b) - 1);
    }

    private static long repack(long key, int n, int from, int count) {
        long k = 0;
        for (int j = from; j < from + count; j++) {
            k = (k << 16) | idAt(key, n, j);
        }
        return k;
    }

    /** The context (first n-1 ids) of an n-gram key, as a key of order n-1. */
    public static long contextOf(long key, int n) {
        return n == 5 ? repack(key, 5, 0, 4) : key >>> 16;
    }

    /** The suffix (last n-1 ids) of an n-gram key, as a key of order n-1. */
    public static long suffixOf(long key, int n) {
        return n == 5 ? repack(key, 5, 1, 4) : key & ((1L << (16 * (n - 1))) - 1);
    }

    /** Equal for keys of order n that share their context; keys sorted ascending group contiguously by it. */
    public static long groupOf(long key, int n) {
        return key >>> bits(n);
    }

    /** The 5-gram key of a 4-id context packed 16 bits per id plus a next id, or -1 if an id is too large. */
    public static long fiveGram(long context4, int w) {
        if (w >= NARROW_LIMIT) {
            return -1;
        }
        long k = 0;
        for (int j = 3; j >= 0; j--) {
            int id = (int) (context4 >>> (16 * j)) & 0xFFFF;
            if (id >= NARROW_LIMIT) {
                return -1;
            }
            k = (k << 12) | id;
        }
        return (k << 12) | w;
    }
}
