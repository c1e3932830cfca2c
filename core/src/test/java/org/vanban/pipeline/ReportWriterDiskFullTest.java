package org.vanban.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk of the report folder fills during the run: a short report survives in the temporary folder. */
class ReportWriterDiskFullTest {

    /** A file on a disk that is full after {@code room} bytes. */
    private static final class FullAfter extends OutputStream {
        private long room;

        FullAfter(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) throw new IOException("No space left on device");
            room -= len;
        }
    }

    @Test
    void theStreamFailsMidRunAndTheShortReportGoesToTheTemporaryFolder(@TempDir Path tmp) throws Exception {
        Path reports = tmp.resolve("reports");
        Path fallback = tmp.resolve("fallback");
        IngestReport r;
        Path file;
        String note;
        try (ReportWriter w = new ReportWriter(2, tmp.resolve("index"), reports, fallback, new FullAfter(20_000))) {
            for (int i = 0; i < 1000; i++) w.add(ReportWriterTest.outcome(i)); // about 300 bytes each
            w.missing("/in/gone.pdf");
            r = w.finish(3.0, null);
            file = w.file().orElseThrow();
            note = w.note();
        }
        assertThat(r.files()).isEqualTo(1000);
        assertThat(file.getParent()).isEqualTo(fallback);
        assertThat(note).contains(reports.toAbsolutePath().toString()).contains("No space left on device")
                .contains("short report");
        IngestReport back = IngestReport.mapper().readValue(file.toFile(), IngestReport.class);
        assertThat(back.files()).isEqualTo(1000);
        assertThat(back.failed()).isEqualTo(100);
        assertThat(back.outcomes()).hasSize(100).allMatch(o -> o.status() == FileOutcome.Status.FAILED);
        assertThat(back.missing()).containsExactly("/in/gone.pdf");
        try (var s = Files.list(reports)) {
            assertThat(s).isEmpty(); // the half-written stream was removed, freeing its space
        }
    }

    @Test
    void aRunThatFailsStillFinishesItsReport(@TempDir Path tmp) throws Exception {
        Path reports = tmp.resolve("reports");
        try (ReportWriter w = ReportWriter.toDirectory(reports, 1, tmp.resolve("index"))) {
            for (int i = 0; i < 12; i++) w.add(ReportWriterTest.outcome(i));
            Path file = w.salvage(1.0, "the disk of the index ran out of space").orElseThrow();
            assertThat(file.getParent()).isEqualTo(reports);
            assertThat(w.note()).isEmpty();
            IngestReport back = IngestReport.mapper().readValue(file.toFile(), IngestReport.class);
            assertThat(back.outcomes()).hasSize(12);
            assertThat(back.stopped()).isEqualTo("the disk of the index ran out of space");
        }
    }
}
