package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory-mapped model (file version 2) against the version-1 model it was converted from: every score must be
 * the same. The reference is the backoff formula read straight off the sorted arrays (binary search), which gave
 * the same value as the hash tables of the version-1 loader on 300,000 sampled n-grams of the committed model.
 */
class MappedModelTest {

    /** log10 p(w | history) by the definition of the backoff model, from the sorted arrays. */
    static double reference(ModelData d, int[] h, int histLen, int w) {
        int len = Math.min(histLen, d.order() - 1);
        double backoff = 0;
        for (; len >= 1; len--) {
            int[] ids = new int[len + 1];
            System.arraycopy(h, histLen - len, ids, 0, len);
            ids[len] = w;
            long key = ModelData.pack(ids, 0, len + 1);
            int at = key < 0 ? -1 : Arrays.binarySearch(d.keys()[len], key);
            if (at >= 0) {
                return backoff + ModelData.dequantise(d.probs()[len][at]);
            }
            if (len == 1) {
                backoff += ModelData.dequantise(d.backoffs()[0][ids[0]]);
            } else {
                int c = Arrays.binarySearch(d.keys()[len - 1], ModelData.pack(ids, 0, len));
                backoff += c >= 0 ? ModelData.dequantise(d.backoffs()[len - 1][c]) : 0.0;
            }
        }
        return backoff + ModelData.dequantise(d.probs()[0][w]);
    }

    /** Compares the model with the reference on every stored n-gram (up to limit) and as many random ones. */
    static void assertSameScores(NgramModel model, ModelData d, int limit, long seed) {
        Random random = new Random(seed);
        int v = d.vocab().length;
        int checked = 0;
        for (int n = 2; n <= d.order(); n++) {
            long[] keys = d.keys()[n - 1];
            int step = Math.max(1, keys.length / limit);
            for (int i = 0; i < keys.length; i += step) {
                int[] ids = new int[n];
                for (int j = 0; j < n; j++) {
                    ids[j] = ModelData.idAt(keys[i], n, j);
                }
                assertThat(model.logProb(ids, n - 1, ids[n - 1])).as("stored %d-gram %s", n, Arrays.toString(ids))
                        .isEqualTo(reference(d, ids, n - 1, ids[n - 1]));
                // the same context with another word, and a word after an unseen first id: backoff paths
                ids[n - 1] = random.nextInt(v);
                assertThat(model.logProb(ids, n - 1, ids[n - 1])).isEqualTo(reference(d, ids, n - 1, ids[n - 1]));
                ids[0] = random.nextInt(v);
                assertThat(model.logProb(ids, n - 1, ids[n - 1])).isEqualTo(reference(d, ids, n - 1, ids[n - 1]));
                checked += 3;
            }
        }
        for (int t = 0; t < limit; t++) {
            int n = 2 + random.nextInt(d.order() - 1);
            int[] ids = random.ints(n, 0, random.nextBoolean() ? v : Math.min(v, 64)).toArray();
            assertThat(model.logProb(ids, n - 1, ids[n - 1])).isEqualTo(reference(d, ids, n - 1, ids[n - 1]));
            checked++;
        }
        assertThat(checked).isGreaterThan(limit);
    }

