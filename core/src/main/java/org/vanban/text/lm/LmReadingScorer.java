package org.vanban.text.lm;

import org.vanban.ocr.ReadingScore;
import org.vanban.ocr.ReadingScorer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Scores a reading of a page by the syllable language model: the share of its letter words that are valid
 * Vietnamese syllables ({@link ReadingScore#syllableShare}) plus the model's mean log10 probability per token,
 * scaled by {@link #LOG_PROB_WEIGHT}. A misread mark that still makes a syllable ({@code thẩm} read {@code thấm})
 * passes the syllable test but usually costs probability in its context; debris ({@code tíi}, a split word) fails
 * both. Each token's log-probability is floored at {@link #FLOOR}, so that a few unknown words (names, codes) do not
 * outweigh the rest of the page. Thread-safe (the model is read-only).
 */
public final class LmReadingScorer implements ReadingScorer {

    /** Lowest log10 probability one token can cost (an unseen syllable in the 4-gram model costs about 6-7). */
    static final double FLOOR = -6.0;
    /**
     * Weight of the mean log10 probability per token against the share of valid syllables (0..1): clean text
     * measures about -1.6 per token, a reading with one misread syllable in twenty about 0.15 lower.
     */
    static final double LOG_PROB_WEIGHT = 0.25;

    private static volatile LmReadingScorer standard;

    private final NgramModel model;

    public LmReadingScorer(NgramModel model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        this.model = model;
    }

    /** The scorer with the committed model ({@link ModelLocator}), loaded once per JVM (the file is mapped). */
    public static LmReadingScorer standard() {
        LmReadingScorer s = standard;
        if (s == null) {
            synchronized (LmReadingScorer.class) {
                s = standard;
                if (s == null) {
                    s = new LmReadingScorer(NgramModel.standard());
                    standard = s;
                }
            }
        }
        return s;
    }

    @Override
    public double score(String text) {
        return ReadingScore.syllableShare(text) + LOG_PROB_WEIGHT * logProbPerToken(text);
    }

    /**
     * The model's mean log10 probability per token of the text (syllables lower-cased, numbers as {@code <num>},
     * commas; each run between sentence punctuation or line ends scored from {@code <s>}), each token floored at
     * {@link #FLOOR}; 0 when the text has no token.
     */
    public double logProbPerToken(String text) {
        if (text == null || text.isEmpty()) return 0;
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        double sum = 0;
        long tokens = 0;
        int[] seq = new int[64];
        for (String line : nfc.split("\n")) {
            List<SyllableTokenizer.Token> ts = SyllableTokenizer.tokenize(line);
            int n = 0;
            seq[n++] = ModelData.BOS;
            for (SyllableTokenizer.Token t : ts) {
                int id;
                switch (t.kind()) {
                    case WORD -> id = model.id(t.text().toLowerCase(Locale.ROOT));
                    case NUMBER -> id = ModelData.NUM;
                    case COMMA -> id = ModelData.COMMA;
                    case BREAK -> {
                        n = 0;
                        seq[n++] = ModelData.BOS;
                        continue;
                    }
                    default -> {
                        continue;
                    }
                }
                if (n == seq.length) {
                    // keep the last order-1 tokens as history
                    int keep = model.order() - 1;
                    System.arraycopy(seq, n - keep, seq, 0, keep);
                    n = keep;
                }
                sum += Math.max(FLOOR, model.logProb(seq, n, id));
                tokens++;
                seq[n++] = id;
            }
        }
        return tokens == 0 ? 0 : sum / tokens;
    }
}
