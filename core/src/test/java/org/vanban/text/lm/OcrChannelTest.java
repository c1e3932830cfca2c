package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.vi.Fold;
import org.vanban.vi.ToneMarks;

/** The OCR channel over a tiny model: table choice, candidates, and no shortening of fragments. */
class OcrChannelTest {

    static NgramModel model;
    static SyllableInventory inventory;

    @BeforeAll
    static void train() {
        List<String> lines = new ArrayList<>(TinyCorpus.LINES);
        // "h" (giờ) is a frequent vowel-less token: the channel must still never offer it for "nh"
        for (int i = 0; i < 5; i++) {
            lines.add("Hội nghị bắt đầu lúc 8 h sáng, kết thúc lúc 11 h.");
        }
        // OCR debris in training text: a form with two tone marks, more frequent than the syllable it spoils
        for (int i = 0; i < 5; i++) {
            lines.add("Ủy ban nhân dân xã chỉ đạo các tỗổ chức đoàn thể.");
        }
        lines.add("Các tổ chức đoàn thể tham gia.");
        // corpus debris that is no Vietnamese syllable (an English word, an OCR fragment), seen often
        for (int i = 0; i < 5; i++) {
            lines.add("Hệ thống hw two cơ sở dữ liệu.");
        }
        model = new NgramModel(new LmTrainer(new LmTrainer.Settings(4, new int[] {1, 1, 1, 1}, false)).train(lines));
        inventory = new SyllableInventory(model.data(), 1);
    }

    @Test
    void neverProposesAFormWithTwoToneMarks() {
        assertThat(ToneMarks.twoTonesInOneVowelRun("tỗổ")).isTrue();
        assertThat(ToneMarks.twoTonesInOneVowelRun("tổ")).isFalse();
        assertThat(ToneMarks.twoTonesInOneVowelRun("to")).isFalse();
        assertThat(ToneMarks.twoTonesInOneVowelRun("hànhchính")).isFalse(); // glued words keep their tones
        assertThat(inventory.forms("too")).doesNotContain("tỗổ");
        assertThat(inventory.forms("to")).contains("tổ");
        OcrChannel channel = new OcrChannel(model, inventory, 8, ChannelTable.handSeeded());
        assertThat(channel.candidates("to6", 40)).extracting(OcrChannel.Candidate::form)
                .contains("tổ").noneMatch(ToneMarks::twoTonesInOneVowelRun);
        DiacriticRestorer r = new DiacriticRestorer(model, new DiacriticRestorer.Options(16, 4, 12, 1, 0.3, 3.0, true),
                ChannelTable.handSeeded());
        assertThat(r.restore("Uy ban nhan dan xa chi dao cac to6 chuc doan the.")).doesNotContain("tỗổ");
    }

    @Test
    void neverShortensAFragmentToAVowelLessForm() {
        assertThat(inventory.forms("h")).containsExactly("h");
        for (ChannelTable table : List.of(ChannelTable.handSeeded(), strictTable())) {
            OcrChannel channel = new OcrChannel(model, inventory, 8, table);
            List<OcrChannel.Candidate> c = channel.candidates("nh", 40);
            assertThat(c).extracting(OcrChannel.Candidate::form).doesNotContain("h")
                    .allMatch(f -> OcrChannel.hasVowel(Fold.lower(f)) || f.length() >= 2);
        }
        DiacriticRestorer r = new DiacriticRestorer(model, new DiacriticRestorer.Options(16, 4, 12, 1, 0.3, 3.0, true),
                ChannelTable.handSeeded());
        assertThat(r.restore("Thành phố Bi nh Dương")).doesNotContain(" h ").contains(" nh ");
    }

    @Test
    void proposesOnlyVietnameseSyllables() {
        OcrChannel channel = new OcrChannel(model, inventory, 8, ChannelTable.handSeeded());
        assertThat(inventory.forms("hw")).contains("hw");
        // "h¢" and "hv" are one substitution away from the debris "hw" and from "hệ"
        for (String token : List.of("h¢", "hv", "tvo")) {
            assertThat(channel.candidates(token, 40)).extracting(OcrChannel.Candidate::form)
                    .isNotEmpty().allMatch(org.vanban.vi.Syllables::isValid).doesNotContain("hw", "two");
        }
    }

    @Test
    void aSymbolTheTableNeverSawStandsForAnyLetterAtOneCost() {
        ChannelTable table = new ChannelTable.Builder("t").defaults(3.5, 4.0, 4.0, 5.0).sub('6', 'o', 0.6).build();
        OcrChannel channel = new OcrChannel(model, inventory, 8, table);
        // a symbol inside a word is never a correct read: every letter costs the same, below the default
        double e = channel.cost("h¢", "he");
        assertThat(e).isEqualTo(channel.cost("h¢", "ho")).isEqualTo(channel.cost("h&", "ho"))
                .isLessThan(channel.cost("hv", "he"));
        assertThat(channel.candidates("h¢", 40)).extracting(OcrChannel.Candidate::form).contains("hệ");
        assertThat(channel.candidates("¢6", 40)).extracting(OcrChannel.Candidate::form).contains("có");
        // a learned entry takes precedence
        ChannelTable learned = new ChannelTable.Builder("l").defaults(3.5, 4.0, 4.0, 5.0).sub('¢', 'o', 0.5).build();
        assertThat(new OcrChannel(model, inventory, 8, learned).cost("h¢", "ho")).isLessThan(e);
    }

    @Test
    void channelUsesTheGivenTable() {
        OcrChannel hand = new OcrChannel(model, inventory, 8, ChannelTable.handSeeded());
        OcrChannel strict = new OcrChannel(model, inventory, 8, strictTable());
        assertThat(hand.table().name()).isEqualTo("hand-seeded");
        assertThat(hand.candidates("s6", 10)).extracting(OcrChannel.Candidate::form).contains("số");
        // in the strict table 6 -> o is dear: số is no longer proposed for s6
        assertThat(strict.candidates("s6", 10)).extracting(OcrChannel.Candidate::form).doesNotContain("số");
        assertThat(strict.cost("s6", "so")).isGreaterThan(hand.cost("s6", "so"));
    }

    @Test
    void repairsWithTheFixtureTable() throws Exception {
        ChannelTable learned = ChannelTrainer.train(ChannelTrainer.readPairs(OcrChannelTrainingTest.fixture()),
                ChannelTrainer.Settings.defaults(), "fixture");
        DiacriticRestorer r = new DiacriticRestorer(model, new DiacriticRestorer.Options(16, 4, 12, 1, 0.3, 3.0, true),
                learned);
        assertThat(r.restore("Tiep tuc day manh cai cach hanh chinh trén dia ban tinh."))
                .isEqualTo("Tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh.");
        assertThat(r.restore("Quyét dinh nay c6 hiéu lic ké tir ngay ky."))
                .isEqualTo("Quyết định này có hiệu lực kể từ ngày ký.");
    }

    private static ChannelTable strictTable() {
        return new ChannelTable.Builder("strict").defaults(4, 4, 4, 3).build();
    }
}
