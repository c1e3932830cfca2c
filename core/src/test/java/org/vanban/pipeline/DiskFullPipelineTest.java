package org.vanban.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexSearch;
import org.vanban.model.VanbanDocument;

/** The index's disk fills mid-run: the files say so in the report (not "internal error") and the run stops. */
class DiskFullPipelineTest {

    @TempDir
    Path tmp;

    /** A real index whose disk is full after {@code room} documents. */
    private static final class FillsUp implements DocumentStore {
        private final DocumentIndex idx;
        private final AtomicInteger room;

        FillsUp(DocumentIndex idx, int room) {
            this.idx = idx;
            this.room = new AtomicInteger(room);
        }

        private void write() {
            if (room.decrementAndGet() < 0) {
                throw new UncheckedIOException("cannot write to the index", new IOException("No space left on device"));
            }
        }

        @Override public void upsert(VanbanDocument doc) { write(); idx.upsert(doc); }
        @Override public void upsertAll(List<VanbanDocument> parts) { write(); idx.upsertAll(parts); }
        @Override public boolean containsSha256(String sha) { return idx.containsSha256(sha); }
        @Override public void delete(String id) { idx.delete(id); }
        @Override public void deleteSha256(String sha) { idx.deleteSha256(sha); }
        @Override public void commit() { idx.commit(); }
        @Override public long documentCount() { return idx.documentCount(); }
        @Override public void close() { idx.close(); }
    }

    @Test
    void theFilesAfterTheDiskFilledAreNotStoredNotInternalErrors() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 8; i++) {
            Files.writeString(in.resolve("kh" + i + ".txt"), BadInputBatchTest.PLAN.replace("12/KH", (20 + i) + "/KH"));
        }
        Path index = tmp.resolve("index");
        IngestReport report;
        IngestOptions options = new IngestOptions(1, false, Duration.ofMinutes(2), false);
        try (FillsUp store = new FillsUp(DocumentIndex.open(index), 3);
             IngestPipeline p = new IngestPipeline(store, index, () -> IndexSearch.open(index), options,
                     new org.vanban.pipeline.DocumentBuilder(), new DiskGuard(index, 0))) {
            report = p.run(List.of(in));
        }
        assertThat(report.ingested()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(5);
        assertThat(report.stopped()).isEqualTo(IngestPipeline.DISK_FULL);
        assertThat(report.outcomes()).filteredOn(o -> o.status() == FileOutcome.Status.FAILED).extracting(FileOutcome::reason)
                .noneMatch(r -> r.contains("internal error"))
                .anyMatch(r -> r.startsWith("not stored: the disk of the index ran out of space"))
                .allMatch(r -> r.contains("the disk of the index ran out of space"));
    }
}
