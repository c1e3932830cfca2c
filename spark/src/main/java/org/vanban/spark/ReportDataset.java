package org.vanban.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.IngestReport;

/**
 * The report dataset of the job: a folder (on any Hadoop file system) with one sub-folder per run,
 * {@code <run>/part-NNNNN.jsonl}, one JSON line per input file: core's {@link FileOutcome} fields plus
 * {@code pipelineVersion} (the version of the pipeline that built the stored documents) and {@code run}; a part is
 * written after the index commit that holds its files, so a killed run leaves lines only for what is stored. Beside
 * them, {@code <run>/summary.json} is core's {@link IngestReport} of the run (totals, the failed and partial files).
 * {@code spark.read().json(DIR + "/*&#47;part-*.jsonl")} reads all runs.
 *
 * <p>It is also the job's ledger: the latest line of a content hash says which pipeline version stored it, as
 * {@code vanban-ledger.jsonl} does for {@code vanban ingest}.
 */
final class ReportDataset {
    static final String VERSION_FIELD = "pipelineVersion";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an earlier run recorded for one content: its outcome and the version that built its documents. */
    record Recorded(FileOutcome outcome, int version) {
        boolean stored() {
            return outcome.status() == FileOutcome.Status.INGESTED || outcome.status() == FileOutcome.Status.PARTIAL
                    || (outcome.status() == FileOutcome.Status.SKIPPED && !outcome.documentId().isEmpty());
        }
    }

    private final Path dir;
    private final Configuration conf;
    private int parts;

    ReportDataset(String dir, Configuration conf) {
        this.dir = new Path(dir);
        this.conf = conf;
    }

    /** One report line: the outcome's fields, then the pipeline version and the run. */
    static String line(FileOutcome o, int version, String run) {
        ObjectNode n = JSON.valueToTree(o);
        n.put(VERSION_FIELD, version);
        n.put("run", run);
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Recorded parse(String line) throws IOException {
        ObjectNode n = (ObjectNode) JSON.readTree(line);
        int version = n.path(VERSION_FIELD).asInt(-1);
        n.remove(VERSION_FIELD);
        n.remove("run");
        return new Recorded(JSON.treeToValue(n, FileOutcome.class), version);
    }

    /**
     * The latest stored record of every content hash over all earlier runs (runs in name order, which is time order;
     * lines in file order). A torn last line of a killed run is skipped.
     */
    Map<String, Recorded> latestBySha() throws IOException {
        Map<String, Recorded> out = new HashMap<>();
        FileSystem fs = fs(dir);
        if (!fs.exists(dir)) return out;
        FileStatus[] parts = fs.globStatus(new Path(dir, "*/part-*.jsonl"));
        if (parts == null) return out;
        java.util.Arrays.sort(parts, java.util.Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus p : parts) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p.getPath()), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    Recorded rec;
                    try {
                        rec = parse(line);
                    } catch (IOException torn) {
                        continue;
                    }
                    String sha = rec.outcome().sha256();
                    if (sha.isEmpty()) continue;
                    if (rec.stored()) out.put(sha, rec);
                }
            }
        }
        return out;
    }

    /** Writes the next part of {@code run} (atomically where the file system renames atomically). */
    void writePart(String run, List<String> lines) throws IOException {
        if (lines.isEmpty()) return;
        Path target = new Path(new Path(dir, run), String.format(Locale.ROOT, "part-%05d.jsonl", parts++));
        write(target, String.join("\n", lines) + "\n");
    }

    /** Writes {@code <run>/summary.json} and returns its location. */
    String writeSummary(String run, IngestReport report) throws IOException {
        Path target = new Path(new Path(dir, run), "summary.json");
        write(target, IngestReport.mapper().writeValueAsString(report) + "\n");
        return target.toString();
    }

    /** The file system of {@code p}; on local disk without Hadoop's {@code .crc} side files (the lines stay plain files). */
    private FileSystem fs(Path p) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        return fs instanceof org.apache.hadoop.fs.LocalFileSystem local ? local.getRawFileSystem() : fs;
    }

    private void write(Path target, String text) throws IOException {
        FileSystem fs = fs(target);
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) throw new IOException("cannot rename " + tmp + " to " + target);
    }
}
