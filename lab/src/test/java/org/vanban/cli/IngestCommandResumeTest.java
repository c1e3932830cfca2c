package org.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.pipeline.IngestReport;
import org.vanban.lab.tools.SourceDocument;
import picocli.CommandLine;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes, the per-file report, clear errors for a bad index directory or a full disk, and reprocess. */
class IngestCommandResumeTest {

    static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    static IngestReport latestReport(Path reports) throws Exception {
        File[] files = reports.toFile().listFiles((d, n) -> n.endsWith(".json"));
        Arrays.sort(files);
        return IngestReport.mapper().readValue(files[files.length - 1], IngestReport.class);
    }

    @Test
    void exitCodeTellsWhetherAnythingFailedAndTheReportListsEveryFile(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<SourceDocument> docs = SourceDocument.loadAll();
        Files.writeString(in.resolve("a.txt"), docs.get(0).plainText(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), docs.get(1).plainText(), StandardCharsets.UTF_8);
        Path index = tmp.resolve("data/index");
        StringWriter err = new StringWriter();
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--threads", "1", in.toString())).isZero();

        Files.write(in.resolve("broken.docx"), new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--threads", "1", in.toString())).isEqualTo(1);
        IngestReport r = latestReport(tmp.resolve("data/index/reports"));
        assertThat(r.outcomes()).extracting(o -> Path.of(o.path()).getFileName().toString())
                .containsExactlyInAnyOrder("a.txt", "b.txt", "broken.docx");
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.failed()).isEqualTo(1);

        StringWriter out = new StringWriter();
        CommandLine re = new CommandLine(new ReprocessCommand());
        re.setOut(new PrintWriter(out, true));
        assertThat(re.execute("--index", index.toString())).isZero();
        assertThat(re.execute("--index", index.toString(), "0000000000000000")).isEqualTo(1);
    }

    @Test
    void aPathThatNeverExistedIsAUsageErrorWithoutAReport(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("a.txt");
        Files.writeString(good, "Quyết định", StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        StringWriter err = new StringWriter();
        int code = run(err, "ingest", "--index", index.toString(), "--quiet", good.toString(),
                tmp.resolve("nonexistent").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder").contains("nonexistent")
                .doesNotContain("removed or moved");
        assertThat(index.resolve("reports")).doesNotExist();
        assertThat(tmp.resolve("reports")).doesNotExist();
    }

    @Test
    void anIndexDirectoryThatCannotBeCreatedIsAClearError(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("plain-file");
        Files.writeString(file, "x");
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "Quyết định", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = run(err, "ingest", "--index", file.resolve("index").toString(), "--quiet", in.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot create index directory");
    }

    @Test
    void aNearlyFullDiskIsRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "Quyết định", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        // ask for more free space than any disk has
        int code = run(err, "ingest", "--index", tmp.resolve("index").toString(), "--quiet",
                "--min-free-mb", String.valueOf(Long.MAX_VALUE / (1L << 21)), in.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("disk nearly full before starting").contains("--min-free-mb");
    }

    @Test
    void aDeletedSourceIsListedAsMissingAndRemovedOnlyByPrune(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<SourceDocument> docs = SourceDocument.loadAll();
        Files.writeString(in.resolve("a.txt"), docs.get(3).plainText(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), docs.get(4).plainText(), StandardCharsets.UTF_8);
        Path index = tmp.resolve("data/index");
        StringWriter err = new StringWriter();
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--threads", "1", in.toString())).isZero();
        int before;
        try (org.vanban.index.DocumentIndex idx = org.vanban.index.DocumentIndex.open(index)) {
            before = (int) idx.documentCount();
        }

        Files.delete(in.resolve("b.txt"));
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--threads", "1", in.toString())).isZero();
        IngestReport r = latestReport(tmp.resolve("data/index/reports"));
        assertThat(r.missing()).containsExactly(in.resolve("b.txt").toAbsolutePath().toString());
        try (org.vanban.index.DocumentIndex idx = org.vanban.index.DocumentIndex.open(index)) {
            assertThat(idx.documentCount()).isEqualTo(before);
        }

        assertThat(run(err, "prune", "--index", index.toString(), "--dry-run")).isZero();
        try (org.vanban.index.DocumentIndex idx = org.vanban.index.DocumentIndex.open(index)) {
            assertThat(idx.documentCount()).isEqualTo(before);
        }
        // ingest --prune removes it after the run
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--prune", "--threads", "1", in.toString())).isZero();
        try (org.vanban.index.DocumentIndex idx = org.vanban.index.DocumentIndex.open(index)) {
            assertThat(idx.documentCount()).isLessThan(before).isPositive();
        }
        assertThat(run(err, "prune", "--index", index.toString())).isZero();
        assertThat(run(err, "ingest", "--index", index.toString(), "--quiet", "--threads", "1", in.toString())).isZero();
        assertThat(latestReport(tmp.resolve("data/index/reports")).missing()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }
}
