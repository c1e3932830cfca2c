package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The memoising beam scorer must give exactly what the plain per-query lookups give. */
class NgramScorerTest {

    private static NgramModel tiny() {
        ModelData data = new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false)).train(TinyCorpus.LINES);
        return new NgramModel(data);
    }

    @Test
    void scorerMatchesLogProbsBitForBitAndCarriesContextPlaces() {
        NgramModel m = tiny();
        Random rnd = new Random(7);
        int v = m.vocabularySize();
        for (int trial = 0; trial < 300; trial++) {
            NgramModel.Scorer scorer = m.scorer(4);
            int[] seq = new int[8];
            seq[0] = ModelData.BOS;
            int[] refs = null;
            for (int p = 1; p < seq.length; p++) {
                int k = 1 + rnd.nextInt(6);
                int[] words = new int[k];
                for (int c = 0; c < k; c++) {
                    // mostly real continuations of training text, some random ids
                    words[c] = rnd.nextInt(3) == 0 ? rnd.nextInt(v) : ModelData.FIRST_WORD + rnd.nextInt(Math.min(30, v - 5));
                }
                scorer.next(words);
                int len = Math.min(p, 3);
                long ctx = 0;
                for (int j = p - len; j < p; j++) {
                    ctx = (ctx << 16) | seq[j];
                }
                double[] fast = new double[k];
                scorer.score(ctx, p, refs, 0, fast);
                double[] plain = new double[k];
                m.logProbs(ctx, len, words, 4, plain);
                for (int c = 0; c < k; c++) {
                    seq[p] = words[c];
                    assertThat(fast[c]).isEqualTo(plain[c]);
                    assertThat(fast[c]).isEqualTo(m.logProb(seq, p, words[c], 4));
                }
                int chosen = rnd.nextInt(k);
                seq[p] = words[chosen];
                refs = new int[3];
                for (int l = 0; l < Math.min(p + 1, 3); l++) {
                    refs[l] = scorer.ref(l, chosen);
                }
            }
        }
    }

    @Test
    void directProbesGiveWhatTheHistoryLookupGives() {
        NgramModel m = tiny();
        Random rnd = new Random(11);
        int v = m.vocabularySize();
        double[] acc = new double[1];
        for (int trial = 0; trial < 2000; trial++) {
            int len = 1 + rnd.nextInt(5);
            int[] seq = new int[len + 1];
            seq[0] = ModelData.BOS;
            for (int j = 1; j <= len; j++) {
                seq[j] = rnd.nextInt(2) == 0 ? rnd.nextInt(v) : ModelData.FIRST_WORD + rnd.nextInt(Math.min(30, v - 5));
            }
            int w = seq[len];
            long ctx = 0;
            for (int j = Math.max(0, len - 3); j < len; j++) {
                ctx = (ctx << 16) | seq[j];
            }
            double plain = m.logProb(seq, len, w, 4);
            assertThat(m.logProbPacked(ctx, len, w, 4)).isEqualTo(plain);
            // split at a context length: the long contexts' part, then the short context's log prob
            int minLen = 1 + rnd.nextInt(3);
            double above = m.logProbAbove(ctx, len, w, 4, minLen, acc);
            if (Double.isNaN(above)) {
                int shortLen = Math.min(minLen - 1, len);
                double rest = m.logProbPacked(ctx & ((1L << (16 * shortLen)) - 1), shortLen, w, 4);
                assertThat(acc[0] + rest).isCloseTo(plain, org.assertj.core.api.Assertions.within(1e-9));
            } else {
                assertThat(above).isEqualTo(plain);
            }
        }
    }
}
