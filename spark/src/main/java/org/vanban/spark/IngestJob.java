package org.vanban.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.vanban.index.DocumentJson;
import org.vanban.index.DocumentStore;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.IngestReport;

/**
 * {@code vanban ingest} as a Spark job, for archives larger than one machine:
 * <pre>
 * spark-submit --class org.vanban.spark.IngestJob --jars vanban-solr.jar vanban-spark.jar \
 *     --index solr:zk1:2181,zk2:2181/vanban --report hdfs:///vanban/reports hdfs:///scans/2024
 * </pre>
 * <ol>
 * <li>The driver lists the input files (folders walked, or {@code --files-from}); one Spark task per file hashes it
 *     (SHA-256 of the content: the document id, as {@code vanban ingest} has it).</li>
 * <li>The driver decides what is done, as {@code vanban ingest} does with its ledger: a content whose latest line in the
 *     report dataset says it was stored at this {@link DocumentBuilder#VERSION pipeline version}, and which the index
 *     holds ({@link DocumentStore#containsSha256}), is skipped; content the index holds with no report line (a killed
 *     run) is skipped too; content stored by an older version is built again, its old documents replaced; a second
 *     file with the same content in one run is skipped.</li>
 * <li>The rest is ingested in waves of {@code --wave} files, one task per file, with core's reader, the executor's
 *     Tesseract pool and core's {@link DocumentBuilder}. A cluster index is written from the executors (upsert by id);
 *     an embedded Lucene index from the driver. After each wave the index is committed, then the wave's report lines are
 *     written: a killed job loses at most the wave in progress, which the rerun redoes, and ids from content hashes
 *     make every write an upsert, so nothing is duplicated.</li>
 * </ol>
 * Every input file gets one line in the report dataset ({@link ReportDataset}) with core's {@link FileOutcome}.
 */
public final class IngestJob {
    private IngestJob() {
    }

