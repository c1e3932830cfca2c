package org.vanban.lab.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code bench ingest-vs-cli} prints: settings, modes, the table; and how it reads its options. */
class IngestVsCliReportTest {
    @Test
    void cliSettingsSayOmpThreadLimitAndTheMode() {
        assertThat(IngestVsCliReport.cliSettings(3, "300"))
                .contains("OMP_THREAD_LIMIT=1").contains("--dpi 300").contains("--psm 3 (automatic layout)");
        assertThat(IngestVsCliReport.cliSettings(-1, "200"))
                .contains("OMP_THREAD_LIMIT=1").contains("--dpi 200").contains("no --psm").doesNotContain("--psm -1");
        assertThat(IngestVsCliReport.cliSettings(6, "300")).contains("--psm 6 (one uniform block)");
    }

    @Test
    void vanbanModesCountPagesPerFirstWayWithTheirMode() {
        Map<String, Long> ways = new TreeMap<>(Map.of("as-scanned", 2L, "cleaned", 1L));
        String s = IngestVsCliReport.vanbanModes(ways);
        assertThat(s).contains("as-scanned 2 (psm 3)").contains("cleaned 1 (psm 3)").contains("psm 3 (automatic layout)");
        assertThat(IngestVsCliReport.vanbanModes(Map.of())).contains("(no OCR page)");
        assertThatThrownBy(() -> IngestVsCliReport.vanbanModes(Map.of("sideways", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sideways");
    }

    @Test
    void rowSumsRoundsAndScoresBothSides() {
        IngestVsCliReport r = new IngestVsCliReport("clean-13pt");
        r.round(4, 2.0, 6.0, 4.0, 4.0);
        r.round(4, 2.0, 6.0, 4.0, 4.0);
        assertThat(r.truthKnown()).isFalse();
        List<String> plain = cells(r.row());
        assertThat(plain).containsExactly("clean-13pt", "4 x 2", "2.000", "1.50", "1.000", "1.00", "0.50", "1.50");
        assertThat(plain).hasSize(cells(IngestVsCliReport.header(false).get(0)).size());

        r.score("một hai ba bốn", "một hai ba bốn", "một hai ba bổn", "một hai ba bốn");
        assertThat(r.truthKnown()).isTrue();
        List<String> scored = cells(r.row());
        assertThat(scored).hasSize(cells(IngestVsCliReport.header(true).get(0)).size());
        assertThat(scored.get(8)).isEqualTo("0.00%");   // CLI CER
        assertThat(scored.get(9)).isEqualTo("0.00%");   // CLI SER
        assertThat(scored.get(11)).isEqualTo("25.00%"); // vanban raw SER: one syllable of four
        assertThat(scored.get(12)).isEqualTo("0.00%");  // repaired
        assertThat(Double.parseDouble(scored.get(10).replace("%", ""))).isGreaterThan(0);
    }

    @Test
    void spectrumOptionsParse() {
        BenchOcrCommand c = CommandLine.populateCommand(new BenchOcrCommand(),
                "--spectrum", "clean-13pt,photocopy-13pt", "--pages", "2", "--seed", "29", "--cli-psm", "-1");
        assertThat(c.spectrum).containsExactly("clean-13pt", "photocopy-13pt");
        assertThat(c.pages).isEqualTo(2);
        assertThat(c.seed).isEqualTo(29);
        assertThat(c.cliPsm).isEqualTo(-1);
        BenchOcrCommand d = CommandLine.populateCommand(new BenchOcrCommand());
        assertThat(d.spectrum).isNull();
        assertThat(d.cliPsm).isEqualTo(3);
    }

    @Test
    void unknownLevelOrNoPagesIsAClearError() {
        BenchOcrCommand c = CommandLine.populateCommand(new BenchOcrCommand(), "--spectrum", "clean-13pt,glossy");
        assertThatThrownBy(c::call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glossy");
        BenchOcrCommand d = CommandLine.populateCommand(new BenchOcrCommand(), "--spectrum", "clean-13pt", "--pages", "0");
        assertThatThrownBy(d::call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--pages");
    }

    private static List<String> cells(String row) {
        String inner = row.substring(row.indexOf('|') + 1, row.lastIndexOf('|'));
        return List.of(inner.split("\\|")).stream().map(String::trim).toList();
    }
}
