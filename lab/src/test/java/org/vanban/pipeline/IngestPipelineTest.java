package org.vanban.pipeline;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.ingest.FileHashing;
import org.vanban.model.VanbanDocument;
import org.vanban.lab.tools.PageRenderer;
import org.vanban.lab.tools.SourceDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestPipelineTest {
    @TempDir
    static Path shared;
    static Path batch;
    static int good;

    @BeforeAll
    static void writeBatch() throws IOException {
        batch = shared.resolve("in");
        good = TestBatch.write(batch, 1, 1);
    }

    static IngestOptions options() {
        return new IngestOptions(1, false, Duration.ofSeconds(60), false).withCommitEvery(5, Duration.ofSeconds(30));
    }

    static IngestReport ingest(Path index, List<Path> roots) throws IOException {
        return ingest(index, roots, options());
    }

    static IngestReport ingest(Path index, List<Path> roots, IngestOptions options) throws IOException {
        try (DocumentIndex idx = DocumentIndex.open(index); IngestPipeline p = new IngestPipeline(idx, options)) {
            return p.run(roots);
        }
    }

    /** The main document of every file (a compound file's attached parts, id-2 ..., are left out). */
    static Map<String, VanbanDocument> documents(Path index) {
        try (IndexSearch s = IndexSearch.open(index)) {
            Map<String, VanbanDocument> out = new java.util.TreeMap<>();
            s.forEachDocument(d -> {
                if (!d.id().matches(".*-\\d+")) assertThat(out.put(d.id(), d)).as("duplicate id " + d.id()).isNull();
            });
            return out;
        }
    }

    /** All pages of the file whose main document has this id, across its logical documents. */
    static List<org.vanban.model.Page> filePages(Path index, String id) {
        try (IndexSearch s = IndexSearch.open(index)) {
            return DocumentBuilder.rawPages(IngestPipeline.storedParts(s, id));
        }
    }

    static Map<String, FileOutcome> byName(IngestReport r) {
        return r.outcomes().stream().collect(Collectors.toMap(o -> Path.of(o.path()).getFileName().toString(),
                Function.identity()));
    }

    @Test
    void rerunSkipsWhatIsDoneAndListsEveryFile(@TempDir Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        IngestReport first = ingest(index, List.of(batch));
        assertThat(first.ingested()).isEqualTo(good);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(byName(first).get("05-damaged.pdf").reason()).isNotBlank();
        assertThat(first.anyFailed()).isTrue();
        assertThat(documents(index)).hasSize(good);
        assertThat(IngestLedger.readAll(index.resolve(IngestLedger.FILE_NAME))).hasSize(good + 1);

        IngestReport second = ingest(index, List.of(batch));
        assertThat(second.files()).isEqualTo(good + 1);
        assertThat(second.skipped()).isEqualTo(good);
        assertThat(second.failed()).isEqualTo(1); // failed files are retried, and fail again
        assertThat(second.ocrPages()).isZero();
        assertThat(documents(index)).hasSize(good);
    }

    @Test
    void movedCopiedAndChangedFiles(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<SourceDocument> docs = SourceDocument.loadAll();
        Path a = in.resolve("a.txt"), b = in.resolve("b.txt");
        Files.writeString(a, TestBatch.variant(docs.get(0), 1), StandardCharsets.UTF_8);
        Files.writeString(b, TestBatch.variant(docs.get(1), 1), StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        ingest(index, List.of(in));
        String idA = DocumentBuilder.idFor(FileHashing.sha256(a));
        String idB = DocumentBuilder.idFor(FileHashing.sha256(b));

        // moved: same content under a new name → skipped, new path recorded in the index
        Path moved = in.resolve("sub/a-renamed.txt");
        Files.createDirectories(moved.getParent());
        Files.move(a, moved);
        // changed: same path, new content → the old document is replaced
        Files.writeString(b, TestBatch.variant(docs.get(1), 2), StandardCharsets.UTF_8);
        String idB2 = DocumentBuilder.idFor(FileHashing.sha256(b));

        IngestReport r = ingest(index, List.of(in));
        Map<String, FileOutcome> o = byName(r);
        assertThat(o.get("a-renamed.txt").status()).isEqualTo(FileOutcome.Status.SKIPPED);
        assertThat(o.get("a-renamed.txt").reason()).contains("moved from").contains("a.txt");
        assertThat(o.get("b.txt").status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(o.get("b.txt").reason()).contains("replaced the earlier version " + idB);

        Map<String, VanbanDocument> d = documents(index);
        assertThat(d.keySet()).containsExactlyInAnyOrder(idA, idB2);
        assertThat(d.get(idA).sourcePath()).isEqualTo(moved.toAbsolutePath().toString());

        // copied: same content at a second path while the first is still there → skipped; nothing else to do
        Files.copy(b, in.resolve("b-copy.txt"));
        IngestReport third = ingest(index, List.of(in));
        assertThat(third.skipped()).isEqualTo(3);
        assertThat(byName(third).get("b-copy.txt").reason()).contains("same content as").contains("b.txt");
        assertThat(documents(index).keySet()).containsExactlyInAnyOrder(idA, idB2);
    }

    @Test
    void olderPipelineVersionIsRebuiltFromStoredTextWithoutOcr(@TempDir Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        Path scan = batch.resolve("03-scan-1.png");
        IngestReport first = ingest(index, List.of(scan));
        assertThat(first.ocrPages()).isEqualTo(1);
        String sha = FileHashing.sha256(scan);
        VanbanDocument before = documents(index).get(DocumentBuilder.idFor(sha));
        // pretend an older pipeline made it
        try (IngestLedger ledger = IngestLedger.forIndex(index)) {
            ledger.append(List.of(IngestLedger.Entry.of(scan.toString(), sha, DocumentBuilder.VERSION - 1,
                    IngestLedger.INGESTED, List.of(before.id()), 1, "test")));
        }
        IngestReport second = ingest(index, List.of(scan));
        FileOutcome o = second.outcomes().get(0);
        assertThat(o.status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(o.reason()).contains("rebuilt from stored page text");
        assertThat(second.ocrPages()).isZero();
        assertThat(documents(index).get(before.id()).rawText()).isEqualTo(before.rawText());
        assertThat(ingest(index, List.of(scan)).skipped()).isEqualTo(1);
    }

    @Test
    void refusesToStartOnANearlyFullDisk(@TempDir Path tmp) {
        try (DocumentIndex idx = DocumentIndex.open(tmp.resolve("index"))) {
            DiskGuard full = new DiskGuard(idx.directory(), DiskGuard.DEFAULT_MIN_FREE, p -> 50L * 1024 * 1024);
            assertThatThrownBy(() -> new IngestPipeline(idx, options(), new DocumentBuilder(), full))
                    .isInstanceOf(DiskGuard.DiskFullException.class)
                    .hasMessageContaining("disk nearly full before starting")
                    .hasMessageContaining("only 50 MB free");
        }
    }

    @Test
    void diskFillingUpMidRunStopsCleanlyAndARerunFinishes(@TempDir Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        AtomicInteger checks = new AtomicInteger();
        // plenty of space for the start and the first two commits, then nearly full
        DiskGuard filling = new DiskGuard(index, DiskGuard.DEFAULT_MIN_FREE,
                p -> checks.incrementAndGet() <= 3 ? Long.MAX_VALUE : 1024);
        IngestReport r;
        try (DocumentIndex idx = DocumentIndex.open(index);
             IngestPipeline p = new IngestPipeline(idx, options(), new DocumentBuilder(), filling)) {
            r = p.run(List.of(batch));
        }
        assertThat(r.stopped()).contains("disk nearly full");
        assertThat(r.anyFailed()).isTrue();
        assertThat(r.outcomes()).anyMatch(o -> o.reason().startsWith("not processed"));
        int committed = IngestLedger.readAll(index.resolve(IngestLedger.FILE_NAME)).size();
        assertThat(committed).isBetween(1, good);

        IngestReport rerun = ingest(index, List.of(batch));
        assertThat(rerun.stopped()).isEmpty();
        assertThat(rerun.skipped()).isGreaterThanOrEqualTo(committed - 1);
        assertThat(documents(index)).hasSize(good);
    }

    @Test
    void aPageThatTimesOutMakesThePartialFileKeepItsOtherPages(@TempDir Path tmp) throws IOException {
        // a PDF: page 1 born-digital text, page 2 a scan
        SourceDocument doc = SourceDocument.loadAll().get(6);
        PageRenderer renderer = new PageRenderer();
        Path pdf = tmp.resolve("mixed.pdf");
        try (PDDocument d = new PDDocument()) {
            renderer.addTextPage(d, renderer.layout(doc).get(0));
            PageRenderer.addImagePage(d, TestBatch.scan(9), 0.8f);
            d.save(pdf.toFile());
        }
        IngestOptions tight = new IngestOptions(1, false, Duration.ofMillis(1), false);
        Path index = tmp.resolve("index");
        IngestReport r = ingest(index, List.of(pdf), tight);
        FileOutcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(FileOutcome.Status.PARTIAL);
        assertThat(o.failedPages()).containsExactly(2);
        assertThat(o.reason()).contains("page(s) [2]");
        assertThat(r.anyFailed()).isTrue();
        List<org.vanban.model.Page> pages = filePages(index, o.documentId());
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).rawText()).contains(doc.get("number").split("/")[0]);
    }
}
