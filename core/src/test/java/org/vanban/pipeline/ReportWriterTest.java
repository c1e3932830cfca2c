package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    static FileOutcome outcome(int i) {
        FileOutcome.Status s = i % 10 == 0 ? FileOutcome.Status.FAILED : FileOutcome.Status.INGESTED;
        return new FileOutcome("/in/f" + i + ".pdf", s, s == FileOutcome.Status.FAILED ? "bad file" : "", "id" + i,
                "sha" + i, "application/pdf", 2, 1, List.of(), 5);
    }

    @Test
    void streamingKeepsOnlyTheFailuresInMemoryAndTheFileListsEverything(@TempDir Path tmp) throws Exception {
        int n = 25_000;
        IngestReport r;
        Path file;
        try (ReportWriter w = ReportWriter.toDirectory(tmp, 2, tmp.resolve("index"))) {
            for (int i = 0; i < n; i++) w.add(outcome(i));
            w.missing("/in/gone.pdf");
            r = w.finish(12.5, null);
            file = w.file().orElseThrow();
        }
        assertThat(r.files()).isEqualTo(n);
        assertThat(r.failed()).isEqualTo(n / 10);
        assertThat(r.ingested()).isEqualTo(n - n / 10);
        assertThat(r.pages()).isEqualTo(2 * n);
        assertThat(r.outcomes()).hasSize(ReportWriter.KEPT)
                .allMatch(o -> o.status() == FileOutcome.Status.FAILED);
        assertThat(r.missing()).containsExactly("/in/gone.pdf");
        assertThat(file.getFileName().toString()).endsWith(".json");
        try (var s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        IngestReport back = IngestReport.mapper().readValue(file.toFile(), IngestReport.class);
        assertThat(back.outcomes()).hasSize(n);
        assertThat(back.outcomes().get(7)).isEqualTo(outcome(7));
        assertThat(back.files()).isEqualTo(n);
        assertThat(back.failed()).isEqualTo(n / 10);
        assertThat(back.missing()).containsExactly("/in/gone.pdf");
        assertThat(back.seconds()).isEqualTo(12.5);
    }

    @Test
    void anUnfinishedReportLeavesNoFile(@TempDir Path tmp) throws Exception {
        try (ReportWriter w = ReportWriter.toDirectory(tmp, 1, tmp)) {
            w.add(outcome(1));
        }
        try (var s = Files.list(tmp)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void inMemoryKeepsEveryOutcomeInPathOrder() throws Exception {
        ReportWriter w = ReportWriter.inMemory(1, Path.of("index"));
        w.add(outcome(3));
        w.add(outcome(1));
        w.add(outcome(2));
        IngestReport r = w.finish(1, "stopped by test");
        assertThat(r.outcomes()).extracting(FileOutcome::path).containsExactly("/in/f1.pdf", "/in/f2.pdf", "/in/f3.pdf");
        assertThat(r.anyFailed()).isTrue();
        assertThat(w.file()).isEmpty();
    }
}
