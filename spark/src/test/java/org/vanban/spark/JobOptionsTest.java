package org.vanban.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.FileOutcome.Status;

/** The command line and the driver's what-is-done decision, without Spark. */
class JobOptionsTest {
    private static final String SHA = "ab".repeat(32);

    @Test
    void parsesTheCommandLine() {
        JobOptions o = JobOptions.parse("--index", "data/index", "--ocr-threads", "2", "--page-timeout", "30", "--wave", "8",
                "--files-from", "hdfs:///lists/a.txt", "corpus", "s3a://bucket/scans");
        assertThat(o.inputs()).containsExactly("corpus", "s3a://bucket/scans");
        assertThat(o.filesFrom()).isEqualTo("hdfs:///lists/a.txt");
        assertThat(o.report()).isEqualTo("data/index/spark-reports");
        assertThat(o.ocrThreads()).isEqualTo(2);
        assertThat(o.pageTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.wave()).isEqualTo(8);
        assertThat(o.force()).isFalse();
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> JobOptions.parse("corpus")).hasMessageContaining("--index is required");
        assertThatThrownBy(() -> JobOptions.parse("--index", "x")).hasMessageContaining("no input");
        assertThatThrownBy(() -> JobOptions.parse("--index", "x", "--wave", "many", "a")).hasMessageContaining("not a number: many");
        assertThatThrownBy(() -> JobOptions.parse("--index", "x", "--bogus", "a")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> JobOptions.parse("--index", "x", "--index")).hasMessageContaining("--index needs a value");
        // a cluster index has no folder of its own for the report dataset
        assertThatThrownBy(() -> JobOptions.parse("--index", "solr:zk1:2181/vanban", "a")).hasMessageContaining("--report DIR is required");
    }

    @Test
    void localAndRemoteLocations() {
        assertThat(IndexTarget.isLocalPath("data/index")).isTrue();
        assertThat(IndexTarget.isLocalPath("/srv/index")).isTrue();
        assertThat(IndexTarget.isLocalPath("file:///srv/index")).isTrue();
        assertThat(IndexTarget.isLocalPath("solr:zk1:2181/vanban")).isFalse();
        assertThat(IndexTarget.isLocalPath("hdfs://nn:8020/scans")).isFalse();
        assertThatThrownBy(() -> IndexTarget.writtenFromExecutors("nosuch:zk/x")).hasMessageContaining("no index backend accepts");
    }

    private static FileTask.Hashed hashed(String path, Boolean stored) {
        return new FileTask.Hashed(path, SHA, "", stored);
    }

    private static ReportDataset.Recorded recorded(String path, int version) {
        return new ReportDataset.Recorded(new FileOutcome(path, Status.INGESTED, "", DocumentBuilder.idFor(SHA), SHA,
                "text/plain", 1, 0, List.of(), 5), version);
    }

    @Test
    void decidesLikeTheIngestLedger() {
        int v = DocumentBuilder.VERSION;
        Map<String, ReportDataset.Recorded> known = Map.of(SHA, recorded("/a.txt", v));
        // stored at this version, same path: skipped
        IngestJob.Decision d = IngestJob.decide(hashed("/a.txt", true), false, known, new HashMap<>(), null);
        assertThat(d.todo()).isNull();
        assertThat(d.outcome().status()).isEqualTo(Status.SKIPPED);
        assertThat(d.outcome().documentId()).isEqualTo(DocumentBuilder.idFor(SHA));
        // recorded but the index lost it: ingested again
        d = IngestJob.decide(hashed("/a.txt", false), false, known, new HashMap<>(), null);
        assertThat(d.todo()).isNotNull();
        assertThat(d.todo().replace()).isFalse();
        assertThat(d.todo().note()).contains("missing from the index");
        // stored by an older version: rebuilt, the old documents replaced
        d = IngestJob.decide(hashed("/a.txt", true), false, Map.of(SHA, recorded("/a.txt", v - 1)), new HashMap<>(), null);
        assertThat(d.todo().replace()).isTrue();
        assertThat(d.todo().note()).isEqualTo("rebuilt (pipeline version " + (v - 1) + " → " + v + ")");
        // a copy elsewhere of stored content
        d = IngestJob.decide(hashed("/copy/a.txt", true), false, known, new HashMap<>(), null);
        assertThat(d.outcome().reason()).isEqualTo("same content as /a.txt (already indexed)");
        // the same content twice in one run
        Map<String, String> first = new HashMap<>();
        assertThat(IngestJob.decide(hashed("/x.txt", false), false, Map.of(), first, null).todo()).isNotNull();
        assertThat(IngestJob.decide(hashed("/y.txt", false), false, Map.of(), first, null).outcome().reason())
                .isEqualTo("same content as /x.txt (in this run)");
        // --force: everything again
        assertThat(IngestJob.decide(hashed("/a.txt", true), true, known, new HashMap<>(), null).todo().replace()).isTrue();
        // unreadable: failed with the reason
        d = IngestJob.decide(new FileTask.Hashed("/gone.txt", "", "file not found (removed or moved during the run)", null),
                false, known, new HashMap<>(), null);
        assertThat(d.outcome().status()).isEqualTo(Status.FAILED);
        assertThat(d.outcome().reason()).startsWith("file not found");
    }

    @Test
    void reportLinesRoundTrip() throws Exception {
        FileOutcome o = new FileOutcome("/a.pdf", Status.PARTIAL, "OCR failed on page(s) [2]", "abc", SHA, "application/pdf",
                3, 3, List.of(2), 1200);
        String line = ReportDataset.line(o, 7, "20261207T100000.000Z");
        assertThat(line).contains("\"pipelineVersion\":7", "\"run\":\"20261207T100000.000Z\"", "\"status\":\"PARTIAL\"");
        ReportDataset.Recorded back = ReportDataset.parse(line);
        assertThat(back.outcome()).isEqualTo(o);
        assertThat(back.version()).isEqualTo(7);
        assertThat(back.stored()).isTrue();
    }
}
