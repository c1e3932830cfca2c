package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;
import org.vanban.vi.Fold;

class DiacriticRestorerTest {

    static DiacriticRestorer restorer;

    @BeforeAll
    static void train() {
        NgramModel model = new NgramModel(LmTrainerTest.tiny());
        DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
        restorer = new DiacriticRestorer(model, new DiacriticRestorer.Options(d.beamWidth(), d.maxOrder(),
                d.maxCandidates(), 1, d.accentedLineRatio(), d.accentedLinePenalty(), false));
    }

    @Test
    void inventoryGroupsFoldedForms() {
        assertThat(restorer.inventory().forms("chinh")).contains("chính", "chỉnh");
        assertThat(restorer.inventory().forms("HANH")).contains("hành", "hạnh");
        assertThat(restorer.inventory().forms("qqqq")).isEmpty();
    }

    @Test
    void restoresStrippedPhrase() {
        assertThat(restorer.restore("cai cach hanh chinh")).isEqualTo("cải cách hành chính");
        assertThat(restorer.restore("Tiep tuc day manh cai cach hanh chinh tren dia ban tinh."))
                .isEqualTo("Tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh.");
    }

    @Test
    void aParagraphRunsOnOverLineBreaksButNotIntoANewItem() {
        assertThat(DiacriticRestorer.continues("thuc hien cac nhiem vu cua don", "vi truc thuoc")).isTrue();
        assertThat(DiacriticRestorer.continues("thuc hien nam", "2021 theo ke hoach")).isTrue();
        assertThat(DiacriticRestorer.continues("thuc hien cac nhiem vu", "- vi pham")).isFalse();
        assertThat(DiacriticRestorer.continues("thuc hien cac nhiem vu", "b) To chuc")).isFalse();
        assertThat(DiacriticRestorer.continues("thuc hien cac nhiem vu", "2. To chuc")).isFalse();
        assertThat(DiacriticRestorer.continues("KE HOACH", "Thuc hien cac nhiem vu")).isFalse();
        assertThat(DiacriticRestorer.continues("CONG HOA XA HOI CHU NGHIA", "VIET NAM")).isTrue();
        assertThat(DiacriticRestorer.continues("thuc hien", "")).isFalse();
        assertThat(DiacriticRestorer.continues("", "thuc hien")).isFalse();
    }

