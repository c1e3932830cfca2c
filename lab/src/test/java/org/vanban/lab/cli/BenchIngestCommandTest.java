package org.vanban.lab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.cli.Main;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vanban bench ingest} end to end on a tiny generated batch: both sides read, timed and scored. */
class BenchIngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void ingestsAGeneratedBatchRunsTheCliAndScoresBothAgainstThePagesText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute("bench", "ingest", "--pages", "2", "--max-pages-per-file", "1", "--bad", "1",
                    "--threads", "1", "--work", tmp.toString(), "--skip-reprocess", "--live-probe-seconds", "0");
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(text).isZero();
        assertThat(text).contains("2 OCR page(s)").contains("failed bad-01.pdf").contains("ingest/CLI =");
        assertThat(tmp.resolve("truth/scan-00001.pdf-001.txt")).exists();
        assertThat(Files.readString(tmp.resolve("truth/scan-00001.pdf-001.txt"))).isNotBlank();

        Matcher m = Pattern.compile("OCR accuracy against the generated text, (\\d+) page\\(s\\), \\d+ characters: "
                + "vanban raw OCR \\(before repair\\) CER ([\\d.]+)%, tesseract CLI CER ([\\d.]+)%").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(2);
        // mildly damaged pages: a page scored against another page's text would be far above this
        assertThat(Double.parseDouble(m.group(2))).isLessThan(10);
        assertThat(Double.parseDouble(m.group(3))).isLessThan(30);

        Matcher syl = Pattern.compile("(\\d+) page\\(s\\), (\\d+) syllables: vanban raw OCR \\(before repair\\) "
                + "syllable error rate ([\\d.]+)%, tesseract CLI syllable error rate ([\\d.]+)%").matcher(text);
        assertThat(syl.find()).as(text).isTrue();
        assertThat(Integer.parseInt(syl.group(1))).isEqualTo(2);
        assertThat(Integer.parseInt(syl.group(2))).isPositive();
        assertThat(Double.parseDouble(syl.group(3))).isLessThan(40);
        assertThat(Double.parseDouble(syl.group(4))).isLessThan(80);
    }

    @Test
    void errorsAreSummedOverPagesWeightedByReferenceLength() {
        BenchIngestCommand.Errors e = new BenchIngestCommand.Errors();
        e.add("Về việc ban hành", "Về viéc ban hành"); // 1 of 16 characters, 1 of 4 syllables
        e.add("số", "số");                             // 0 of 2, 0 of 1
        assertThat(e.refChars).isEqualTo(18);
        assertThat(e.charErrors).isEqualTo(1);
        assertThat(e.refSyllables).isEqualTo(5);
        assertThat(e.syllableErrors).isEqualTo(1);
        assertThat(e.ser()).isEqualTo(20.0);
        assertThat(e.cer()).isCloseTo(100.0 / 18, org.assertj.core.api.Assertions.within(1e-9));
    }
}
