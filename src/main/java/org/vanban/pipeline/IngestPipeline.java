package org.vanban.pipeline;

import org.vanban.index.DocumentIndex;
import org.vanban.ingest.FileHashing;
import org.vanban.ingest.FileWalker;
import org.vanban.ingest.IngestException;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceInfo;
import org.vanban.ingest.SourceReader;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.ocr.OcrEnginePool;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Ingests files into the index: detect → pages (text layer or rendered image) → OCR (pool, pages in
 * parallel) → repair → structure → extract → index. One bad file never stops the batch: it is
 * listed in the report with its reason.
 *
 * <p>Threads: {@code readers} file threads read and render pages and hand page images to the OCR pool
 * ({@code threads} workers, one Tesseract engine each). A semaphore bounds the page images in flight so
 * heap use does not grow with file size.
 */
public final class IngestPipeline implements AutoCloseable {
    private final IngestOptions options;
    private final DocumentIndex index;
    private final SourceReader reader = new SourceReader();
    private final DocumentBuilder builder;
    private final OcrEnginePool ocr;
    private final Semaphore imagesInFlight;
    /** Content hashes taken by a file of this run: a second file with the same content is skipped. */
    private final java.util.Set<String> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public IngestPipeline(DocumentIndex index, IngestOptions options) {
        this(index, options, new DocumentBuilder());
    }

    public IngestPipeline(DocumentIndex index, IngestOptions options, DocumentBuilder builder) {
        this.index = index;
        this.options = options;
        this.builder = builder;
        this.ocr = newPool(options);
        this.imagesInFlight = new Semaphore(options.threads() * 2);
    }

    private static OcrEnginePool newPool(IngestOptions options) {
        try {
            return new OcrEnginePool(options.threads(), OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG,
                    new ImagePreprocessor(), options.pageTimeout());
        } catch (OcrException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Ingests every file under the given files or folders; returns the run's report. */
    public IngestReport run(List<Path> roots) throws IOException {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        List<Path> files = FileWalker.list(roots);
        int readers = Math.max(1, Math.min(files.size(), Math.max(2, options.threads())));
        List<FileOutcome> outcomes = new ArrayList<>();
        try (Progress progress = options.progress() ? Progress.forTerminal(System.err, files.size())
                : new Progress(System.err, false, files.size())) {
            ExecutorService pool = Executors.newFixedThreadPool(readers, r -> {
                Thread t = new Thread(r, "vanban-reader");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileOutcome>> futures = new ArrayList<>();
                for (Path f : files) futures.add(pool.submit(() -> ingestOne(f, progress)));
                for (int i = 0; i < futures.size(); i++) {
                    outcomes.add(await(futures.get(i), files.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        index.commit();
        double secs = (System.nanoTime() - t0) / 1e9;
        return IngestReport.of(start, secs, options.threads(), index.directory(), outcomes);
    }

    private static FileOutcome await(Future<FileOutcome> f, Path file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileOutcome.failed(file.toString(), "", "interrupted", 0);
        } catch (ExecutionException e) {
            return FileOutcome.failed(file.toString(), "", "internal error: " + e.getCause(), 0);
        }
    }

    /** Ingests one file; never throws. */
    FileOutcome ingestOne(Path file, Progress progress) {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().toString();
        String sha = "";
        try {
            if (!Files.exists(file)) throw new NoSuchFileException(path, null, "file was removed before it could be read");
            sha = FileHashing.sha256(file);
            if (!claimed.add(sha) || (!options.force() && index.containsSha256(sha))) {
                progress.fileDone();
                return FileOutcome.skipped(path, sha, DocumentBuilder.idFor(sha));
            }
            Collector pages = new Collector(progress);
            SourceInfo info = reader.read(file, pages);
            List<Page> raw = pages.finish();
            List<VanbanDocument> docs = builder.buildAll(path, sha, info.mediaType(), raw);
            VanbanDocument doc = docs.get(0);
            index.upsertAll(docs);
            progress.fileDone();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            boolean partial = !pages.failed.isEmpty();
            String reason = partial ? "OCR failed on page(s) " + pages.failed.keySet() + ": " + pages.failed.values() : "";
            return new FileOutcome(path, partial ? FileOutcome.Status.PARTIAL : FileOutcome.Status.INGESTED, reason,
                    doc.id(), sha, info.mediaType(), raw.size(), pages.ocrPages, List.copyOf(pages.failed.keySet()), ms);
        } catch (IngestException e) {
            return failed(progress, path, sha, e.getMessage(), t0);
        } catch (NoSuchFileException e) {
            return failed(progress, path, sha, "file not found (removed or moved during the run)", t0);
        } catch (java.nio.file.AccessDeniedException e) {
            return failed(progress, path, sha, "permission denied: cannot read the file", t0);
        } catch (IOException e) {
            return failed(progress, path, sha, "I/O error: " + e.getMessage(), t0);
        } catch (OutOfMemoryError e) {
            return failed(progress, path, sha, "out of memory while processing the file", t0);
        } catch (RuntimeException e) {
            return failed(progress, path, sha, "internal error: " + e, t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(progress, path, sha, "interrupted", t0);
        }
    }

    private static FileOutcome failed(Progress progress, String path, String sha, String reason, long t0) {
        progress.fileDone();
        return FileOutcome.failed(path, sha, reason, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Receives a file's pages in order; sends image pages to the OCR pool. */
    private final class Collector implements PageSink {
        private final Progress progress;
        private final Map<Integer, Page> ready = new TreeMap<>();
        private final Map<Integer, Future<OcrResult>> pending = new TreeMap<>();
        private final Map<Integer, String> failed = new TreeMap<>();
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
            // the per-page time limit is enforced inside Tesseract (OcrTimeoutException)
            for (Map.Entry<Integer, Future<OcrResult>> e : pending.entrySet()) {
                int n = e.getKey();
                try {
                    OcrResult r = e.getValue().get();
                    ready.put(n, new Page(n, r.text(), r.text(), r.meanConfidence(), PageSource.OCR));
                } catch (ExecutionException | CancellationException ex) {
                    Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
                    failed.put(n, String.valueOf(cause.getMessage()));
                    ready.put(n, new Page(n, "", "", 0, PageSource.OCR));
                }
            }
            return List.copyOf(ready.values());
        }
    }

    @Override
    public void close() {
        ocr.close();
    }

    static String plural(int n, String word) {
        return String.format(Locale.ROOT, "%d %s%s", n, word, n == 1 ? "" : "s");
    }
}
