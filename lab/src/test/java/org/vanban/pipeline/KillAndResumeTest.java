package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentJson;
import org.vanban.model.VanbanDocument;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@code vanban ingest} in a real child JVM, kills it with SIGKILL mid-batch, reruns the same
 * command, and checks the index equals the one of an uninterrupted run: same document ids, same stored
 * JSON, no duplicates, no half-written document.
 */
class KillAndResumeTest {

    @Test
    void killNineMidBatchThenRerunEqualsAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        int good = TestBatch.write(in, 1, 2);

        // reference: one uninterrupted run (in this JVM)
        Path reference = tmp.resolve("reference");
        IngestReport ref = IngestPipelineTest.ingest(reference, List.of(in),
                new IngestOptions(1, false, Duration.ofSeconds(60), false));
        assertThat(ref.ingested()).isEqualTo(good);
        Map<String, String> expected = json(reference);
        assertThat(files(expected)).isEqualTo((long) good);

        // interrupted: kill -9 once a few files are committed
        Path index = tmp.resolve("index");
        Path ledgerFile = index.resolve(IngestLedger.FILE_NAME);
        Process child = start(index, in, tmp.resolve("kill.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int seen = 0;
        while (child.isAlive() && System.nanoTime() < deadline) {
            seen = IngestLedger.readAll(ledgerFile).size();
            if (seen >= 4) break;
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child was still running when killed (ledger lines: %d)", seen).isTrue();
        child.destroyForcibly(); // SIGKILL on Linux
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        // what survived is consistent: every ledger line's document is committed and loads in full
        List<IngestLedger.Entry> done = IngestLedger.readAll(ledgerFile);
        Map<String, String> afterKill = json(index);
        assertThat(done.size()).isLessThan(good + 1);
        for (IngestLedger.Entry e : done) {
            if (e.indexed()) assertThat(afterKill).containsKeys(e.documentIds().toArray(String[]::new));
        }
        for (Map.Entry<String, String> e : afterKill.entrySet()) {
            assertThat(e.getValue()).as("document %s after the kill", e.getKey()).isEqualTo(expected.get(e.getKey()));
        }

        // rerun the same command to the end
        Process rerun = start(index, in, tmp.resolve("rerun.log"));
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(tmp.resolve("rerun.log"));
        assertThat(rerun.exitValue()).as(log).isEqualTo(1); // the damaged PDF fails, as in the reference

        Map<String, String> actual = json(index);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        assertThat(actual).isEqualTo(expected);

        // the rerun skipped what the killed run had committed
        IngestReport second = latestReport(tmp);
        long committedBefore = done.stream().filter(IngestLedger.Entry::indexed).count();
        assertThat(second.skipped()).isGreaterThanOrEqualTo((int) committedBefore);
        assertThat(second.ingested() + second.skipped()).isEqualTo(good);
        assertThat(second.failed()).isEqualTo(1);
    }

    @Test
    void sigtermStopsCleanlyWithAReportAndACommittedLedger(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        int good = TestBatch.write(in, 1, 2);
        Path index = tmp.resolve("index");
        Path ledgerFile = index.resolve(IngestLedger.FILE_NAME);
        Process child = start(index, in, tmp.resolve("term.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline && IngestLedger.readAll(ledgerFile).size() < 3) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).isTrue();
        child.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the run and lets it commit
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();

        IngestReport report = latestReport(tmp);
        assertThat(report.stopped()).contains("interrupted");
        assertThat(report.files()).isEqualTo(good + 1);
        List<IngestLedger.Entry> done = IngestLedger.readAll(ledgerFile);
        Map<String, String> stored = json(index);
        long indexedLines = done.stream().filter(IngestLedger.Entry::indexed).count();
        assertThat(files(stored)).isEqualTo(indexedLines); // every finished file committed, nothing else
        assertThat(report.ingested()).isEqualTo((int) indexedLines);
        assertThat(report.outcomes()).filteredOn(o -> o.reason().startsWith("not processed")).isNotEmpty();
    }

    private static Process start(Path index, Path in, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.vanban.cli.Main", "ingest", "--index", index.toString(), "--threads", "1",
                "--commit-every", "1", "--quiet", in.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return pb.start();
    }

    private static IngestReport latestReport(Path tmp) throws IOException {
        File[] reports = tmp.resolve("index/reports").toFile().listFiles((d, n) -> n.endsWith(".json"));
        assertThat(reports).isNotEmpty();
        java.util.Arrays.sort(reports);
        return IngestReport.mapper().readValue(reports[reports.length - 1], IngestReport.class);
    }

    /** Number of files behind these documents (a compound file's parts are id, id-2, ...). */
    private static long files(Map<String, String> byId) {
        return byId.keySet().stream().map(id -> id.replaceFirst("-\\d+$", "")).distinct().count();
    }

    /** id → stored JSON of every document (the source paths are the same in both runs). */
    private static Map<String, String> json(Path index) {
        Map<String, String> out = new TreeMap<>();
        try (org.vanban.index.IndexSearch s = org.vanban.index.IndexSearch.open(index)) {
            s.forEachDocument(d -> out.put(d.id(), DocumentJson.toJson(d)));
        }
        return out;
    }
}
