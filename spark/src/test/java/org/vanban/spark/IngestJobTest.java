package org.vanban.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchRequest;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.FileOutcome.Status;

/** The whole job in Spark local[2] into an embedded index: documents, report rows, reruns, a damaged file, a killed run. */
@Tag("slow")
class IngestJobTest {
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = TestInputs.spark();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private IngestJob.Result run(Path in, Path index, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--index", index.toString(), "--wave", "3"));
        args.addAll(List.of(more));
        args.add(in.toString());
        return IngestJob.run(spark, JobOptions.parse(args.toArray(String[]::new)));
    }

    /** The report lines of one run, by file. */
    private static Map<String, FileOutcome> lines(IngestJob.Result r) throws IOException {
        List<FileOutcome> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(Path.of(r.runDir()))) {
            for (Path p : parts.filter(f -> f.getFileName().toString().matches("part-\\d+\\.jsonl")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    ReportDataset.Recorded rec = ReportDataset.parse(line);
                    assertThat(rec.version()).isEqualTo(DocumentBuilder.VERSION);
                    all.add(rec.outcome());
                }
            }
        }
        Map<String, FileOutcome> byPath = all.stream().collect(Collectors.toMap(o -> Path.of(o.path()).getFileName().toString(), o -> o));
        assertThat(byPath).hasSameSizeAs(all); // one line per file
        return byPath;
    }

    @Test
    void ingestsEveryFileReportsEveryOutcomeAndARerunSkipsWhatIsStored() throws IOException {
        Path in = tmp.resolve("in");
        TestInputs.texts(in);
        TestInputs.damagedPdf(in);
        boolean ocr = TestInputs.ocrAvailable();
        if (ocr) TestInputs.scan(in, List.of("QUYẾT ĐỊNH", "Về việc thành lập Ban chỉ đạo phòng cháy rừng"));
        Path index = tmp.resolve("index");
        int good = ocr ? 4 : 3;

        IngestJob.Result first = run(in, index);
        assertThat(first.report().files()).isEqualTo(good + 1);
        assertThat(first.report().ingested()).isEqualTo(good);
        assertThat(first.report().failed()).isEqualTo(1);
        Map<String, FileOutcome> lines = lines(first);
        assertThat(lines).hasSize(good + 1);
        FileOutcome bad = lines.get("hong.pdf");
        assertThat(bad.status()).isEqualTo(Status.FAILED);
        assertThat(bad.reason()).isNotBlank();
        assertThat(bad.sha256()).hasSize(64);
        FileOutcome qd = lines.get("qd-cai-cach.txt");
        assertThat(qd.status()).isEqualTo(Status.INGESTED);
        assertThat(qd.documentId()).isEqualTo(DocumentBuilder.idFor(qd.sha256()));
        assertThat(qd.mediaType()).isEqualTo("text/plain");
        assertThat(first.report().outcomes()).extracting(FileOutcome::status).containsOnly(Status.FAILED);
        if (ocr) {
            assertThat(lines.get("scan.png").ocrPages()).isEqualTo(1);
            assertThat(lines.get("scan.png").status()).isEqualTo(Status.INGESTED);
        }

        try (IndexSearch search = IndexSearch.open(index)) {
            assertThat(search.documentCount()).isEqualTo(good);
            VanbanDocument doc = search.get(qd.documentId()).orElseThrow();
            assertThat(doc.sourcePath()).isEqualTo(in.resolve("qd-cai-cach.txt").toString());
            assertThat(doc.header().number()).contains("120");
            // accent-insensitive search finds the diacritic-free plan and the UTF-8 decision alike
            assertThat(search.search(SearchRequest.of("chuyển đổi số")).hits()).extracting(h -> h.docId())
                    .contains(lines.get("kh-chuyen-doi-so.txt").documentId());
            assertThat(search.search(SearchRequest.of("cai cach hanh chinh")).hits()).extracting(h -> h.docId())
                    .contains(qd.documentId());
        }
        // the report dataset is a dataset: Spark reads every run's lines
        Dataset<Row> ds = spark.read().json(tmp.resolve("index/spark-reports") + "/*/part-*.jsonl");
        assertThat(ds.count()).isEqualTo(good + 1);
        assertThat(ds.columns()).contains("path", "status", "sha256", "documentId", "pipelineVersion", "run");

        IngestJob.Result again = run(in, index);
        assertThat(again.report().ingested()).isZero();
        assertThat(again.report().skipped()).isEqualTo(good);
        assertThat(again.report().failed()).isEqualTo(1); // still damaged, still reported
        assertThat(lines(again).values()).filteredOn(o -> o.status() == Status.SKIPPED)
                .extracting(FileOutcome::reason).containsOnly("already indexed (same content)");
        try (IndexSearch search = IndexSearch.open(index)) {
            assertThat(search.documentCount()).isEqualTo(good);
        }
    }

    @Test
    void aKilledRunRerunLosesAndDuplicatesNothing() throws IOException {
        Path in = tmp.resolve("in");
        TestInputs.texts(in);
        Path index = tmp.resolve("index");
        run(in, index);
        // a run killed after its commit and before its report lines: the index holds the documents, no line says so
        deleteTree(index.resolve("spark-reports"));
        Files.writeString(in.resolve("cv-moi.txt"), "UBND XÃ AN BÌNH\nSố: 7/CV-UBND\nCÔNG VĂN\nVề việc tổng kết năm 2024\n");
        Path copy = Files.createDirectories(tmp.resolve("in/ban-sao")).resolve("qd-cai-cach.txt");
        Files.copy(in.resolve("qd-cai-cach.txt"), copy);

        IngestJob.Result rerun = run(in, index);
        Map<String, FileOutcome> lines = lines2(rerun);
        assertThat(lines.get("cv-moi.txt").status()).isEqualTo(Status.INGESTED);
        assertThat(lines.get("nq-kinh-te.txt").status()).isEqualTo(Status.SKIPPED);
        assertThat(lines.get("nq-kinh-te.txt").reason()).isEqualTo("found in the index");
        // the copy (in/ban-sao/ sorts first) is the content's first path in this run; the original is its duplicate
        assertThat(lines.get(copy.toString()).reason()).isEqualTo("found in the index");
        FileOutcome original = lines.get(in.resolve("qd-cai-cach.txt").toString());
        assertThat(original.status()).isEqualTo(Status.SKIPPED);
        assertThat(original.reason()).isEqualTo("same content as " + copy + " (in this run)");
        try (IndexSearch search = IndexSearch.open(index)) {
            assertThat(search.documentCount()).isEqualTo(4); // 3 + the new one, no duplicate
        }
        // and the rerun of the rerun: everything is recorded now
        IngestJob.Result third = run(in, index);
        assertThat(third.report().skipped()).isEqualTo(5);
        assertThat(third.report().ingested()).isZero();
    }

    @Test
    void contentStoredByAnOlderPipelineVersionIsBuiltAgainAndForceRedoesEverything() throws IOException {
        Path in = tmp.resolve("in");
        TestInputs.texts(in);
        Path index = tmp.resolve("index");
        IngestJob.Result first = run(in, index);
        // pretend the first run was made by the previous pipeline version
        try (Stream<Path> parts = Files.list(Path.of(first.runDir()))) {
            for (Path p : parts.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                Files.writeString(p, Files.readString(p).replace("\"pipelineVersion\":" + DocumentBuilder.VERSION,
                        "\"pipelineVersion\":" + (DocumentBuilder.VERSION - 1)));
            }
        }
        IngestJob.Result rebuilt = run(in, index);
        assertThat(rebuilt.report().ingested()).isEqualTo(3);
        assertThat(lines(rebuilt).values()).extracting(FileOutcome::reason)
                .allMatch(r -> r.contains("rebuilt (pipeline version " + (DocumentBuilder.VERSION - 1)));
        IngestJob.Result forced = run(in, index, "--force");
        assertThat(forced.report().ingested()).isEqualTo(3);
        try (IndexSearch search = IndexSearch.open(index)) {
            assertThat(search.documentCount()).isEqualTo(3);
        }
    }

    @Test
    void aClusterIndexIsWrittenFromTheExecutorsAndAskedWhatItHoldsOnceAPartition() throws IOException {
        Path in = tmp.resolve("in");
        TestInputs.texts(in);
        TestInputs.damagedPdf(in);
        for (int i = 1; i <= 16; i++) { // more files than hashing partitions (4 a core)
            Files.writeString(in.resolve("cv-" + i + ".txt"), "UBND XÃ AN BÌNH\nSố: " + i + "/CV-UBND\nCÔNG VĂN\nVề việc tổng kết năm 2024\n");
        }
        int files = 20;
        String index = MemoryBackend.SCHEME + "job-" + tmp.getFileName();
        String reports = tmp.resolve("reports").toString();
        List<String> common = List.of("--index", index, "--report", reports, "--wave", "3");
        IngestJob.Result first = IngestJob.run(spark, JobOptions.parse(concat(common, in.toString())));
        assertThat(first.report().ingested()).isEqualTo(files - 1);
        assertThat(first.report().failed()).isEqualTo(1);
        Map<String, VanbanDocument> docs = MemoryBackend.INDEXES.get(index.substring(MemoryBackend.SCHEME.length()));
        assertThat(docs).hasSize(files - 1);
        assertThat(lines(first).get("qd-cai-cach.txt").documentId()).isIn(docs.keySet());

        int oneByOne = MemoryBackend.ONE_BY_ONE.get();
        int batched = MemoryBackend.BATCHED.get();
        IngestJob.Result again = IngestJob.run(spark, JobOptions.parse(concat(common, in.toString())));
        assertThat(again.report().skipped()).isEqualTo(files - 1);
        assertThat(again.report().ingested()).isZero();
        assertThat(again.report().failed()).isEqualTo(1); // still damaged, still reported
        assertThat(docs).hasSize(files - 1);
        // the hashing tasks asked the cluster once a partition, not once a file
        assertThat(MemoryBackend.ONE_BY_ONE.get()).isEqualTo(oneByOne);
        assertThat(MemoryBackend.BATCHED.get() - batched).isPositive()
                .isLessThanOrEqualTo(spark.sparkContext().defaultParallelism() * 4).isLessThan(files);
    }

    private static String[] concat(List<String> options, String input) {
        List<String> all = new ArrayList<>(options);
        all.add(input);
        return all.toArray(String[]::new);
    }

    /** Report lines by absolute path (two files share a name). */
    private static Map<String, FileOutcome> lines2(IngestJob.Result r) throws IOException {
        Map<String, FileOutcome> out = new java.util.HashMap<>();
        try (Stream<Path> parts = Files.list(Path.of(r.runDir()))) {
            for (Path p : parts.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    FileOutcome o = ReportDataset.parse(line).outcome();
                    assertThat(out.put(o.path(), o)).isNull();
                    out.put(Path.of(o.path()).getFileName().toString(), o);
                }
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
