package org.vanban.pipeline;

import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.model.VanbanDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Re-runs repair → structure → extract → index on documents already in the index, from the raw page
 * text the index keeps ({@code Page.rawText}): no file is read and no page is OCR'd again. Used after the
 * repair or structure models improve ({@link DocumentBuilder#VERSION}). The ledger then records the new
 * version for the rebuilt content.
 */
public final class Reprocessor {
    /**
     * @param documents documents rebuilt
     * @param pages     their pages
     * @param seconds   wall time
     * @param missing   requested ids not found in the index
     */
    public record Result(int documents, int pages, double seconds, List<String> missing) { }

    private final DocumentIndex index;
    private final DocumentBuilder builder;
    private final DiskGuard disk;

    public Reprocessor(DocumentIndex index, DocumentBuilder builder) {
        this(index, builder, new DiskGuard(index.directory(), DiskGuard.DEFAULT_MIN_FREE));
    }

    public Reprocessor(DocumentIndex index, DocumentBuilder builder, DiskGuard disk) {
        this.index = index;
        this.builder = builder;
        this.disk = disk;
    }

    /**
     * Rebuilds the documents with these ids (or unique id prefixes), or every document when {@code ids}
     * is empty, and commits.
     *
     * @throws IllegalArgumentException when an id prefix is ambiguous
     */
    public Result run(List<String> ids) {
        disk.check("reprocessing");
        long t0 = System.nanoTime();
        index.commit(); // so the reader below sees everything written so far
        List<String> missing = new ArrayList<>();
        int[] counts = new int[2];
        try (IngestLedger ledger = IngestLedger.forIndex(index.directory());
             IndexSearch search = IndexSearch.open(index.directory())) {
            Checkpointer checkpoints = new Checkpointer(index, ledger, disk, 200, Duration.ofSeconds(30));
            java.util.Set<String> done = new java.util.HashSet<>();
            Consumer<VanbanDocument> rebuild = stored -> {
                // all logical documents of one file are rebuilt together (a compound file is split again)
                if (!done.add(stored.sha256())) return;
                List<VanbanDocument> parts = IngestPipeline.storedParts(search, stored.id());
                if (parts.isEmpty()) parts = List.of(stored);
                List<VanbanDocument> docs = builder.rebuildAll(parts, stored.sourcePath());
                index.upsertAll(docs);
                int pages = DocumentBuilder.rawPages(docs).size();
                counts[0] += docs.size();
                counts[1] += pages;
                Optional<IngestLedger.Entry> was = ledger.indexed(stored.sha256());
                String status = was.map(IngestLedger.Entry::status).orElse(IngestLedger.INGESTED);
                List<String> docIds = docs.stream().map(VanbanDocument::id).toList();
                checkpoints.finished(List.of(IngestLedger.Entry.of(stored.sourcePath(), stored.sha256(),
                        DocumentBuilder.VERSION, status, docIds, pages, "reprocessed from stored page text")));
            };
            if (ids.isEmpty()) {
                search.forEachDocument(rebuild);
            } else {
                for (String id : ids) {
                    Optional<VanbanDocument> d = search.get(id);
                    if (d.isPresent()) rebuild.accept(d.get()); else missing.add(id);
                }
            }
            checkpoints.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest ledger in " + index.directory() + ": " + e.getMessage(), e);
        }
        return new Result(counts[0], counts[1], (System.nanoTime() - t0) / 1e9, List.copyOf(missing));
    }
}
