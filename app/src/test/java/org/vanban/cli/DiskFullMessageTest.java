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
}
