package org.vanban.pdfa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.vanban.model.VanbanDocument;
import org.vanban.ocr.PageWords;
import org.vanban.pipeline.ArchiveSink;

/**
 * {@code ingest --pdf-out DIR}: the archive PDF/A of each ingested scan or PDF, written right after its documents
 * are indexed, with the text layer on the word boxes the OCR stage read (no second recognition). Resumable like
 * ingest: a file skipped as already done gets its PDF only when it is missing (its word boxes are then
 * recognised again, since the index keeps none). Thread-safe (one {@link SourceArchive} per file).
 */
public final class PdfOutput implements ArchiveSink {
    private final Path dir;
    private final AtomicLong files = new AtomicLong(), pages = new AtomicLong(), ocrBoxPages = new AtomicLong(),
            reOcrPages = new AtomicLong(), boxMillis = new AtomicLong(), writeMillis = new AtomicLong(),
            readMillis = new AtomicLong(), failed = new AtomicLong();

    /** @throws IOException when the folder cannot be made or is not writable */
    public PdfOutput(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        if (!Files.isWritable(this.dir)) throw new IOException("--pdf-out folder " + dir + " is not writable");
    }

    /** Whether the archive PDF of the file holding document {@code id} is there already. */
    @Override
    public boolean has(String id) {
        return Files.exists(dir.resolve(id.replaceFirst("-\\d+$", "") + ".pdf"));
    }

    /** Writes the PDF of a file just ingested; the note for its outcome ("" when the file has no page images). */
    @Override
    public String write(List<VanbanDocument> docs, Map<Integer, PageWords> words) {
        return write(docs, words, false);
    }

    /** Writes the PDF of an already indexed file when it is missing; the note, or "". */
    @Override
    public String ensure(List<VanbanDocument> docs) {
        return write(docs, Map.of(), true);
    }

    private String write(List<VanbanDocument> docs, Map<Integer, PageWords> words, boolean onlyIfMissing) {
        if (docs.isEmpty()) return "";
        List<VanbanDocument> sorted = new ArrayList<>(docs);
        sorted.sort(SourceArchive.PART_ORDER);
        Path target = dir.resolve(SourceArchive.fileName(sorted.get(0)));
        if (onlyIfMissing && Files.exists(target)) return "";
        try {
            SourceArchive.Result r = new SourceArchive().write(sorted, words, target);
            files.incrementAndGet();
            pages.addAndGet(r.pages());
            ocrBoxPages.addAndGet(r.ocrBoxPages());
            reOcrPages.addAndGet(r.boxedPages());
            boxMillis.addAndGet(r.wordBoxMillis());
            writeMillis.addAndGet(r.writeMillis());
            readMillis.addAndGet(r.readMillis());
            return "PDF/A written: " + target.getFileName();
        } catch (SourceArchive.NoPageImages e) {
            return "";
        } catch (Exception e) {
            failed.incrementAndGet();
            return "PDF/A not written: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** One line: files and pages written, and where the time went per page. */
    @Override
    public String summary() {
        long p = Math.max(1, pages.get());
        return String.format(Locale.ROOT, "PDF/A: %d file(s), %d page(s) written to %s, %d failed; word boxes from the OCR "
                        + "stage on %d page(s), recognised again on %d; per page: source re-read %.0f ms, word boxes %.0f ms, "
                        + "writing %.0f ms", files.get(), pages.get(), dir, failed.get(), ocrBoxPages.get(), reOcrPages.get(),
                readMillis.get() / (double) p, boxMillis.get() / (double) p, writeMillis.get() / (double) p);
    }
}
