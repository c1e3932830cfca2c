package org.vanban.text.lm;

/**
 * The raw content of a syllable n-gram model, as sorted arrays: what {@link LmTrainer} produces,
 * what {@link LmFile} writes and reads, and what {@link NgramModel} indexes.
 *
 * <p>Token ids: 0 {@code <unk>}, 1 {@code <s>}, 2 {@code </s>}, 3 {@code <num>}, 4 {@code ,}, then syllables by
 * descending training count (ties by text). An n-gram key packs its ids 16 bits each, oldest word in the high
 * bits: {@code key = w1 << 16(n-1) | ... | wn}. Ids stay below 32768, so keys are non-negative.
 *
 * <p>Scores are quantised: {@code q = round(-log10(x) * 2000)}, clamped to 0..65534.
 *
 * @param order    highest n-gram order (2..4)
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

    /** Packs ids into an n-gram key. */
    public static long pack(int[] ids, int from, int n) {
        long k = 0;
        for (int j = 0; j < n; j++) {
            k = (k << 16) | ids[from + j];
        }
        return k;
    }
}
