package org.vanban.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.cli.Main;
import org.vanban.lab.tools.OcrPathProbe;

/** The probes and the corpus generator run as picocli subcommands of {@code vanban}, with usage errors in plain words. */
class ProbeCommandsTest {
    @TempDir
    Path dir;

    @Test
    void probesAndGeneratorAreSubcommandsOfVanban() {
        var sub = Main.commandLine().getSubcommands();
        assertThat(sub).containsKeys("probe", "generate-corpus");
        assertThat(sub.get("probe").getSubcommands()).containsOnlyKeys("cer", "ocr-path", "reading-merge");
    }

    @Test
    void waysParseAndBadWaysSayWhatAWayIs() {
        OcrPathProbe.Way w = OcrPathProbe.Way.parse("cleaned:3:24");
        assertThat(w.cleaned()).isTrue();
        assertThat(w.psm()).isEqualTo(3);
        assertThat(w.halveFrom()).isEqualTo(24);
        assertThat(OcrPathProbe.Way.parse("soft:6").soft()).isTrue();
        for (String bad : List.of("grey", "cleaned:3", "blurred:3", "grey:x", "grey:3:4")) {
            assertThatThrownBy(() -> OcrPathProbe.Way.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void mergeSettingsParseAndBadOnesAreNamed() {
        assertThat(ProbeReadingMergeCommand.parse(List.of("2.0:0.05", "1:0"))).satisfiesExactly(
                p -> assertThat(p).containsExactly(2.0, 0.05), p -> assertThat(p).containsExactly(1.0, 0.0));
        assertThatThrownBy(() -> ProbeReadingMergeCommand.parse(List.of("2.0"))).hasMessageContaining("WEIGHT:MARGIN");
    }

    @Test
    void usageMistakesExitTwoWithAPlainMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertThat(run("probe", "ocr-path", dir.resolve("none").toString(), dir.toString(), "grey:3")).contains("PAGES is not a folder");
        assertThat(run("probe", "cer", "01-source", "one", "CLEAN")).contains("PAGE is a page number, not 'one'");
        assertThat(run("probe", "cer", "01-source", "1", "BLURRY")).contains("LEVEL is CLEAN, MILD or HARSH");
        assertThat(run("probe", "cer", "no-such-source", "1", "CLEAN")).contains("no corpus source 'no-such-source'");
        assertThat(run("probe", "reading-merge", dir.toString(), "--merge", "x:y")).contains("--merge takes WEIGHT:MARGIN");
        assertThat(run("generate-corpus", file.toString())).contains("DIR is a file, not a folder");
    }

    /** Runs vanban with the arguments, checks it exits 2 and returns what it wrote to stderr. */
    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int rc = cl.execute(args);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(text).isEqualTo(2);
        return text;
    }
}