    /** The report of a run and where its part of the report dataset is. */
    public record Result(IngestReport report, String runDir, String summary) {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("vanban ingest")
                .config("spark.executorEnv.OMP_THREAD_LIMIT", "1");
        if (System.getProperty("spark.master") == null) b.master("local[*]"); // java -cp ... without spark-submit
        SparkSession spark = b.getOrCreate();
        int code;
        try {
            Result r = run(spark, options);
            r.report().printSummary(System.out);
            System.out.println("report: " + r.runDir() + " (summary " + r.summary() + ")");
            code = r.report().anyFailed() ? 1 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("vanban ingest job: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on {@code spark}'s cluster (or local mode). */
    public static Result run(SparkSession spark, JobOptions o) throws IOException {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputFiles files = new InputFiles(sc.hadoopConfiguration());
        List<String> all = files.list(o.inputs(), o.filesFrom());
        boolean executorWrites = IndexTarget.writtenFromExecutors(o.index());
        FileTask task = new FileTask(files, o.index(), executorWrites, ocrThreads(sc, o), o.pageTimeout());
        String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC).format(start);
        ReportDataset report = new ReportDataset(o.report(), sc.hadoopConfiguration());
        Map<String, ReportDataset.Recorded> known = report.latestBySha();
        List<FileOutcome> outcomes = new ArrayList<>(all.size());
        try (DocumentStore store = IndexTarget.open(o.index())) {
            List<FileTask.Hashed> hashed = all.isEmpty() ? List.of()
                    : sc.parallelize(all, Math.min(all.size(), Math.max(1, sc.defaultParallelism()) * 4)).mapPartitions(task::hashAll).collect();
            List<FileTask.Todo> todo = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            Map<String, String> firstOfContent = new HashMap<>();
            for (FileTask.Hashed h : hashed) {
                Decision d = decide(h, o.force(), known, firstOfContent, executorWrites ? null : store);
                if (d.todo() != null) {
                    todo.add(d.todo());
                } else {
                    outcomes.add(d.outcome());
                    lines.add(ReportDataset.line(d.outcome(), d.version(), run));
                }
            }
            report.writePart(run, lines);
            for (int from = 0; from < todo.size(); from += o.wave()) {
                List<FileTask.Todo> wave = todo.subList(from, Math.min(todo.size(), from + o.wave()));
                JavaRDD<FileTask.Done> ingested = sc.parallelize(new ArrayList<>(wave), wave.size()) // one task per file
                        .map(t -> task.ingest(t, run));
                // a cluster index: written from the executors, in batches of whole partitions (one commit each)
                List<FileTask.Done> done = executorWrites
                        ? ingested.repartition(Math.min(wave.size(), Math.max(1, sc.defaultParallelism())))
                                .mapPartitions(it -> task.write(it, run)).collect()
                        : ingested.collect();
                List<String> waveLines = new ArrayList<>(done.size());
                for (FileTask.Done d : done) {
                    if (!d.documents().isEmpty()) {
                        List<VanbanDocument> parts = d.documents().stream().map(DocumentJson::fromJson).toList();
                        if (d.replace()) store.deleteSha256(d.sha256());
                        store.upsertAll(parts);
                    }
                    waveLines.add(d.line());
                    outcomes.add(ReportDataset.parse(d.line()).outcome());
                }
                store.commit(); // the wave's documents are durable before its report lines say so
                report.writePart(run, waveLines);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        IngestReport r = IngestReport.of(start, secs, sc.defaultParallelism(), Path.of("."), outcomes);
        List<FileOutcome> kept = outcomes.stream().filter(x -> x.status() == FileOutcome.Status.FAILED
                || x.status() == FileOutcome.Status.PARTIAL).limit(1000).toList();
        r = new IngestReport(r.startedAt(), r.seconds(), r.threads(), o.index(), r.files(), r.ingested(), r.skipped(),
                r.partial(), r.failed(), r.pages(), r.ocrPages(), r.pagesPerSecond(), r.stopped(), kept, List.of());
        String summary = report.writeSummary(run, r);
        return new Result(r, o.report().replaceAll("/+$", "") + "/" + run, summary);
    }

    /** A file's fate: an outcome now (skipped, failed) with the version of what is stored, or a file to ingest. */
    record Decision(FileOutcome outcome, int version, FileTask.Todo todo) {
    }

    /**
     * What to do with one hashed file, as {@code vanban ingest} decides with its ledger.
     *
     * @param store the embedded index to ask whether the content is stored, or null when the executors asked the cluster
     *              ({@link FileTask.Hashed#stored})
     */
    static Decision decide(FileTask.Hashed h, boolean force, Map<String, ReportDataset.Recorded> known,
                           Map<String, String> firstOfContent, DocumentStore store) {
        int version = DocumentBuilder.VERSION;
        if (!h.error().isEmpty()) return new Decision(FileOutcome.failed(h.location(), "", h.error(), 0), version, null);
        String sha = h.sha256();
        String id = DocumentBuilder.idFor(sha);
        String first = firstOfContent.putIfAbsent(sha, h.location());
        if (first != null) {
            return new Decision(new FileOutcome(h.location(), FileOutcome.Status.SKIPPED, "same content as " + first
                    + " (in this run)", id, sha, "", 0, 0, List.of(), 0), version, null);
        }
        if (force) return new Decision(null, version, new FileTask.Todo(h.location(), sha, true, ""));
        ReportDataset.Recorded rec = known.get(sha);
        boolean stored = store != null ? store.containsSha256(sha) : Boolean.TRUE.equals(h.stored());
        if (stored && (rec == null || rec.version() == version)) {
            if (rec == null) {
                // stored, but the run that stored it was killed before its report lines
                return new Decision(new FileOutcome(h.location(), FileOutcome.Status.SKIPPED, "found in the index", id, sha,
                        "", 0, 0, List.of(), 0), version, null);
            }
            String recId = rec.outcome().documentId().isEmpty() ? id : rec.outcome().documentId();
            if (rec.outcome().path().equals(h.location())) return new Decision(FileOutcome.skipped(h.location(), sha, recId), version, null);
            return new Decision(new FileOutcome(h.location(), FileOutcome.Status.SKIPPED, "same content as "
                    + rec.outcome().path() + " (already indexed)", recId, sha, "", 0, 0, List.of(), 0), version, null);
        }
        if (stored) {
            return new Decision(null, version, new FileTask.Todo(h.location(), sha, true,
                    "rebuilt (pipeline version " + rec.version() + " → " + version + ")"));
        }
        String note = rec == null ? "" : "recorded as stored by an earlier run but missing from the index: ingested again";
        return new Decision(null, version, new FileTask.Todo(h.location(), sha, false, note));
    }

    /** Tesseract engines per executor: {@code --ocr-threads}, else spark.executor.cores, else local mode's threads. */
    static int ocrThreads(JavaSparkContext sc, JobOptions o) {
        if (o.ocrThreads() > 0) return o.ocrThreads();
        int cores = sc.getConf().getInt("spark.executor.cores", 0);
        if (cores > 0) return cores;
        return sc.isLocal() ? Math.max(1, sc.defaultParallelism()) : 0; // 0: the executor's processors
    }
}
