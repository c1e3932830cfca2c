package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OcrEnginePoolTest {

    private static BufferedImage line(String text) {
        return TestPages.render(List.of(text), 0);
    }

    @Test
    void recognisesTimesOutAndReplacesTheEngine() throws Exception {
        // a fake engine: the pool's own logic (one engine per worker, replaced after a failed page), no Tesseract
        BufferedImage slow = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
        List<FakeOcrEngine> made = new CopyOnWriteArrayList<>();
        OcrEnginePool.EngineFactory factory = () -> {
            FakeOcrEngine e = new FakeOcrEngine(image -> image == slow ? null
                    : new OcrResult("Điều 2. Chánh Văn phòng", 91, List.of(new OcrWord("Điều", 2, 3, 10, 4, 90))));
            made.add(e);
            return e;
        };
        try (OcrEnginePool pool = new OcrEnginePool(1, factory, null, Duration.ofSeconds(60))) {
            assertThat(pool.threads()).isEqualTo(1);
            assertThat(pool.enginesCreated()).isZero(); // lazily, at the first page

            BufferedImage page = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
            OcrResult r = pool.submit(page).get();
            assertThat(r.text()).isEqualTo("Điều 2. Chánh Văn phòng");
            assertThat(r.words()).containsExactly(new OcrWord("Điều", 2, 3, 10, 4, 90)); // no preparation: same pixels
            assertThat(pool.enginesCreated()).isEqualTo(1);
            assertThat(made.get(0).pages()).containsExactly(page);
            assertThat(made.get(0).dpis()).containsExactly(OcrEngine.DEFAULT_DPI);

            // a page past its limit: clear timeout, and that engine is closed and discarded
            assertThatThrownBy(() -> pool.recognize(slow, Duration.ofMillis(1)))
                    .isInstanceOf(OcrTimeoutException.class)
                    .hasMessageContaining("1 ms");
            assertThat(made.get(0).closed()).isTrue();

            OcrResult after = pool.recognize(page, Duration.ofSeconds(60));
            assertThat(after.text()).contains("Văn phòng");
            assertThat(pool.enginesCreated()).isEqualTo(2);
            assertThat(made.get(1).closed()).isFalse();
            assertThat(pool.stats().pages()).isEqualTo(3);
        }
        assertThat(made.get(1).closed()).isTrue(); // closed on its worker when the pool closes
    }

    @Test
    void aDoubtfulReadingIsReadTheOtherWayAndTheBetterKept() throws Exception {
        // the fake doubts every page (confidence 40): the pool reads it a second way, counts it, keeps the better
        List<FakeOcrEngine> made = new CopyOnWriteArrayList<>();
        OcrEnginePool.EngineFactory factory = () -> {
            FakeOcrEngine e = FakeOcrEngine.reading("Giao Sở Tài chính", 40, List.of());
            made.add(e);
            return e;
        };
        BufferedImage clean = TestPages.render(TestPages.LINES, 0.3);
        try (OcrEnginePool pool = new OcrEnginePool(1, factory, new ImagePreprocessor(), Duration.ofSeconds(60))) {
            OcrResult r = pool.submit(clean).get();
            assertThat(r.text()).isEqualTo("Giao Sở Tài chính");
            OcrEnginePool.Stats s = pool.stats();
            assertThat(s.pages()).isEqualTo(1);
            assertThat(s.secondReadings()).isEqualTo(1);
            assertThat(s.ways()).containsEntry("as-scanned", 1L);
            assertThat(made).hasSize(1);
            assertThat(made.get(0).pages()).hasSize(2);
        }
    }

    @Test
    void aPageCanBeReadOneGivenWayWithoutASecondReading() throws Exception {
        List<FakeOcrEngine> made = new CopyOnWriteArrayList<>();
        OcrEnginePool.EngineFactory factory = () -> {
            FakeOcrEngine e = FakeOcrEngine.reading("Giao Sở Tài chính", 40, List.of());
            made.add(e);
            return e;
        };
        BufferedImage page = TestPages.render(TestPages.LINES, 1.0);
        try (OcrEnginePool pool = new OcrEnginePool(1, factory, new ImagePreprocessor(), Duration.ofSeconds(60))) {
            pool.submit(page, ImagePreprocessor.Way.CLEANED).get();
            pool.submit(page, ImagePreprocessor.Way.CLEANED_NATIVE).get();
            assertThat(made.get(0).pages()).hasSize(2);
            assertThat(made.get(0).pages().get(0).getWidth()).isEqualTo(page.getWidth() / 2);
            assertThat(made.get(0).pages().get(1).getWidth()).isEqualTo(page.getWidth());
            assertThat(pool.stats().secondReadings()).isZero();
        }
    }

    /**
     * A fake engine whose n-th reading of a page (counted per engine) is {@code readings[n]}: words 4 x 1 along the
     * middle of the page, each 200 x 40 px in the source page's pixels, scaled to the image it is given (a halved
     * page gets halved boxes, which the pool scales back).
     */
    private static OcrEnginePool.EngineFactory readingInTurn(BufferedImage source, List<FakeOcrEngine> made,
                                                             String[][] texts, double[] means, double[][] confs) {
        return () -> {
            int[] n = {0};
            FakeOcrEngine e = new FakeOcrEngine(image -> {
                int k = Math.min(n[0]++, texts.length - 1);
                double f = (double) image.getWidth() / source.getWidth();
                List<OcrWord> ws = new java.util.ArrayList<>();
                for (int i = 0; i < texts[k].length; i++) {
                    ws.add(new OcrWord(texts[k][i], (int) Math.round((100 + 260 * i) * f),
                            (int) Math.round(source.getHeight() / 2.0 * f), (int) Math.round(200 * f),
                            (int) Math.round(40 * f), confs[k][i]));
                }
                return new OcrResult(String.join(" ", texts[k]) + "\n", means[k], ws);
            });
            made.add(e);
            return e;
        };
    }

    @Test
    void aDoubtfulPageIsReadTwiceAndTakesTheWordsTheSecondReadingReadsBetter() throws Exception {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0);
        List<FakeOcrEngine> made = new CopyOnWriteArrayList<>();
        // first reading (as scanned) doubts "thấm" (60) and is kept as a whole (mean 85 against 70); the second
        // (cleaned) reads "thẩm" at 90 in the same place: the merge takes that word
        String[][] texts = {{"cơ", "quan", "thấm", "quyền"}, {"cơ", "quan", "thẩm", "quyên"}};
        double[][] confs = {{96, 96, 60, 96}, {70, 70, 90, 50}};
        try (OcrEnginePool pool = new OcrEnginePool(1, readingInTurn(clean, made, texts, new double[]{85, 70}, confs),
                new ImagePreprocessor(), Duration.ofSeconds(60))) {
            OcrResult r = pool.submit(clean).get();
            assertThat(made.get(0).pages()).hasSize(2);
            assertThat(r.text()).isEqualTo("cơ quan thẩm quyền\n");
            assertThat(r.words()).extracting(OcrWord::text).containsExactly("cơ", "quan", "thẩm", "quyền");
            assertThat(r.meanConfidence()).isEqualTo(85);
            OcrEnginePool.Stats s = pool.stats();
            assertThat(s.secondReadings()).isEqualTo(1);
            assertThat(s.secondKept()).isZero();
            assertThat(s.merged()).isEqualTo(1);
            assertThat(s.wordsReplaced()).isEqualTo(1);
            assertThat(s.toString()).contains("read twice 1").contains("merged 1 (1 words replaced)");
        }
    }

    @Test
    void aConfidentPageIsReadOnce() throws Exception {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0);
        List<FakeOcrEngine> made = new CopyOnWriteArrayList<>();
        String[][] texts = {{"cơ", "quan", "thẩm", "quyền"}, {"co", "quan", "thấm", "quyên"}};
        double[][] confs = {{97, 97, 96, 97}, {99, 99, 99, 99}};
        try (OcrEnginePool pool = new OcrEnginePool(1, readingInTurn(clean, made, texts, new double[]{97, 99}, confs),
                new ImagePreprocessor(), Duration.ofSeconds(60))) {
            OcrResult r = pool.submit(clean).get();
            assertThat(made.get(0).pages()).hasSize(1);
            assertThat(r.text()).isEqualTo("cơ quan thẩm quyền\n");
            OcrEnginePool.Stats s = pool.stats();
            assertThat(s.pages()).isEqualTo(1);
            assertThat(s.secondReadings()).isZero();
            assertThat(s.merged()).isZero();
            assertThat(s.wordsReplaced()).isZero();
            assertThat(s.secondCpuNanos()).isZero();
        }
    }

    @Test
    void factoryPoolRefusesBadArguments() {
        assertThatThrownBy(() -> new OcrEnginePool(0, () -> FakeOcrEngine.reading("", 0, List.of()), null,
                Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OcrEnginePool(1, (OcrEnginePool.EngineFactory) null, null, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPageIsPreparedTheWayItsMeasuresAsk() throws Exception {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0.3);
        BufferedImage harsh = TestPages.degrade(TestPages.render(TestPages.LINES, 2.0), 0.45, 0.35, 800, 7);
        try (OcrEnginePool pool = new OcrEnginePool(1, OcrEngine.defaultTessdataDir(), "vie",
                new ImagePreprocessor(), Duration.ofSeconds(60))) {
            OcrEnginePool.Stats s0 = pool.stats();
            OcrResult a = pool.submit(clean).get();
            OcrEnginePool.Stats s1 = pool.stats().since(s0);
            assertThat(s1.ways()).containsEntry("as-scanned", 1L).doesNotContainKey("cleaned");
            assertThat(a.text()).contains("Điều 1. Giao Sở Tài chính chủ trì thực hiện.");
            OcrResult b = pool.submit(harsh).get();
            OcrEnginePool.Stats s2 = pool.stats().since(s0);
            assertThat(s2.pages()).isEqualTo(2);
            assertThat(s2.ways()).containsEntry("cleaned", 1L);
            assertThat(b.text()).contains("Giao Sở Tài chính");
            assertThat(s2.secondReadings()).isBetween(0L, 2L);
            assertThat(s2.secondCpuNanos() > 0).isEqualTo(s2.secondReadings() > 0);
        }
        // the fixed chain cleans every page
        try (OcrEnginePool fixed = new OcrEnginePool(1, OcrEngine.defaultTessdataDir(), "vie",
                ImagePreprocessor.fixedChain(), Duration.ofSeconds(60))) {
            fixed.submit(clean).get();
            assertThat(fixed.stats().ways()).containsOnlyKeys("cleaned");
            assertThat(fixed.stats().secondReadings()).isZero();
        }
    }

    @Test
    void poolRefusesMissingTessdataAtOnce() {
        assertThatThrownBy(() -> new OcrEnginePool(2, java.nio.file.Path.of("/nonexistent/tessdata"), "vie",
                null, Duration.ofSeconds(5)))
                .isInstanceOf(OcrException.class)
                .hasMessageContaining("tesseract-ocr-vie");
    }
}
