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
 * split). A cluster index is written here; for an embedded index the documents go back to the driver as JSON.
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

    Hashed hash(String location) {
        try (InputFiles.Local f = files.fetch(location)) {
            String sha = FileHashing.sha256(f.path());
            Boolean stored = executorWrites ? IndexTarget.executorStore(index).containsSha256(sha) : null;
            return new Hashed(location, sha, "", stored);
        } catch (Exception | OutOfMemoryError e) {
            return new Hashed(location, "", reason(e), null);
        }
    }

    Done ingest(Todo t, String run) {
        long t0 = System.nanoTime();
        PageCollector pages = new PageCollector(() -> PerExecutor.pool(ocrThreads, pageTimeout), pageTimeout);
        try (InputFiles.Local f = files.fetch(t.location())) {
            SourceInfo info = PerExecutor.reader().read(f.path(), pages);
            List<Page> raw = pages.pages();
            List<VanbanDocument> docs = PerExecutor.builder().buildAll(t.location(), t.sha256(), info.mediaType(), raw);
            List<String> json = List.of();
            if (executorWrites) {
                DocumentStore store = IndexTarget.executorStore(index);
                if (t.replace()) store.deleteSha256(t.sha256());
                store.upsertAll(docs);
            } else {
                json = docs.stream().map(DocumentJson::toJson).toList();
            }
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
