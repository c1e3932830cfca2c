package org.vanban.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import org.vanban.index.DocumentJson;
import org.vanban.index.DocumentStore;
import org.vanban.ingest.FileHashing;
import org.vanban.ingest.IngestException;
import org.vanban.ingest.SourceInfo;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;

/**
 * The work of the executors, one file at a time: hash a file ({@link #hash}), and ingest one ({@link #ingest}) with
 * core's stages as {@code vanban ingest} runs them: {@link org.vanban.ingest.SourceReader} (detect, text layer or
 * rendered page), the executor's OCR pool, then {@link DocumentBuilder#buildAll} (repair, structure, extract, compound
 * split), its documents as JSON; {@link #write} sends a partition of them to a cluster index from an executor, for an
 * embedded index the driver writes them.
 * Never throws for a bad file: its outcome says why.
 */
final class FileTask implements Serializable {
    private final InputFiles files;
    private final String index;
    private final boolean executorWrites;
    private final int ocrThreads;
    private final Duration pageTimeout;

    FileTask(InputFiles files, String index, boolean executorWrites, int ocrThreads, Duration pageTimeout) {
        this.files = files;
        this.index = index;
        this.executorWrites = executorWrites;
        this.ocrThreads = ocrThreads;
        this.pageTimeout = pageTimeout;
    }

    /** A file's content hash, or why it cannot be read; {@code stored}: whether a cluster index has it (else null). */
    record Hashed(String location, String sha256, String error, Boolean stored) implements Serializable {
    }

    /** A file to ingest; {@code replace}: delete what an older pipeline version stored for it first. */
    record Todo(String location, String sha256, boolean replace, String note) implements Serializable {
    }

    /** A file's report line and, for an embedded index, its documents as JSON. */
    record Done(String location, String sha256, boolean replace, String line, List<String> documents)
            implements Serializable {
    }

    /**
     * Hashes a partition's files; for a cluster index, also asks it which contents it holds, in one batched lookup
     * for the whole partition ({@link DocumentStore#storedAmong}).
     */
    java.util.Iterator<Hashed> hashAll(java.util.Iterator<String> locations) {
        List<Hashed> out = new java.util.ArrayList<>();
        while (locations.hasNext()) {
            String location = locations.next();
            try (InputFiles.Local f = files.fetch(location)) {
                out.add(new Hashed(location, FileHashing.sha256(f.path()), "", null));
            } catch (Exception | OutOfMemoryError e) {
                out.add(new Hashed(location, "", reason(e), null));
            }
        }
        if (!executorWrites) return out.iterator();
        List<String> shas = out.stream().filter(h -> h.error().isEmpty()).map(Hashed::sha256).toList();
        if (shas.isEmpty()) return out.iterator();
        java.util.Set<String> stored;
        try (DocumentStore store = IndexTarget.open(index)) {
            stored = store.storedAmong(shas);
        }
        return out.stream().map(h -> h.error().isEmpty() ? new Hashed(h.location(), h.sha256(), "", stored.contains(h.sha256())) : h)
                .iterator();
    }

    Done ingest(Todo t, String run) {
        long t0 = System.nanoTime();
        PageCollector pages = new PageCollector(() -> PerExecutor.pool(ocrThreads, pageTimeout), pageTimeout);
        try (InputFiles.Local f = files.fetch(t.location())) {
            SourceInfo info = PerExecutor.reader().read(f.path(), pages);
            List<Page> raw = pages.pages();
            List<VanbanDocument> docs = PerExecutor.builder().buildAll(t.location(), t.sha256(), info.mediaType(), raw);
            List<String> json = docs.stream().map(DocumentJson::toJson).toList();
            boolean partial = !pages.failed.isEmpty();
            String reason = partial ? "OCR failed on page(s) " + pages.failed.keySet() + ": " + pages.failed.values() : "";
            if (!t.note().isEmpty()) reason = reason.isEmpty() ? t.note() : reason + "; " + t.note();
            FileOutcome o = new FileOutcome(t.location(), partial ? FileOutcome.Status.PARTIAL : FileOutcome.Status.INGESTED,
                    reason, docs.get(0).id(), t.sha256(), info.mediaType(), raw.size(), pages.ocrPages,
                    List.copyOf(pages.failed.keySet()), millis(t0));
            return new Done(t.location(), t.sha256(), t.replace(), ReportDataset.line(o, DocumentBuilder.VERSION, run), json);
        } catch (Exception | OutOfMemoryError e) {
            return failed(t, reason(e), t0, run);
        }
    }

    /**
     * Writes the ingested files of one partition to a cluster index, with one store (its batches) and one commit per
     * partition; the documents are dropped from the results. A file whose write fails is reported failed (its
     * documents may be partly there: the rerun writes them again, upsert by id).
     */
    java.util.Iterator<Done> write(java.util.Iterator<Done> files, String run) {
        List<Done> out = new java.util.ArrayList<>();
        List<Done> written = new java.util.ArrayList<>();
        try (DocumentStore store = IndexTarget.open(index)) {
            while (files.hasNext()) {
                Done d = files.next();
                if (d.documents().isEmpty()) {
                    out.add(d);
                    continue;
                }
                try {
                    if (d.replace()) store.deleteSha256(d.sha256());
                    store.upsertAll(d.documents().stream().map(DocumentJson::fromJson).toList());
                    written.add(new Done(d.location(), d.sha256(), d.replace(), d.line(), List.of()));
                } catch (RuntimeException e) {
                    out.add(writeFailed(d, e, run));
                }
            }
        } catch (RuntimeException e) {
            // the batch or the commit at close failed: none of the partition's files is known to be stored
            written.replaceAll(d -> writeFailed(d, e, run));
        }
        out.addAll(written);
        return out.iterator();
    }

    private static Done writeFailed(Done d, RuntimeException e, String run) {
        try {
            FileOutcome was = ReportDataset.parse(d.line()).outcome();
            FileOutcome o = FileOutcome.failed(was.path(), was.sha256(), "index write failed: " + e.getMessage(), was.millis());
            return new Done(d.location(), d.sha256(), false, ReportDataset.line(o, DocumentBuilder.VERSION, run), List.of());
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }

    private static Done failed(Todo t, String reason, long t0, String run) {
        FileOutcome o = FileOutcome.failed(t.location(), t.sha256(), reason, millis(t0));
        return new Done(t.location(), t.sha256(), false, ReportDataset.line(o, DocumentBuilder.VERSION, run), List.of());
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The report's reason for a file that could not be read or ingested, in {@code vanban ingest}'s words. */
    static String reason(Throwable e) {
        if (e instanceof IngestException) return e.getMessage();
        if (e instanceof NoSuchFileException) return "file not found (removed or moved during the run)";
        if (e instanceof AccessDeniedException) return "permission denied: cannot read the file";
        if (e instanceof IOException) return "I/O error: " + e.getMessage();
        if (e instanceof OutOfMemoryError) return "out of memory while processing the file";
        return "internal error: " + e;
    }
}
