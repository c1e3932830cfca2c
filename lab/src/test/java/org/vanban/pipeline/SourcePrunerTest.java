package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.ingest.FileHashing;
import org.vanban.lab.tools.SourceDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A source file deleted after ingest: listed as missing, kept until prune, then removed and recorded. */
class SourcePrunerTest {

    static IngestOptions options() {
        return new IngestOptions(1, false, Duration.ofSeconds(60), false);
    }

    static IngestReport ingest(Path index, Path in, Path reports) throws IOException {
        try (DocumentIndex idx = DocumentIndex.open(index); IngestPipeline p = new IngestPipeline(idx, options());
             ReportWriter w = ReportWriter.toDirectory(reports, 1, idx.directory())) {
            return p.run(List.of(in), w);
        }
    }

    @Test
    void goneSourcesAreReportedThenPrunedAndMovedOnesKept(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<SourceDocument> docs = SourceDocument.loadAll();
        for (int i = 0; i < 3; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), docs.get(i).plainText(), StandardCharsets.UTF_8);
        }
        String gone = FileHashing.sha256(in.resolve("f1.txt"));
        String kept = FileHashing.sha256(in.resolve("f0.txt"));
        Path index = tmp.resolve("index");
        Path reports = tmp.resolve("reports");
        IngestReport first = ingest(index, in, reports);
        assertThat(first.ingested()).isEqualTo(3);
        assertThat(first.missing()).isEmpty();
        int all, ofGone;
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            all = (int) idx.documentCount(); // a compound file gives two
            ofGone = (int) IngestLedger.readAll(index.resolve(IngestLedger.FILE_NAME)).stream()
                    .filter(e -> e.sha256().equals(gone)).findFirst().orElseThrow().documentIds().size();
        }

        Files.delete(in.resolve("f1.txt"));
        Files.move(in.resolve("f2.txt"), in.resolve("renamed.txt")); // moved, not gone
        IngestReport second = ingest(index, in, reports);
        assertThat(second.missing()).containsExactly(in.resolve("f1.txt").toAbsolutePath().toString());
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            assertThat(idx.containsSha256(gone)).as("never deleted silently").isTrue();
            assertThat(idx.documentCount()).isEqualTo(all);
        }
        // the streamed JSON report lists it as well
        try (var files = Files.list(reports)) {
            Path latest = files.filter(f -> f.toString().endsWith(".json")).sorted().reduce((a, b) -> b).orElseThrow();
            IngestReport fromDisk = IngestReport.mapper().readValue(latest.toFile(), IngestReport.class);
            assertThat(fromDisk.missing()).isEqualTo(second.missing());
            assertThat(fromDisk.outcomes()).hasSize(2);
            assertThat(fromDisk.files()).isEqualTo(2);
        }

        try (DocumentIndex idx = DocumentIndex.open(index); IngestLedger ledger = IngestLedger.forIndex(index)) {
            List<SourcePruner.Gone> dry = SourcePruner.prune(idx, ledger, List.of(), true);
            assertThat(dry).extracting(SourcePruner.Gone::sha256).containsExactly(gone);
            assertThat(idx.containsSha256(gone)).isTrue();
            // only under the given folders
            assertThat(SourcePruner.prune(idx, ledger, List.of(tmp.resolve("elsewhere")), false)).isEmpty();

            List<SourcePruner.Gone> removed = SourcePruner.prune(idx, ledger, List.of(in), false);
            assertThat(removed).extracting(SourcePruner.Gone::path)
                    .containsExactly(in.resolve("f1.txt").toAbsolutePath().toString());
            assertThat(removed.get(0).documentIds()).contains(DocumentBuilder.idFor(gone)).hasSize(ofGone);
            assertThat(idx.containsSha256(gone)).isFalse();
            assertThat(idx.containsSha256(kept)).isTrue();
            assertThat(idx.documentCount()).isEqualTo(all - ofGone);
            assertThat(ledger.indexed(gone)).isEmpty();
        }
        assertThat(IngestLedger.readAll(index.resolve(IngestLedger.FILE_NAME)))
                .filteredOn(e -> e.status().equals(IngestLedger.REMOVED))
                .extracting(IngestLedger.Entry::reason).containsExactly(SourcePruner.REASON);

        IngestReport third = ingest(index, in, reports);
        assertThat(third.missing()).isEmpty();
        assertThat(third.skipped()).isEqualTo(2);

        // the file comes back: it is ingested again
        Files.writeString(in.resolve("f1.txt"), docs.get(1).plainText(), StandardCharsets.UTF_8);
        IngestReport fourth = ingest(index, in, reports);
        assertThat(fourth.ingested()).isEqualTo(1);
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            assertThat(idx.containsSha256(gone)).isTrue();
        }
    }

    @Test
    void aCopyIsRecordedSoDeletingOrChangingTheOriginalKeepsItsDocuments(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<SourceDocument> docs = SourceDocument.loadAll();
        Files.writeString(in.resolve("a.txt"), docs.get(0).plainText(), StandardCharsets.UTF_8);
        String sha = FileHashing.sha256(in.resolve("a.txt"));
        Path index = tmp.resolve("index");
        Path reports = tmp.resolve("reports");
        assertThat(ingest(index, in, reports).ingested()).isEqualTo(1);

        Files.copy(in.resolve("a.txt"), in.resolve("copy.txt")); // an archivist's second copy of the same scan
        ingest(index, in, reports);
        IngestReport second;
        try (var files = Files.list(reports)) { // the streamed report on disk lists every file
            Path latest = files.filter(f -> f.toString().endsWith(".json")).sorted().reduce((a, b) -> b).orElseThrow();
            second = IngestReport.mapper().readValue(latest.toFile(), IngestReport.class);
        }
        assertThat(second.outcomes()).filteredOn(o -> o.path().endsWith("copy.txt"))
                .singleElement().satisfies(o -> {
                    assertThat(o.status()).isEqualTo(FileOutcome.Status.SKIPPED);
                    assertThat(o.reason()).contains("same content as");
                });
        Path ledgerFile = index.resolve(IngestLedger.FILE_NAME);
        assertThat(IngestLedger.readAll(ledgerFile)).filteredOn(e -> e.path().endsWith("copy.txt"))
                .singleElement().satisfies(e -> {
                    assertThat(e.sha256()).isEqualTo(sha);
                    assertThat(e.indexed()).isTrue();
                });
        int lines = IngestLedger.readAll(ledgerFile).size();
        ingest(index, in, reports);
        assertThat(IngestLedger.readAll(ledgerFile)).as("a rerun adds no ledger line for a known copy").hasSize(lines);

        // the original is deleted: the copy still backs the documents, so nothing is missing or pruned
        Files.delete(in.resolve("a.txt"));
        IngestReport third = ingest(index, in, reports);
        assertThat(third.missing()).isEmpty();
        try (DocumentIndex idx = DocumentIndex.open(index); IngestLedger ledger = IngestLedger.forIndex(index)) {
            assertThat(SourcePruner.prune(idx, ledger, List.of(in), false)).isEmpty();
            assertThat(idx.containsSha256(sha)).isTrue();
        }

        // the copy's content changes: its old content has no file left, and the new content is ingested
        Files.writeString(in.resolve("copy.txt"), docs.get(1).plainText(), StandardCharsets.UTF_8);
        IngestReport fourth = ingest(index, in, reports);
        assertThat(fourth.ingested()).isEqualTo(1);
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            assertThat(idx.containsSha256(FileHashing.sha256(in.resolve("copy.txt")))).isTrue();
        }
    }
}
