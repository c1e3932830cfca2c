package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;
import org.vanban.vi.Fold;
import org.vanban.vi.Letters;

/**
 * The decoder's speed work: threshold pruning of the beam, the per-thread search buffers, the per-word candidate
 * cache and the confidences taken from the search must not change what the decoder does beyond what is stated.
 */
class DecoderPruningTest {

    static NgramModel model;

    /** TinyCorpus lines stripped of their diacritics, plus a few mixed ones. */
    static final List<String> INPUTS = new ArrayList<>();

    @BeforeAll
    static void train() {
        model = new NgramModel(LmTrainerTest.tiny());
        for (String line : TinyCorpus.LINES) {
            INPUTS.add(Fold.strip(line));
        }
        INPUTS.add("Cai cach hanh chinh, cai cach thu tuc hanh chinh va cai cach cong vu");
        INPUTS.add("Ke hoach nay co hieu luc ke tu ngay ky");
    }

    private static DiacriticRestorer restorer(int beam, double margin) {
        DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
        return new DiacriticRestorer(model, new DiacriticRestorer.Options(beam, d.maxOrder(), d.maxCandidates(), 1,
                d.accentedLineRatio(), d.accentedLinePenalty(), false, margin, d.keepCleanLines()));
    }

    @Test
    void marginOfInfinityKeepsTheWholeBeamAndAWideMarginChangesNothing() {
        DiacriticRestorer full = restorer(16, Double.POSITIVE_INFINITY);
        DiacriticRestorer wide = restorer(16, 30);
        for (String in : INPUTS) {
            assertThat(wide.restore(in)).as(in).isEqualTo(full.restore(in));
        }
    }

    @Test
    void defaultMarginStillRestoresTheTrainingSentences() {
        DiacriticRestorer pruned = restorer(16, DiacriticRestorer.Options.DEFAULT_PRUNE_MARGIN);
        int same = 0;
        for (String line : TinyCorpus.LINES) {
            if (pruned.restore(Fold.strip(line)).equals(line)) {
                same++;
            }
        }
        // the tiny model knows these sentences: (nearly) all come back exactly
        assertThat(same).isGreaterThanOrEqualTo(TinyCorpus.LINES.size() - 2);
    }

    @Test
    void aZeroMarginKeepsOneHypothesisAndStillGivesOneLineOutPerLineIn() {
        DiacriticRestorer greedy = restorer(16, 0);
        for (String in : INPUTS) {
            String out = greedy.restore(in);
            assertThat(Fold.base(out)).isEqualTo(Fold.base(in));
        }
    }

    @Test
    void optionsRejectABadMarginAndTheSevenArgumentConstructorUsesTheDefault() {
        DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
        assertThatThrownBy(() -> d.withPruneMargin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prune margin");
        assertThatThrownBy(() -> d.withPruneMargin(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        DiacriticRestorer.Options seven = new DiacriticRestorer.Options(8, 4, 12, 2, 0.3, 3.0, true);
        assertThat(seven.pruneMargin()).isEqualTo(DiacriticRestorer.Options.DEFAULT_PRUNE_MARGIN);
        assertThat(d.with(4, 3).pruneMargin()).isEqualTo(d.pruneMargin());
        assertThat(d.withOcrChannel(true).withPruneMargin(2).ocrChannel()).isTrue();
    }

    @Test
    void buffersAreReusedSafelyAcrossLinesOfDifferentLengths() {
        DiacriticRestorer r = restorer(16, DiacriticRestorer.Options.DEFAULT_PRUNE_MARGIN);
        List<String> first = new ArrayList<>();
        for (String in : INPUTS) {
            first.add(r.restore(in));
        }
        // a long line grows the buffers, then the short lines again must give the same answers
        StringBuilder longLine = new StringBuilder();
        for (String in : INPUTS) {
            longLine.append(in.replaceAll("[.,;:]", "")).append(' ');
        }
        assertThat(Fold.base(r.restore(longLine.toString()))).isEqualTo(Fold.base(longLine.toString()));
        for (int i = 0; i < INPUTS.size(); i++) {
            assertThat(r.restore(INPUTS.get(i))).isEqualTo(first.get(i));
        }
    }

    /**
     * Confidences: the posterior of the chosen form against the word's other candidates with the rest of the line
     * fixed, computed here the slow way from {@link NgramModel#logProb} over the whole path; the decoder takes
     * these terms from its search and leaves out candidates 6 log10 units behind (changing a confidence by at most
     * about 1e-5).
     */
    @Test
    void confidencesMatchTheLocalPosteriorComputedTheSlowWay() {
        DiacriticRestorer r = restorer(16, DiacriticRestorer.Options.DEFAULT_PRUNE_MARGIN);
        String in = "Tiep tuc day manh cai cach hanh chinh tren dia ban tinh";
        DiacriticRestorer.Result res = r.restoreWithCorrections(in);
        String[] words = in.split(" ");
        String[] outWords = res.text().split(" ");
        assertThat(outWords).hasSameSizeAs(words);
        int n = words.length;
        int[] seq = new int[n + 2];
        seq[0] = ModelData.BOS;
        for (int j = 0; j < n; j++) {
            seq[j + 1] = model.id(Letters.lower(outWords[j]));
        }
        seq[n + 1] = ModelData.EOS;
        int checked = 0;
        for (Correction c : res.corrections()) {
            int i = List.of(outWords).indexOf(c.replacement());
            assertThat(i).isGreaterThanOrEqualTo(0);
            int[] cands = candidates(r, words[i]);
            double[] local = new double[cands.length];
            double max = Double.NEGATIVE_INFINITY;
            int chosenAt = -1;
            for (int k = 0; k < cands.length; k++) {
                int[] s = seq.clone();
                s[i + 1] = cands[k];
                if (cands[k] == seq[i + 1]) {
                    chosenAt = k;
                }
                for (int p = i + 1; p <= Math.min(n + 1, i + model.order()); p++) {
                    local[k] += model.logProb(s, p, s[p]);
                }
                max = Math.max(max, local[k]);
            }
            double sum = 0;
            for (double l : local) {
                sum += Math.pow(10, l - max);
            }
            double expected = Math.pow(10, local[chosenAt] - max) / sum;
            assertThat(c.confidence()).as(c.replacement()).isCloseTo(expected, within(1e-5));
            checked++;
        }
        assertThat(checked).isEqualTo(n);
    }

    /** The candidate ids the decoder tries for a stripped word (minimum count 1, no penalty). */
    private static int[] candidates(DiacriticRestorer r, String word) {
        String lower = Letters.lower(word);
        int[] all = r.inventory().candidateIds(Fold.lower(lower));
        int k = Math.min(all.length, DiacriticRestorer.Options.defaults().maxCandidates());
        int own = model.id(lower);
        List<Integer> ids = new ArrayList<>();
        boolean listed = false;
        for (int i = 0; i < k; i++) {
            listed |= all[i] == own && own != ModelData.UNK;
        }
        if (!listed) {
            ids.add(own);
        }
        for (int i = 0; i < k; i++) {
            ids.add(all[i]);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
