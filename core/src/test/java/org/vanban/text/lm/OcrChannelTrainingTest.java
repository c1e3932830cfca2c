package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aligner, the count-to-cost estimation and the table file of the learned OCR channel. */
class OcrChannelTrainingTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(OcrChannelTrainingTest.class.getResource("ocr-pairs-own-eng.tsv").toURI());
    }

    @Test
    void alignsTokensOfAnEnglishModelReading() {
        List<OcrAligner.Piece> pieces = OcrAligner.align("Về việc tiếp tục tăng cường công tác.",
                "Ve viéc tiep tuc ting cuwong c6ng tac.");
        assertThat(pieces).extracting(OcrAligner.Piece::kind).containsOnly(OcrAligner.Kind.ONE);
        assertThat(pieces).extracting(p -> p.intended() + "=" + p.observed())
                .containsExactly("Về=Ve", "việc=viéc", "tiếp=tiep", "tục=tuc", "tăng=ting", "cường=cuwong",
                        "công=c6ng", "tác=tac");
    }

    @Test
    void alignsSplitsMergesAndLostTokens() {
        List<OcrAligner.Piece> pieces = OcrAligner.align("tỉnh Bình Phước ban hành kế hoạch nhân dân",
                "tinh Bi nh Phuoc hanh ké hoach nhandan xyzq");
        assertThat(pieces).containsExactly(
                new OcrAligner.Piece("tỉnh", "tinh", OcrAligner.Kind.ONE),
                new OcrAligner.Piece("Bình", "Bi nh", OcrAligner.Kind.SPLIT),
                new OcrAligner.Piece("Phước", "Phuoc", OcrAligner.Kind.ONE),
                new OcrAligner.Piece("ban", "", OcrAligner.Kind.MISSING),
                new OcrAligner.Piece("hành", "hanh", OcrAligner.Kind.ONE),
                new OcrAligner.Piece("kế", "ké", OcrAligner.Kind.ONE),
                new OcrAligner.Piece("hoạch", "hoach", OcrAligner.Kind.ONE),
                new OcrAligner.Piece("nhân dân", "nhandan", OcrAligner.Kind.MERGE),
                new OcrAligner.Piece("", "xyzq", OcrAligner.Kind.EXTRA));
    }

    @Test
    void alignsCharsWithTwoForOneAndDigitReads() {
        ChannelCosts hand = new ChannelCosts(ChannelTable.handSeeded());
        assertThat(hand.align("cuwong", "cuong")).extracting(s -> s.observed() + ">" + s.intended())
                .containsExactly("c>c", "uw>u", "o>o", "n>n", "g>g");
        assertThat(hand.align("d6i", "doi")).extracting(s -> s.observed() + ">" + s.intended())
                .containsExactly("d>d", "6>o", "i>i");
        assertThat(hand.align("tang", "tan")).extracting(s -> s.observed() + ">" + s.intended())
                .containsExactly("t>t", "a>a", "n>n", "g>");
    }

    @Test
    void countsConfusionsAndTurnsThemIntoCosts() {
        // "số" read as "s6" 3 times and as "so" once; "đối" read as "Pối" twice
        List<ChannelTrainer.LinePair> pairs = List.of(
                new ChannelTrainer.LinePair("số số", "s6 s6"),
                new ChannelTrainer.LinePair("số đối", "s6 Pối"),
                new ChannelTrainer.LinePair("số đối", "so Pối"));
        ChannelTrainer.Settings s = new ChannelTrainer.Settings(1, 2, 0.5, 0.6, 1.0, 3.0, false, 99);
        ChannelTrainer.Counts c = ChannelTrainer.count(pairs, ChannelTable.handSeeded(), s);
        assertThat(c.event("sub\t6\to")).isEqualTo(3);
        assertThat(c.event("sub\tp\td")).isEqualTo(2);
        assertThat(c.chars()).isEqualTo(4 * 2 + 2 * 3);
        ChannelTable t = ChannelTrainer.estimate(c, s, "test");
        // 'o' was aligned 6 times (4 in số, 2 in đối), read as '6' 3 times and as itself 3 times:
        // cost = -log10((3 - 0.5) / 6) + log10(3 / 6)
        assertThat(t.sub('6', 'o')).isCloseTo(-Math.log10(2.5 / 6) + Math.log10(3.0 / 6), org.assertj.core.data.Offset.offset(1e-9));
        // 'd' aligned twice, read as 'p' both times: an error commoner than the right read costs nothing
        assertThat(-Math.log10(1.5 / 2) + Math.log10(1.0 / 2)).isNegative();
        assertThat(t.sub('p', 'd')).isZero();
        // unseen events are dearer than any seen one
        assertThat(t.sub('x', 'o')).isEqualTo(t.defaultSub()).isGreaterThan(t.sub('6', 'o'));
        assertThat(t.maxCost()).isEqualTo(3.0);
        // the cap keeps an unseen substitution proposable
        ChannelTrainer.Settings capped = new ChannelTrainer.Settings(1, 2, 0.5, 0.6, 1.0, 3.0, false, 2.0);
        assertThat(ChannelTrainer.estimate(c, capped, "capped").sub('x', 'o')).isEqualTo(2.0);
    }

    @Test
    void eventsSeenOnceAreLeftToTheDefaults() {
        List<ChannelTrainer.LinePair> pairs = List.of(new ChannelTrainer.LinePair("làm việc", "1am viec"));
        ChannelTrainer.Settings s = new ChannelTrainer.Settings(2, 2, 0.5, 0.6, 1.0, 5.0, false, 99);
        ChannelTable t = ChannelTrainer.estimate(ChannelTrainer.count(pairs, ChannelTable.handSeeded(), s), s, "once");
        assertThat(t.substitutions()).isEmpty();
        assertThat(t.sub('1', 'l')).isEqualTo(t.defaultSub());
        // with the hand-seeded prior the unseen-enough confusion keeps its seeded cost
        ChannelTrainer.Settings p = ChannelTrainer.Settings.defaults();
        ChannelTable withPrior = ChannelTrainer.estimate(ChannelTrainer.count(pairs, ChannelTable.handSeeded(), p), p, "once");
        assertThat(withPrior.sub('1', 'l')).isEqualTo(ChannelTable.handSeeded().sub('1', 'l')).isLessThan(withPrior.defaultSub());
    }

    @Test
    void tableFileRoundTripsAndTrainingIsDeterministic(@TempDir Path dir) throws Exception {
        List<ChannelTrainer.LinePair> pairs = ChannelTrainer.readPairs(fixture());
        assertThat(pairs).hasSize(36);
        ChannelTable a = ChannelTrainer.train(pairs, ChannelTrainer.Settings.defaults(), "fixture");
        ChannelTable b = ChannelTrainer.train(pairs, ChannelTrainer.Settings.defaults(), "fixture");
        a.write(dir.resolve("a.tsv"), List.of("fixture"));
        b.write(dir.resolve("b.tsv"), List.of("fixture"));
        assertThat(Files.readAllBytes(dir.resolve("a.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.tsv")));
        ChannelTable back = ChannelTable.read(dir.resolve("a.tsv"));
        assertThat(back.format(List.of("fixture"))).isEqualTo(a.format(List.of("fixture")));
        assertThat(back.substitutions().keySet()).isEqualTo(a.substitutions().keySet()).isNotEmpty();
        assertThat(back.twoForOne().keySet()).isEqualTo(a.twoForOne().keySet());
        a.substitutions().forEach((k, v) -> assertThat(back.substitutions().get(k))
                .isCloseTo(v, org.assertj.core.data.Offset.offset(5e-4)));
        assertThat(back.defaultSub()).isCloseTo(a.defaultSub(), org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void badTableLinesAreNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "param\tmax_cost\t3\nsub\t66\to\t0.5\n");
        assertThatThrownBy(() -> ChannelTable.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.tsv:2").hasMessageContaining("expected one char");
        Files.writeString(f, "sub\t6\to\t-1\n");
        assertThatThrownBy(() -> ChannelTable.read(f)).hasMessageContaining(">= 0");
    }

    @Test
    void fixtureTableLearnsTheEnglishModelConfusions() throws Exception {
        ChannelTable t = ChannelTrainer.train(ChannelTrainer.readPairs(fixture()), ChannelTrainer.Settings.defaults(),
                "fixture");
        // ô/ơ read as 6, ư read as w, đ read as D: seen several times in the fixture
        assertThat(t.substitutions()).containsKeys("6o", "wu");
        ChannelCosts c = new ChannelCosts(t);
        assertThat(c.distance("s6", "so")).isLessThan(1.5);
        assertThat(c.distance("d6i", "doi")).isLessThan(1.5);
        assertThat(c.distance("s6", "so")).isLessThan(c.distance("s6", "sa"));
    }

    @Test
    void committedTableReproducesKeyConfusions() throws Exception {
        Path file = Path.of(ChannelTable.ENG_PATH);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), ChannelTable.ENG_PATH + " not present");
        ChannelTable t = ChannelTable.read(file);
        ChannelCosts c = new ChannelCosts(t);
        assertThat(c.distance("s6", "so")).isLessThan(1.5).isLessThan(c.distance("s6", "sa"));
        assertThat(c.distance("d6i", "doi")).isLessThan(1.5).isLessThan(c.distance("d6i", "dai"));
        assertThat(c.distance("1am", "lam")).isLessThan(t.maxCost()).isLessThan(c.distance("1am", "nam"));
        assertThat(c.distance("pinh", "dinh")).isLessThan(t.maxCost()).isLessThan(c.distance("pinh", "minh"));
        assertThat(c.distance("cuwong", "cuong")).isLessThan(t.maxCost()).isLessThan(c.distance("cuwong", "chung"));
        assertThat(c.distance("xyz", "so")).isGreaterThan(t.maxCost());
    }
}
