package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmTrainerTest {

    static ModelData tiny() {
        return new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false)).train(TinyCorpus.LINES);
    }

    static byte[] bytes(ModelData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LmFile.write(data, out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        List<String> shuffledCopy = new ArrayList<>(TinyCorpus.LINES);
        assertThat(bytes(tiny())).isEqualTo(bytes(new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false))
                .train(shuffledCopy)));
    }

    @Test
    void binaryFormatRoundTrips(@TempDir Path dir) throws IOException {
        ModelData data = tiny();
        Path file = dir.resolve("tiny.lm");
        LmFile.write(data, file);
        NgramModel before = new NgramModel(data);
        NgramModel after = NgramModel.load(file);
        assertThat(after.order()).isEqualTo(4);
        assertThat(after.vocabularySize()).isEqualTo(before.vocabularySize());
        assertThat(bytes(after.data())).isEqualTo(Files.readAllBytes(file));
        // every stored n-gram gets the same probability after save/load
        for (int n = 2; n <= 4; n++) {
            for (long key : data.keys()[n - 1]) {
                int[] ids = new int[n];
                for (int j = 0; j < n; j++) {
                    ids[j] = ModelData.idAt(key, n, j);
                }
                assertThat(after.logProb(ids, n - 1, ids[n - 1])).isEqualTo(before.logProb(ids, n - 1, ids[n - 1]));
            }
        }
        assertThat(after.sentenceLogProb("cải", "cách", "hành", "chính"))
                .isEqualTo(before.sentenceLogProb("cải", "cách", "hành", "chính"));
    }

    @Test
    void probabilitiesAreNormalisedAndPreferSeenText() {
        NgramModel m = new NgramModel(tiny());
        int v = m.vocabularySize();
        for (String[] ctx : new String[][] {{}, {"cải"}, {"cải", "cách"}, {"đẩy", "mạnh", "cải"}, {"tỉnh", "thông", "qua"}}) {
            int[] h = new int[ctx.length];
            for (int i = 0; i < ctx.length; i++) {
                h[i] = m.id(ctx[i]);
            }
            double sum = 0;
            for (int w = 0; w < v; w++) {
                sum += Math.pow(10, m.logProb(h, h.length, w));
            }
            assertThat(sum).as("sum of p(w | %s)", String.join(" ", ctx)).isBetween(0.98, 1.02);
        }
        assertThat(m.sentenceLogProb("cải", "cách", "hành", "chính"))
                .isGreaterThan(m.sentenceLogProb("cái", "cạch", "hạnh", "chỉnh") + 3);
    }

    @Test
    void heldOutLinesAreNotTrainedOn() {
        List<String> lines = new ArrayList<>();
        String heldOut = null;
        for (int i = 0; heldOut == null; i++) {
            String candidate = "dòng thử nghiệm số " + i + " xyzabc";
            if (HeldOutSplit.isHeldOut(candidate)) {
                heldOut = candidate;
            }
        }
        lines.add(heldOut);
        lines.addAll(TinyCorpus.LINES);
        ModelData data = new LmTrainer(new LmTrainer.Settings(3, new int[] {1, 1, 1}, true)).train(lines);
        assertThat(new NgramModel(data).id("xyzabc")).isEqualTo(ModelData.UNK);
        ModelData all = new LmTrainer(new LmTrainer.Settings(3, new int[] {1, 1, 1}, false)).train(lines);
        assertThat(new NgramModel(all).id("xyzabc")).isNotEqualTo(ModelData.UNK);
    }

    @Test
    void pruningDropsRareHighOrderNgramsButKeepsContexts() {
        ModelData full = tiny();
        ModelData pruned = new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 2, 2}, false)).train(TinyCorpus.LINES);
        assertThat(pruned.size(4)).isLessThan(full.size(4));
        assertThat(pruned.size(3)).isLessThan(full.size(3));
        assertThat(pruned.size(2)).isEqualTo(full.size(2));
        java.util.Set<Long> trigrams = new java.util.HashSet<>();
        for (long k : pruned.keys()[2]) {
            trigrams.add(k);
        }
        for (long k : pruned.keys()[3]) {
            assertThat(trigrams).contains(k >>> 16);
        }
    }

    @Test
    void rejectsBadFilesAndSettings() {
        assertThatThrownBy(() -> LmFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
        assertThatThrownBy(() -> new LmTrainer.Settings(7, new int[] {1, 1, 1, 1, 1, 1, 1}, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LmTrainer(LmTrainer.Settings.defaults()).trainFile(Path.of("no/such/corpus.gz")))
                .isInstanceOf(IOException.class).hasMessageContaining("not found");
    }

    @Test
    void fiveGramModelsPackTwelveBitIdsAndStayNormalised(@TempDir Path dir) throws IOException {
        ModelData data = new LmTrainer(new LmTrainer.Settings(5, new int[] {1, 1, 1, 1, 1}, false)).train(TinyCorpus.LINES);
        assertThat(data.size(5)).isPositive();
        Path file = dir.resolve("five.lm");
        LmFile.write(data, file);
        NgramModel m = NgramModel.load(file);
        assertThat(m.order()).isEqualTo(5);
        int[] h = {m.id("tiếp"), m.id("tục"), m.id("đẩy"), m.id("mạnh")};
        double sum = 0;
        for (int w = 0; w < m.vocabularySize(); w++) {
            sum += Math.pow(10, m.logProb(h, 4, w));
        }
        assertThat(sum).isBetween(0.98, 1.02);
        // the 5-gram "tiếp tục đẩy mạnh cải" is stored and preferred to an unseen continuation
        long key = ModelData.pack(new int[] {h[0], h[1], h[2], h[3], m.id("cải")}, 0, 5);
        assertThat(java.util.Arrays.binarySearch(data.keys()[4], key)).isNotNegative();
        assertThat(m.logProb(h, 4, m.id("cải"))).isGreaterThan(m.logProb(h, 4, m.id("hạnh")) + 1);
        assertThat(ModelData.contextOf(key, 5)).isEqualTo(ModelData.pack(h, 0, 4));
        assertThat(ModelData.fiveGram(ModelData.pack(h, 0, 4), m.id("cải"))).isEqualTo(key);
    }
}
