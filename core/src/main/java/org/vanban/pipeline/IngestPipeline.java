package org.vanban.pipeline;

import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexSearch;
import org.vanban.ingest.FileHashing;
import org.vanban.ingest.FileWalker;
import org.vanban.ingest.IngestException;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceInfo;
import org.vanban.ingest.SourceReader;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrEnginePool;
import org.vanban.ocr.OcrException;
import org.vanban.ocr.OcrResult;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ingests files into the index: detect → pages (text layer or rendered image) → OCR (pool, pages in
 * parallel) → repair → structure → extract → index. One bad file never stops the batch: it is
 * listed in the report with its reason.
 *
 * <p>Resume: every finished file is recorded in the {@link IngestLedger} (content hash, pipeline
 * {@link DocumentBuilder#VERSION version}, outcome) after the index commit that holds it; the index is
 * committed every {@link IngestOptions#commitEvery()} files or {@link IngestOptions#commitInterval()}.
 * A rerun skips content already done with the same version, rebuilds content done with an older version
 * from its stored raw text (no OCR), records a moved file's new path, and replaces the old document of a
 * file whose content changed.
 *
 * <p>Threads: {@code max(2, threads)} reader threads read and render pages and hand page images to the OCR
 * pool ({@code threads} workers, one Tesseract engine each). A semaphore bounds the page images in flight
 * and a window bounds the files handed to the readers; a finished file's outcome goes straight to the
 * {@link ReportWriter} (streamed to disk by the CLI), the ledger keeps only file offsets in memory, and the
 * claimed content hashes leave memory once their ledger line is written. So heap use depends on neither the
 * batch size nor the file size, except for the text of one file's pages while it is built (about 20 KB a
 * page) and the sorted list of paths of the run (about 200 bytes a file).
 */
public final class IngestPipeline implements AutoCloseable {
    private final IngestOptions options;
    private final DocumentStore index;
    /** Where the ledger and reports live: the index directory (embedded) or the --index folder beside a cluster. */
    private final java.nio.file.Path stateDir;
    private final java.util.function.Supplier<DocumentSearch> openStored;
    private final SourceReader reader = new SourceReader();
    private final DocumentBuilder builder;
    private final OcrEnginePool ocr;
    private final Semaphore imagesInFlight;
    /**
     * Content hashes taken by a file of this run and not yet in the ledger: a second file with the same content
     * is skipped. A hash leaves the set when its ledger line is written, so the set stays small.
     */
    private final java.util.Set<String> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final IngestLedger ledger;
    private final DiskGuard disk;
    private final Checkpointer checkpointer;
    private final ExecutorService readers;
    /** Files handed to the reader threads and not yet reported (bounds the queued work, whatever the batch). */
    private final int window;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile String stopReason;
    private DocumentSearch stored;
    private volatile Progress current;
    /** {@code --pdf-out}: the archive PDF/A of each file, or null. */
    private final ArchiveSink pdfOut;

    public IngestPipeline(DocumentIndex index, IngestOptions options) {
        this(index, options, new DocumentBuilder());
    }

    public IngestPipeline(DocumentIndex index, IngestOptions options, DocumentBuilder builder) {
        this(index, options, builder, new DiskGuard(index.directory(), options.minFreeBytes()));
    }

    /**
     * @param disk free-space check before the run and before every commit
     * @throws DiskGuard.DiskFullException when the index's disk is already nearly full
     * @throws UncheckedIOException        when the ledger cannot be opened
     */
    public IngestPipeline(DocumentIndex index, IngestOptions options, DocumentBuilder builder, DiskGuard disk) {
        this(index, index.directory(), () -> IndexSearch.open(index.directory()), options, builder, disk);
    }

    /**
     * Ingests into any backend ({@code --solr}): {@code stateDir} holds the ledger and reports, {@code openStored}
     * opens the read side (stored documents of files seen before).
     */
    public IngestPipeline(DocumentStore index, java.nio.file.Path stateDir, java.util.function.Supplier<DocumentSearch> openStored,
                          IngestOptions options, DocumentBuilder builder, DiskGuard disk) {
        this.index = index;
        this.stateDir = stateDir;
        this.openStored = openStored;
        this.options = options;
        this.builder = builder;
        this.disk = disk;
        disk.check("starting");
        try {
            this.ledger = IngestLedger.forIndex(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest ledger in " + stateDir + ": " + e.getMessage(), e);
        }
        // once a file's ledger line is written, the ledger answers for its content: the claim can go
        this.checkpointer = new Checkpointer(index, ledger, disk, options.commitEvery(), options.commitInterval(),
                entries -> entries.forEach(e -> claimed.remove(e.sha256())));
        this.pdfOut = options.archive();
        this.ocr = newPool(options);
        this.imagesInFlight = new Semaphore(options.threads() * 2);
        int n = Math.max(2, options.threads());
        this.window = n * 4;
        this.readers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "vanban-reader");
            t.setDaemon(true);
            return t;
        });
    }

    private static OcrEnginePool newPool(IngestOptions options) {
        try {
            return new OcrEnginePool(options.threads(), OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG,
                    new ImagePreprocessor().scoringReadingsWith(org.vanban.text.lm.LmReadingScorer.standard()), options.pageTimeout());
        } catch (OcrException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Ingests every file under the given files or folders; returns the run's report, every outcome in memory. */
    public IngestReport run(List<Path> roots) throws IOException {
        try (ReportWriter report = ReportWriter.inMemory(options.threads(), stateDir)) {
            return run(roots, report);
        }
    }

    /**
     * Ingests every file under the given files or folders, recording each outcome in {@code report} as the file
     * finishes; then lists the sources under {@code roots} that an earlier run ingested and that are gone
     * (missing since the last run). Returns the finished report.
     */
    public IngestReport run(List<Path> roots, ReportWriter report) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = FileWalker.list(roots);
        try (Progress progress = options.progress() ? Progress.forTerminal(System.err, files.size())
                : new Progress(System.err, false, files.size())) {
            current = progress;
            process(files, progress, report::add);
        }
        files = null;
        finalCommit();
        if (stopReason == null) SourcePruner.missing(ledger, roots, g -> report.missing(g.path()));
        double secs = (System.nanoTime() - t0) / 1e9;
        return report.finish(secs, stopReason);
    }

    /**
     * Watches {@code dir} (recursively) and ingests each file once it has stopped growing (same size and
     * modification time for {@code settle}), until {@link #stop} is called; then commits and returns the
     * report of everything ingested meanwhile (kept in memory).
     *
     * @param onFile called with each file's outcome as soon as it is known
     */
    public IngestReport watch(Path dir, Duration settle, Duration poll, Consumer<FileOutcome> onFile) throws IOException {
        try (ReportWriter report = ReportWriter.inMemory(options.threads(), stateDir)) {
            return watch(dir, settle, poll, onFile, report);
        }
    }

    /** {@link #watch(Path, Duration, Duration, Consumer)} recording the outcomes in {@code report}. */
    public IngestReport watch(Path dir, Duration settle, Duration poll, Consumer<FileOutcome> onFile,
                              ReportWriter report) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--watch: not a directory: " + dir.toAbsolutePath());
        long t0 = System.nanoTime();
        StableFiles tracker = new StableFiles(dir, settle);
        try (Progress progress = new Progress(System.err, false, 0)) {
            while (stopReason == null) {
                List<Path> ready = tracker.poll();
                if (!ready.isEmpty()) {
                    process(ready, progress, o -> {
                        report.add(o);
                        onFile.accept(o);
                    });
                    if (stopReason == null) checkpointer.commit();
                }
                try {
                    if (stopSignal.await(poll.toMillis(), TimeUnit.MILLISECONDS)) break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop("interrupted");
                }
            }
        }
        finalCommit();
        double secs = (System.nanoTime() - t0) / 1e9;
        return report.finish(secs, stopReason);
    }

    /** With {@code --pdf-out}: what was written and its cost per page; empty otherwise. */
    public Optional<String> pdfSummary() {
        return pdfOut == null ? Optional.empty() : Optional.of(pdfOut.summary());
    }

    /** Pages finished so far by the current {@link #run} (for progress probes such as the scale bench). */
    public int pagesDone() {
        Progress p = current;
        return p == null ? 0 : p.pagesDone();
    }

    /**
     * Removes the documents whose source file under {@code roots} (all when empty) is gone; see
     * {@link SourcePruner#prune}. Commits what this run did first.
     */
    public List<SourcePruner.Gone> prune(List<Path> roots, boolean dryRun) {
        checkpointer.commit();
        return SourcePruner.prune(index, ledger, roots, dryRun);
    }

    /**
     * Asks the run to stop: files not yet started are reported as not processed; files in progress finish
     * and are committed. Safe to call from any thread (a shutdown hook on Ctrl-C).
     */
    public void stop(String reason) {
        if (stopReason == null) stopReason = reason;
        stopSignal.countDown();
    }

    /** Why the run was stopped, or null. */
    public String stopReason() {
        return stopReason;
    }

    /**
     * A failure that is not the file's: the index's disk filled (Lucene then closes the index, and every later file
     * would fail the same way, so the run stops), or a program error.
     */
    private String internalError(Throwable t) {
        if (DiskGuard.isDiskFull(t) || DISK_FULL.equals(stopReason)) {
            stop(DISK_FULL);
            return "not stored: " + DISK_FULL + " (a rerun after freeing space stores it)";
        }
        if (t instanceof org.apache.lucene.store.AlreadyClosedException) {
            return "not stored: the index was closed by an earlier failure (a rerun stores it)";
        }
        return "internal error: " + t;
    }

    /** Why the run stopped when the index's disk filled. */
    static final String DISK_FULL = "the disk of the index ran out of space";

    private void finalCommit() {
        try {
            checkpointer.commit();
        } catch (DiskGuard.DiskFullException e) {
            stop(e.getMessage() + " (the files since the last commit will be redone by the next run)");
        }
    }

    /**
     * Ingests the files on the reader threads, at most {@link #window} files in flight, and hands each outcome to
     * {@code onFile} (on this thread, in completion order) as soon as it is known: nothing per file is kept.
     */
    private void process(List<Path> files, Progress progress, Consumer<FileOutcome> onFile) {
        java.util.concurrent.BlockingQueue<FileOutcome> done = new java.util.concurrent.LinkedBlockingQueue<>();
        int inFlight = 0;
        for (Path f : files) {
            while (inFlight >= window) {
                onFile.accept(take(done));
                inFlight--;
            }
            readers.execute(() -> {
                FileOutcome o;
                try {
                    o = processOne(f, progress);
                } catch (Throwable t) {
                    o = FileOutcome.failed(f.toAbsolutePath().toString(), "", internalError(t), 0);
                }
                done.add(o);
            });
            inFlight++;
        }
        while (inFlight > 0) {
            onFile.accept(take(done));
            inFlight--;
        }
    }

    private FileOutcome take(java.util.concurrent.BlockingQueue<FileOutcome> done) {
        while (true) {
            try {
                return done.take();
            } catch (InterruptedException e) {
                // files in progress still finish; the rest are reported as not processed
                stop("interrupted");
            }
        }
    }

    private FileOutcome processOne(Path file, Progress progress) {
        String reason = stopReason;
        if (reason != null) {
            progress.fileDone();
            return FileOutcome.failed(file.toAbsolutePath().toString(), "", "not processed: the run was stopped (" + reason + ")", 0);
        }
        Result r = ingestOne(file, progress);
        try {
            checkpointer.finished(r.entries());
        } catch (DiskGuard.DiskFullException e) {
            stop(e.getMessage());
        }
        return r.outcome();
    }

    /** A file's outcome and the ledger lines to record once its documents are committed. */
    record Result(FileOutcome outcome, List<IngestLedger.Entry> entries) {
        static Result of(FileOutcome o) {
            return new Result(o, List.of());
        }
    }

    /** Ingests one file; never throws. */
    Result ingestOne(Path file, Progress progress) {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().toString();
        String sha = "";
        try {
            if (!Files.exists(file)) throw new NoSuchFileException(path, null, "file was removed before it could be read");
            sha = FileHashing.sha256(file);
            Optional<IngestLedger.Entry> previous = ledger.latest(path);
            if (!options.force()) {
                Result known = alreadyKnown(path, sha, previous, t0);
                if (known != null) {
                    progress.fileDone();
                    return pdfOut == null ? known : withPdf(known);
                }
            }
            if (!claimed.add(sha)) {
                // another file of this run has the same content and is being ingested right now
                progress.fileDone();
                return new Result(FileOutcome.skipped(path, sha, DocumentBuilder.idFor(sha)), List.of());
            }
            Collector pages = new Collector(progress);
            SourceInfo info = reader.read(file, pages);
            List<Page> raw = pages.finish();
            List<VanbanDocument> docs = builder.buildAll(path, sha, info.mediaType(), raw);
            VanbanDocument doc = docs.get(0);
            index.upsertAll(docs);
            List<IngestLedger.Entry> entries = new ArrayList<>();
            String replaced = replaceOldVersion(path, sha, previous, entries);
            if (pdfOut != null) replaced = join(replaced, pdfOut.write(docs, pages.words));
            progress.fileDone();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            boolean partial = !pages.failed.isEmpty();
            String reason = partial ? "OCR failed on page(s) " + pages.failed.keySet() + ": " + pages.failed.values() : "";
            if (!replaced.isEmpty()) reason = reason.isEmpty() ? replaced : reason + "; " + replaced;
            FileOutcome.Status status = partial ? FileOutcome.Status.PARTIAL : FileOutcome.Status.INGESTED;
            entries.add(IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, status.name(),
                    docs.stream().map(VanbanDocument::id).toList(),
                    raw.size(), reason));
            return new Result(new FileOutcome(path, status, reason, doc.id(), sha, info.mediaType(), raw.size(),
                    pages.ocrPages, List.copyOf(pages.failed.keySet()), ms), entries);
        } catch (IngestException e) {
            return failed(progress, path, sha, e.detail(), t0);
        } catch (NoSuchFileException e) {
            return failed(progress, path, sha, "file not found (removed or moved during the run)", t0);
        } catch (java.nio.file.AccessDeniedException e) {
            return failed(progress, path, sha, "permission denied: cannot read the file", t0);
        } catch (IOException e) {
            return failed(progress, path, sha, "I/O error: " + e.getMessage(), t0);
        } catch (OutOfMemoryError e) {
            return failed(progress, path, sha, "out of memory while processing the file", t0);
        } catch (RuntimeException e) {
            return failed(progress, path, sha, internalError(e), t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(progress, path, sha, "interrupted", t0);
        }
    }

    /**
     * Content already in the index: skip it, record a moved file's new path, or rebuild it from stored text
     * when an older pipeline version made it. Null when the file must be ingested.
     */
    private Result alreadyKnown(String path, String sha, Optional<IngestLedger.Entry> previous, long t0) {
        Optional<IngestLedger.Entry> done = ledger.indexed(sha);
        if (done.isEmpty()) {
            if (!index.containsSha256(sha)) return null;
            // indexed and committed, but the run stopped before its ledger line was written
            String id = DocumentBuilder.idFor(sha);
            List<IngestLedger.Entry> heal = new ArrayList<>();
            if (previous.isPresent() && !previous.get().sha256().equals(sha) && !index.containsSha256(previous.get().sha256())) {
                // that run had also replaced this file's earlier content
                IngestLedger.Entry old = previous.get();
                heal.add(IngestLedger.Entry.of(path, old.sha256(), old.version(), IngestLedger.REMOVED,
                        old.documentIds(), 0, "replaced by new content " + id));
            }
            heal.add(IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, IngestLedger.INGESTED, List.of(id), 0,
                    "found in the index"));
            return new Result(FileOutcome.skipped(path, sha, id), heal);
        }
        IngestLedger.Entry e = done.get();
        String id = e.documentIds().isEmpty() ? DocumentBuilder.idFor(sha) : e.documentIds().get(0);
        boolean samePath = e.path().equals(path);
        boolean moved = !samePath && !Files.exists(Path.of(e.path()));
        if (e.version() == DocumentBuilder.VERSION) {
            if (samePath) return Result.of(FileOutcome.skipped(path, sha, id));
            boolean recordedHere = previous.isPresent() && previous.get().sha256().equals(sha)
                    && previous.get().indexed() && previous.get().version() == DocumentBuilder.VERSION;
            if (recordedHere) return Result.of(FileOutcome.skipped(path, sha, id));
            if (!moved) {
                // a copy (bản sao) of an indexed file: recorded under its own path too, so that deleting or
                // changing either file never removes the documents the other one still backs
                String note = "same content as " + e.path() + " (already indexed)";
                return new Result(new FileOutcome(path, FileOutcome.Status.SKIPPED, note, id, sha, "", 0, 0,
                        List.of(), 0), List.of(IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, e.status(),
                        e.documentIds(), e.pages(), note)));
            }
        }
        List<VanbanDocument> parts = storedParts(id);
        if (parts.isEmpty()) return null; // the ledger knows it but the index lost it: ingest again
        List<VanbanDocument> updated;
        String note;
        if (e.version() != DocumentBuilder.VERSION) {
            updated = builder.rebuildAll(parts, path);
            note = "rebuilt from stored page text (pipeline version " + e.version() + " → " + DocumentBuilder.VERSION + ")"
                    + (moved ? "; moved from " + e.path() : "");
        } else {
            updated = parts.stream().map(d -> DocumentBuilder.movedTo(d, path)).toList();
            note = "moved from " + e.path() + " (same content, not processed again)";
        }
        index.upsertAll(updated);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        FileOutcome.Status status = e.version() != DocumentBuilder.VERSION ? FileOutcome.Status.INGESTED
                : FileOutcome.Status.SKIPPED;
        int pageCount = DocumentBuilder.rawPages(updated).size();
        FileOutcome o = new FileOutcome(path, status, note, id, sha, updated.get(0).mediaType(), pageCount, 0,
                List.of(), ms);
        return new Result(o, List.of(IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, e.status(),
                updated.stream().map(VanbanDocument::id).toList(), pageCount, note)));
    }

    /** A skipped or moved file: its archive PDF is written when missing (resume), noted in its outcome. */
    private Result withPdf(Result known) {
        FileOutcome o = known.outcome();
        if (o.documentId().isEmpty() || pdfOut.has(o.documentId())) return known;
        List<VanbanDocument> parts = storedParts(o.documentId());
        if (parts.isEmpty()) return known;
        String note = pdfOut.ensure(parts);
        if (note.isEmpty()) return known;
        return new Result(new FileOutcome(o.path(), o.status(), join(o.reason(), note), o.documentId(), o.sha256(), o.mediaType(),
                o.pages(), o.ocrPages(), o.failedPages(), o.millis()), known.entries());
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    /** Deletes the document of the file's previous content, unless another file still has that content. */
    private String replaceOldVersion(String path, String sha, Optional<IngestLedger.Entry> previous,
                                     List<IngestLedger.Entry> entries) {
        if (previous.isEmpty() || !previous.get().indexed() || previous.get().sha256().equals(sha)) return "";
        IngestLedger.Entry old = previous.get();
        if (ledger.otherPathHas(old.sha256(), path)) return "";
        for (String id : old.documentIds()) index.delete(id);
        entries.add(IngestLedger.Entry.of(path, old.sha256(), old.version(), IngestLedger.REMOVED, old.documentIds(),
                0, "replaced by new content " + DocumentBuilder.idFor(sha)));
        return "replaced the earlier version " + String.join(", ", old.documentIds());
    }

    /** The stored logical documents of one file: {@code id}, {@code id-2}, {@code id-3}, ... */
    private synchronized List<VanbanDocument> storedParts(String id) {
        if (stored == null) {
            stored = openStored.get();
        } else {
            stored.refresh();
        }
        return storedParts(stored, id);
    }

    /** The stored logical documents of the file holding document {@code id}, the base document first. */
    public static List<VanbanDocument> storedParts(DocumentSearch search, String id) {
        List<VanbanDocument> parts = new ArrayList<>();
        String base = id.replaceFirst("-\\d+$", "");
        search.get(base).filter(d -> d.id().equals(base)).ifPresent(parts::add);
        for (int k = 2; !parts.isEmpty(); k++) {
            String partId = base + "-" + k;
            Optional<VanbanDocument> part = search.get(partId).filter(d -> d.id().equals(partId));
            if (part.isEmpty()) break;
            parts.add(part.get());
        }
        return parts;
    }

    private Result failed(Progress progress, String path, String sha, String reason, long t0) {
        progress.fileDone();
        return new Result(FileOutcome.failed(path, sha, reason, (System.nanoTime() - t0) / 1_000_000),
                List.of(IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, IngestLedger.FAILED, List.of(), 0, reason)));
    }

    /** Receives a file's pages in order; sends image pages to the OCR pool. */
    private final class Collector implements PageSink {
        private final Progress progress;
        private final Map<Integer, Page> ready = new TreeMap<>();
        private final Map<Integer, Future<OcrResult>> pending = new TreeMap<>();
        private final Map<Integer, String> failed = new TreeMap<>();
        /** The OCR'd pages' words and image sizes (for {@code --pdf-out}). */
        private final Map<Integer, org.vanban.ocr.PageWords> words = new TreeMap<>();
        private final Map<Integer, int[]> sizes = new TreeMap<>();
        private int ocrPages;

        Collector(Progress progress) { this.progress = progress; }

        @Override
        public void textPage(int number, String text, PageSource source) {
            progress.pageSeen();
            ready.put(number, new Page(number, text, text, -1, source));
            progress.pageDone();
        }

        @Override
        public void imagePage(int number, BufferedImage image) {
            progress.pageSeen();
            ocrPages++;
            if (pdfOut != null) sizes.put(number, new int[] {image.getWidth(), image.getHeight()});
            try {
                imagesInFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an OCR worker", e);
            }
            try {
                pending.put(number, ocr.submit(image, () -> {
                    imagesInFlight.release();
                    progress.pageDone();
                }));
            } catch (RuntimeException e) {
                imagesInFlight.release();
                throw e;
            }
        }

        List<Page> finish() throws InterruptedException {
            // the per-page time limit is enforced inside Tesseract (OcrTimeoutException): a page that
            // times out is reported and kept empty, the other pages of the file are kept
            for (Map.Entry<Integer, Future<OcrResult>> e : pending.entrySet()) {
                int n = e.getKey();
                try {
                    OcrResult r = e.getValue().get();
                    ready.put(n, new Page(n, r.text(), r.text(), r.meanConfidence(), PageSource.OCR));
                    int[] size = sizes.get(n);
                    if (size != null) words.put(n, new org.vanban.ocr.PageWords(size[0], size[1], r.words()));
                } catch (ExecutionException | CancellationException ex) {
                    Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
                    failed.put(n, String.valueOf(cause.getMessage()));
                    ready.put(n, new Page(n, "", "", 0, PageSource.OCR));
                }
            }
            pending.clear();
            return List.copyOf(ready.values());
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
        ocr.close();
        if (stored != null) stored.close();
        ledger.close();
    }
}