    @Test
    void restoreLinesKeepsOneResultPerLine() {
        List<DiacriticRestorer.Result> r = restorer.restoreLines(List.of("cai cach", "hanh chinh", "", "cai cach"));
        assertThat(r).extracting(DiacriticRestorer.Result::text)
                .containsExactly("cải cách", "hành chính", "", "cải cách");
        assertThatThrownBy(() -> restorer.restoreLines(List.of("a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsCase() {
        assertThat(restorer.restore("CAI CACH HANH CHINH")).isEqualTo("CẢI CÁCH HÀNH CHÍNH");
        assertThat(restorer.restore("Cai cach Hanh chinh")).isEqualTo("Cải cách Hành chính");
        assertThat(restorer.restore("HOI DONG NHAN DAN TINH")).isEqualTo("HỘI ĐỒNG NHÂN DÂN TỈNH");
    }

    @Test
    void keepsPunctuationNumbersCodesAndSpacing() {
        String in = "  Can cu Nghi quyet so 30c/NQ-CP ngay 08/11/2011 ,  dat 100% ke hoach (1.250 ho so)!";
        String out = restorer.restore(in);
        assertThat(out).hasSameSizeAs(in);
        assertThat(Fold.strip(out)).isEqualTo(in);
        assertThat(out).contains("30c/NQ-CP ngày 08/11/2011 ,  đạt 100% kế hoạch (1.250 hồ sơ)!");
        assertThat(out).startsWith("  Căn cứ Nghị quyết số");
    }

    @Test
    void leavesCleanTextUnchanged() {
        for (String line : TinyCorpus.LINES) {
            assertThat(restorer.restore(line)).isEqualTo(line);
            assertThat(restorer.restoreWithCorrections(line).corrections()).isEmpty();
        }
        // plain words inside accented text stay (ban, theo, hai are correct as written)
        assertThat(restorer.restore("Ban hành theo hai quyết định của tỉnh")).isEqualTo("Ban hành theo hai quyết định của tỉnh");
        assertThat(restorer.restore("")).isEmpty();
        assertThat(restorer.restore("COVID-19, ISO 9001:2015")).isEqualTo("COVID-19, ISO 9001:2015");
        // URLs and e-mail addresses are never touched, even when their words look like stripped syllables
        String web = "Cai cach tai http://www.chinhphu.vn/cai-cach-hanh-chinh va thu vanphong@hanh.chinh.gov.vn";
        String restored = restorer.restore(web);
        assertThat(restored).startsWith("Cải cách").contains("http://www.chinhphu.vn/cai-cach-hanh-chinh ")
                .endsWith(" vanphong@hanh.chinh.gov.vn");
    }

    @Test
    void reportsCorrectionsWithOffsetsIntoOutput() {
        DiacriticRestorer.Result r = restorer.restoreWithCorrections("Day manh cai cach hanh chinh.");
        assertThat(r.text()).isEqualTo("Đẩy mạnh cải cách hành chính.");
        List<Correction> cs = r.corrections();
        assertThat(cs).hasSize(6);
        for (Correction c : cs) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
            assertThat(Fold.base(c.replacement())).isEqualTo(c.original());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(cs.get(0).original()).isEqualTo("Day");
        assertThat(cs.get(0).replacement()).isEqualTo("Đẩy");
    }

    @Test
    void rejectsMultiLineInput() {
        assertThatThrownBy(() -> restorer.restore("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String in = "Tiep tuc day manh cai cach hanh chinh tren dia ban tinh.";
        String expected = restorer.restore(in);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> restorer.restore(in)));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ocrModeGluesLetterDigitRunsButNotCodes() {
        String text = "s6 1am 30c/NQ-CP d6i 2025";
        var tokens = LineTokens.mergeMixedRuns(SyllableTokenizer.tokenize(text), text);
        assertThat(tokens).extracting(SyllableTokenizer.Token::text)
                .containsExactly("s6", "1am", "30", "c", "/", "NQ", "-", "CP", "d6i", "2025");
    }

    @Test
    void ocrChannelCostsFavourKnownConfusions() {
        assertThat(OcrChannel.distance("s6", "so")).isLessThan(1.0);
        assertThat(OcrChannel.distance("cuwong", "cuong")).isLessThan(1.0);
        assertThat(OcrChannel.distance("chirc", "chuc")).isLessThan(1.0);
        assertThat(OcrChannel.distance("pinh", "dinh")).isLessThan(1.0);
        assertThat(OcrChannel.distance("xyz", "so")).isGreaterThan(OcrChannel.MAX_COST);
    }

    @Test
    void restoresPagesLineByLineKeepingLineBreaks() {
        String page = "CAI CACH HANH CHINH\r\n\nTiep tuc day manh cai cach hanh chinh.\nHành chính công";
        DiacriticRestorer.Result r = restorer.restoreText(page);
        assertThat(r.text()).isEqualTo("CẢI CÁCH HÀNH CHÍNH\r\n\nTiếp tục đẩy mạnh cải cách hành chính.\nHành chính công");
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
        }
        assertThat(r.corrections()).hasSize(12);
    }

    @Test
    void decodesWithFiveGramModelsToo() {
        ModelData five = new LmTrainer(new LmTrainer.Settings(5, new int[] {1, 1, 1, 1, 1}, false)).train(TinyCorpus.LINES);
        DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
        DiacriticRestorer r = new DiacriticRestorer(new NgramModel(five), new DiacriticRestorer.Options(d.beamWidth(), 5,
                d.maxCandidates(), 1, d.accentedLineRatio(), d.accentedLinePenalty(), false));
        assertThat(r.restore("Tiep tuc day manh cai cach hanh chinh tren dia ban tinh."))
                .isEqualTo("Tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh.");
    }
}
