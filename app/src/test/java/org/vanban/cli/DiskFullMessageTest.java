package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * A full disk is told from other failures wherever Lucene or the report writer buried it (the run itself was
 * tried on a 6 MB tmpfs: 120 documents stored, the message said so, and the rerun skipped those 120).
 */
class DiskFullMessageTest {

    @Test
    void aFullDiskIsFoundInCausesAndSuppressedFailures() {
        IOException full = new IOException("No space left on device");
        assertThat(IngestCommand.isDiskFull(new UncheckedIOException("cannot write the ingest report x.tmp: "
                + full.getMessage(), full))).isTrue();
        RuntimeException merge = new RuntimeException("merge failed", new IOException("write error"));
        merge.getCause().addSuppressed(new IOException("close", full));
        assertThat(IngestCommand.isDiskFull(merge)).isTrue();
        assertThat(IngestCommand.isDiskFull(new IllegalStateException("index is locked", new IOException("lock")))).isFalse();
        // a cycle of causes ends
        IOException a = new IOException("a");
        IOException b = new IOException("b", a);
        a.addSuppressed(b);
        assertThat(IngestCommand.isDiskFull(a)).isFalse();
    }

    @Test
    void theMessageIsOneLineThatSaysWhatIsStoredThatARerunResumesAndWhereTheReportIs() {
        String m = IngestCommand.diskFullMessage(java.nio.file.Path.of("/data/index"), 620, "report: /data/index/reports/r.json");
        assertThat(m).isEqualTo("the index /data/index ran out of disk space with 620 documents stored; free some space and"
                + " run the same command again to resume (report: /data/index/reports/r.json)");
        assertThat(IngestCommand.diskFullMessage(java.nio.file.Path.of("/i"), 1, "no report (x)"))
                .contains("with 1 document stored;").doesNotContain("\n");
        assertThat(IngestCommand.diskFullMessage(java.nio.file.Path.of("/i"), -1, "no report (x)"))
                .contains("with the documents of its last commit stored;");
    }
}