    private static Path compactFixture(Path dir) throws IOException {
        Path file = dir.resolve("tiny-v1.lm");
        try (InputStream in = MappedModelTest.class.getResourceAsStream("tiny-v1.lm")) {
            assertThat(in).as("test resource tiny-v1.lm").isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void convertedCompactModelGivesTheSameScores(@TempDir Path dir) throws IOException {
        Path v1 = compactFixture(dir);
        assertThat(LmFile.version(v1)).isEqualTo(1);
        ModelData old = LmFile.read(v1);
        Path v2 = dir.resolve("tiny.lm");
        assertThat(LmFile.convert(v1, v2)).isEqualTo(1);
        assertThat(LmFile.version(v2)).isEqualTo(LmFile.currentVersion()).isEqualTo(2);
        NgramModel mapped = NgramModel.load(v2);
        NgramModel fromOld = NgramModel.load(v1); // an old file still loads (decoded onto the heap)
        assertSameScores(mapped, old, 100_000, 17);
        assertSameScores(fromOld, old, 100_000, 18);
        // the arrays come back unchanged, and the vocabulary with its counts
        ModelData back = mapped.data();
        assertThat(back.vocab()).isEqualTo(old.vocab());
        assertThat(back.counts()).isEqualTo(old.counts());
        for (int n = 1; n <= old.order(); n++) {
            if (n > 1) {
                assertThat(back.keys()[n - 1]).isEqualTo(old.keys()[n - 1]);
            }
            assertThat(back.probs()[n - 1]).isEqualTo(old.probs()[n - 1]);
            if (n < old.order()) {
                assertThat(back.backoffs()[n - 1]).isEqualTo(old.backoffs()[n - 1]);
            }
        }
        // the scorer the decoder uses agrees with logProb on the mapped model
        String[] words = {"tiếp", "tục", "đẩy", "mạnh", "cải", "cách", "hành", "chính"};
        int[] h = Arrays.stream(words).mapToInt(mapped::id).toArray();
        int[] cands = {mapped.id("cải"), mapped.id("cái"), mapped.id("chính"), ModelData.UNK, ModelData.EOS};
        for (int end = 1; end <= h.length; end++) {
            long ctx = 0;
            int len = Math.min(end, mapped.order() - 1);
            for (int j = end - len; j < end; j++) {
                ctx = ctx << 16 | h[j];
            }
            double[] batch = new double[cands.length];
            mapped.logProbs(ctx, len, cands, 4, batch);
            NgramModel.Scorer s = mapped.scorer(4);
            s.next(cands);
            double[] scored = new double[cands.length];
            s.score(ctx, len, scored);
            for (int c = 0; c < cands.length; c++) {
                double expected = reference(old, h, end, cands[c]);
                assertThat(batch[c]).isEqualTo(expected);
                assertThat(scored[c]).isEqualTo(expected);
            }
        }
    }

    @Test
    void fiveGramModelsMapToo(@TempDir Path dir) throws IOException {
        ModelData data = new LmTrainer(new LmTrainer.Settings(5, new int[] {1, 1, 1, 1, 1}, false)).train(TinyCorpus.LINES);
        Path file = dir.resolve("five.lm");
        LmFile.write(data, file);
        assertSameScores(NgramModel.load(file), data, 100_000, 5);
    }

    @Test
    void aModelMappedBeforeItsFileIsReplacedKeepsItsScores(@TempDir Path dir) throws IOException {
        ModelData four = LmTrainerTest.tiny();
        Path file = dir.resolve("m.lm");
        LmFile.write(four, file);
        NgramModel mapped = NgramModel.load(file);
        // retraining writes a temporary file and renames it over the old one: the mapping keeps the old bytes
        LmFile.write(new LmTrainer(new LmTrainer.Settings(2, new int[] {1, 1}, false)).train(TinyCorpus.LINES), file);
        assertThat(NgramModel.load(file).order()).isEqualTo(2);
        assertSameScores(mapped, four, 10_000, 3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("m.lm");
        }
    }

    @Test
    void damagedFilesAreRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.lm");
        LmFile.write(LmTrainerTest.tiny(), file);
        byte[] good = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.lm");
        Files.write(cut, Arrays.copyOf(good, good.length - 100));
        assertThatThrownBy(() -> NgramModel.load(cut)).isInstanceOf(IOException.class)
                .hasMessageContaining("cut.lm").hasMessageContaining("truncated");
        Path longer = dir.resolve("long.lm");
        Files.write(longer, Arrays.copyOf(good, good.length + 8));
        assertThatThrownBy(() -> NgramModel.load(longer)).isInstanceOf(IOException.class).hasMessageContaining("trailing");
        Path future = dir.resolve("future.lm");
        byte[] v9 = good.clone();
        v9[7] = 9;
        Files.write(future, v9);
        assertThatThrownBy(() -> NgramModel.load(future)).isInstanceOf(IOException.class)
                .hasMessageContaining("unsupported language model version 9");
        Path empty = dir.resolve("empty.lm");
        Files.write(empty, new byte[3]);
        assertThatThrownBy(() -> NgramModel.load(empty)).isInstanceOf(IOException.class).hasMessageContaining("truncated");
    }

    @Test
    void theCommittedModelIsInTheMappedFormat() throws IOException {
        Path file = Path.of(ModelLocator.RELATIVE_PATH);
        Assumptions.assumeTrue(Files.isRegularFile(file), "models/vi-syllable.lm not present");
        assertThat(LmFile.version(file)).as("convert it with: ./vanban train-lm --convert " + file)
                .isEqualTo(LmFile.currentVersion());
        assertSameScores(NgramModel.load(file), LmFile.read(file), 2_000, 11);
    }
}
