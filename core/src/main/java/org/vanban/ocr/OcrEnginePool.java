package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of OCR worker threads, each with its <em>own</em> {@link OcrEngine} (a {@link TessEngine} unless
 * an {@link EngineFactory} is given; engines are never
 * shared). An engine is created lazily on its worker thread at the first page and closed on that same
 * thread when the pool closes. Each page is optionally cleaned by an {@link ImagePreprocessor} on the
 * worker thread before recognition.
 *
 * <p>Timeouts: every page gets a deadline inside Tesseract ({@code pageTimeout}); a page that
 * exceeds it fails with {@link OcrTimeoutException} and the worker ends and deletes its engine
 * ({@code TessBaseAPIEnd}) and creates a fresh one for the next page.
 */
public final class OcrEnginePool implements AutoCloseable {

    /** Time limit per page used by {@link #submit(BufferedImage)} unless configured otherwise. */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofMinutes(2);
    /** Extra wait beyond the Tesseract deadline before {@link #recognize} gives up on a worker. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final EngineFactory factory;
    private final ImagePreprocessor preprocessor;
    private final Duration pageTimeout;
    private final ThreadPoolExecutor executor;
    private final ThreadLocal<OcrEngine> engines = new ThreadLocal<>();
    private final AtomicInteger enginesCreated = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong pagesRead = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong secondReadings = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong secondCpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong secondKept = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong pagesMerged = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong wordsReplaced = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong> waysUsed =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code threads} workers, {@code vie}, default tessdata, standard preprocessing, 2 min per page. */
    public OcrEnginePool(int threads) throws OcrException {
        this(threads, OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG, new ImagePreprocessor(),
                DEFAULT_PAGE_TIMEOUT);
    }

    /**
     * @param threads      number of worker threads (= engines), at least 1
     * @param tessdataDir  directory with the traineddata files
     * @param lang         Tesseract language(s), e.g. {@code vie}
     * @param preprocessor cleaning applied to each page before OCR, or null for none
     * @param pageTimeout  time limit per page for {@link #submit}
     * @throws OcrException at once if the tessdata is missing (checked before any thread starts)
     */
    public OcrEnginePool(int threads, Path tessdataDir, String lang, ImagePreprocessor preprocessor,
                         Duration pageTimeout) throws OcrException {
        this(threads, checked(threads, pageTimeout, tessdataDir, lang), preprocessor, pageTimeout);
    }

    /** Makes one engine; called on a worker thread, once at its first page and again after a failed page. */
    @FunctionalInterface
    public interface EngineFactory {
        OcrEngine create() throws OcrException;
    }

    /**
     * A pool whose workers get their engines from {@code factory} (tests give a fake; the other constructors give
     * {@link TessEngine}s).
     *
     * @param threads      number of worker threads (= engines), at least 1
     * @param factory      makes one engine per worker
     * @param preprocessor cleaning applied to each page before OCR, or null for none
     * @param pageTimeout  time limit per page for {@link #submit}
     */
    public OcrEnginePool(int threads, EngineFactory factory, ImagePreprocessor preprocessor, Duration pageTimeout) {
        checkArguments(threads, pageTimeout);
        if (factory == null) {
            throw new IllegalArgumentException("factory is null");
        }
        this.factory = factory;
        this.preprocessor = preprocessor;
        this.pageTimeout = pageTimeout;
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), workerFactory());
    }

    private static void checkArguments(int threads, Duration pageTimeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive: " + pageTimeout);
        }
    }

    /** The Tess4J engine factory, after checking the tessdata (so a missing language fails at once). */
    private static EngineFactory checked(int threads, Duration pageTimeout, Path tessdataDir, String lang)
            throws OcrException {
        checkArguments(threads, pageTimeout);
        OcrEngine.checkTessdata(tessdataDir, lang);
        return () -> new TessEngine(tessdataDir, lang);
    }

    /** Queues a page at 300 dpi with the pool's page timeout. */
    public Future<OcrResult> submit(BufferedImage image) {
        return submit(image, OcrEngine.DEFAULT_DPI, pageTimeout);
    }

    /**
     * Like {@link #submit(BufferedImage)}, and runs {@code whenDone} on the worker once the page is
     * finished, whatever the outcome (the ingest pipeline uses it to bound the images in flight).
     */
    public Future<OcrResult> submit(BufferedImage image, Runnable whenDone) {
        if (image == null) {
            throw new IllegalArgumentException("image is null");
        }
        return executor.submit(() -> {
            try {
                return recognizeOnWorker(image, OcrEngine.DEFAULT_DPI, pageTimeout);
            } finally {
                whenDone.run();
            }
        });
    }

    /**
     * Queues a page. The future fails with an {@link java.util.concurrent.ExecutionException} whose
     * cause is an {@link OcrException} ({@link OcrTimeoutException} on timeout).
     */
    public Future<OcrResult> submit(BufferedImage image, int dpi, Duration timeout) {
        if (image == null) {
            throw new IllegalArgumentException("image is null");
        }
        return executor.submit(() -> recognizeOnWorker(image, dpi, timeout));
    }

    /**
     * Recognises one page and waits for it, at most {@code timeout} plus a short grace period.
     *
     * @throws OcrTimeoutException  when the page takes longer than {@code timeout}
     * @throws OcrException         when OCR fails
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public OcrResult recognize(BufferedImage image, Duration timeout) throws OcrException, InterruptedException {
        Future<OcrResult> future = submit(image, OcrEngine.DEFAULT_DPI, timeout);
        try {
            return future.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Tesseract did not honour its deadline (or the page waited in the queue): give up on it
            future.cancel(true);
            throw new OcrTimeoutException(timeout);
        } catch (CancellationException e) {
            throw new OcrException("OCR was cancelled (pool closing?)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcrException oe) {
                throw oe;
            }
            throw new OcrException("OCR failed: " + cause, cause);
        }
    }

    /**
     * What the pool has done so far: pages read, pages read a second way, the CPU of those second readings, and how
     * many pages each way of preparing them took first.
     *
     * @param pages           pages recognised
     * @param secondReadings  pages read a second way because the first reading's confidence was low
     * @param secondCpuNanos  worker CPU spent on those second readings (preparation, recognition and merge)
     * @param secondKept      second readings kept (scored better than the first)
     * @param merged          pages whose kept reading took at least one word of the other ({@link ReadingMerge})
     * @param wordsReplaced   words of kept readings replaced by the other reading's word in the same place
     * @param ways            pages per way of preparation chosen first ({@link ImagePreprocessor.Prepared#way()})
     */
    public record Stats(long pages, long secondReadings, long secondCpuNanos, long secondKept, long merged,
                        long wordsReplaced, java.util.Map<String, Long> ways) {
        public Stats {
            ways = java.util.Map.copyOf(ways);
        }

        /** The difference to an earlier snapshot. */
        public Stats since(Stats earlier) {
            java.util.Map<String, Long> w = new java.util.TreeMap<>(ways);
            earlier.ways.forEach((k, v) -> w.merge(k, -v, Long::sum));
            w.values().removeIf(v -> v == 0);
            return new Stats(pages - earlier.pages, secondReadings - earlier.secondReadings,
                    secondCpuNanos - earlier.secondCpuNanos, secondKept - earlier.secondKept, merged - earlier.merged,
                    wordsReplaced - earlier.wordsReplaced, w);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d page(s), ways %s, read twice %d (%.2f extra CPU-s), second kept %d, merged %d (%d words replaced)",
                    pages, ways, secondReadings, secondCpuNanos / 1e9, secondKept, merged, wordsReplaced);
        }
    }

    /** A snapshot of what the pool has done so far. */
    public Stats stats() {
        java.util.Map<String, Long> w = new java.util.TreeMap<>();
        waysUsed.forEach((k, v) -> w.put(k, v.get()));
        return new Stats(pagesRead.get(), secondReadings.get(), secondCpuNanos.get(), secondKept.get(),
                pagesMerged.get(), wordsReplaced.get(), w);
    }

    /** Number of worker threads. */
    public int threads() {
        return executor.getCorePoolSize();
    }

    /** How many engines were created so far (grows when an engine is replaced after a timeout). */
    public int enginesCreated() {
        return enginesCreated.get();
    }

    /** This worker's engine, created at its first page (or after a failed one). */
    private OcrEngine workerEngine() throws OcrException {
        OcrEngine engine = engines.get();
        if (engine == null) {
            engine = factory.create();
            enginesCreated.incrementAndGet();
            engines.set(engine);
        }
        return engine;
    }

    private OcrResult recognizeOnWorker(BufferedImage image, int dpi, Duration timeout) throws OcrException {
        OcrEngine engine = workerEngine();
        try {
            pagesRead.incrementAndGet();
            if (preprocessor == null || !preprocessor.choosesPerPage()) {
                ImagePreprocessor.Prepared page = preprocessor == null ? new ImagePreprocessor.Prepared(image, 1) : preprocessor.prepare(image);
                waysUsed.computeIfAbsent(page.way().label(), k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
                return read(engine, page, image, dpi, timeout);
            }
            return readChoosing(engine, image, dpi, timeout);
        } catch (OcrException e) {
            // a timed-out or failed engine is not trusted: end it; the next page gets a fresh one
            engines.remove();
            engine.close();
            throw e;
        }
    }

    /**
     * The per-page choice: the page is measured, read the cheapest way its measures allow, and when Tesseract doubts
     * that reading ({@link ReadingScore#doubtful}), read the other way too ({@link ImagePreprocessor#secondWay}); the
     * reading kept is the one {@link ReadingScore#better(OcrResult, OcrResult, ReadingScorer)} prefers with the
     * preprocessor's scorer (confidence and how much of it reads as Vietnamese), and its words are then merged with
     * the other reading's ({@link ReadingMerge}: a word the other reading reads better in the same place is taken).
     * At most one extra reading a page; its CPU (with the merge's) and the merged words are counted in {@link #stats()}.
     * A confident page is read once: on the offline probe (seed 29, BENCHMARKS.md issue 13 s25-ocr) merging a doubtful
     * page's two readings took repaired syllable errors from 0.74% to 0.66%; reading every page twice to 0.62%, for
     * about twice the OCR CPU.
     */
    private OcrResult readChoosing(OcrEngine engine, BufferedImage image, int dpi, Duration timeout) throws OcrException {
        long t0 = System.nanoTime();
        PageMeasures m = ImagePreprocessor.measure(image);
        ImagePreprocessor.Way first = preprocessor.firstWay(m);
        waysUsed.computeIfAbsent(first.label(), k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        ImagePreprocessor.Prepared p1 = preprocessor.prepare(image, first);
        OcrResult r1 = read(engine, p1, image, dpi, remaining(timeout, t0));
        ImagePreprocessor.Way second = preprocessor.secondWay(first, m, p1);
        if (second == null || !ReadingScore.doubtful(r1)) return r1;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        OcrResult r2 = read(engine, preprocessor.prepare(image, second), image, dpi, remaining(timeout, t0));
        OcrResult kept = ReadingScore.better(r1, r2, preprocessor.scorer());
        ReadingMerge.Merged merged = ReadingMerge.merge(kept, kept == r1 ? r2 : r1, preprocessor.scorer());
        secondReadings.incrementAndGet();
        secondCpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
        if (kept == r2) secondKept.incrementAndGet();
        if (merged.replaced() > 0) {
            pagesMerged.incrementAndGet();
            wordsReplaced.addAndGet(merged.replaced());
        }
        return merged.reading();
    }

    /**
     * Queues a page read one given way only (no per-page choice, no second reading): for comparing the ways
     * ({@code bench ocr-spectrum --each-way}). Needs a preprocessor.
     */
    public Future<OcrResult> submit(BufferedImage image, ImagePreprocessor.Way way) {
        if (image == null || way == null) {
            throw new IllegalArgumentException("image and way are required");
        }
        if (preprocessor == null) {
            throw new IllegalStateException("a pool without a preprocessor reads pages as given");
        }
        return executor.submit(() -> {
            OcrEngine engine = workerEngine();
            try {
                engine.pageSegMode(way.pageSegMode());
                ImagePreprocessor.Prepared page = preprocessor.prepare(image, way);
                return inSourcePixels(engine.recognize(page.image(), OcrEngine.DEFAULT_DPI / page.divisor(), pageTimeout),
                        page, image.getWidth(), image.getHeight());
            } catch (OcrException e) {
                engines.remove();
                engine.close();
                throw e;
            }
        });
    }

    /** What is left of the page's time limit (at least 1 ms), or null for none. */
    private static Duration remaining(Duration timeout, long startNanos) {
        if (timeout == null) return null;
        Duration left = timeout.minusNanos(System.nanoTime() - startNanos);
        return left.toMillis() < 1 ? Duration.ofMillis(1) : left;
    }

    private OcrResult read(OcrEngine engine, ImagePreprocessor.Prepared page, BufferedImage image, int dpi, Duration timeout)
            throws OcrException {
        int pageDpi = (dpi > 0 ? dpi : OcrEngine.DEFAULT_DPI) / page.divisor();
        if (preprocessor != null && preprocessor.choosesPerPage()) engine.pageSegMode(page.way().pageSegMode());
        return inSourcePixels(engine.recognize(page.image(), pageDpi, timeout), page, image.getWidth(), image.getHeight());
    }

    /**
     * The result with its word boxes moved from the prepared page back onto the image the caller gave: scaled
     * by the divisor, and each box's centre turned back by the deskew angle (the box keeps its size).
     */
    static OcrResult inSourcePixels(OcrResult r, ImagePreprocessor.Prepared page, int width, int height) {
        if (r.words().isEmpty() || (page.divisor() == 1 && page.turnedDegrees() == 0)) return r;
        int d = page.divisor();
        double rad = Math.toRadians(-page.turnedDegrees());
        double sin = Math.sin(rad), cos = Math.cos(rad);
        double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
        java.util.List<OcrWord> out = new java.util.ArrayList<>(r.words().size());
        for (OcrWord w : r.words()) {
            double mx = (w.x() + w.width() / 2.0) * d - cx, my = (w.y() + w.height() / 2.0) * d - cy;
            double ox = cx + mx * cos - my * sin, oy = cy + mx * sin + my * cos;
            int bw = w.width() * d, bh = w.height() * d;
            out.add(new OcrWord(w.text(), (int) Math.round(ox - bw / 2.0), (int) Math.round(oy - bh / 2.0), bw, bh,
                    w.confidence()));
        }
        return new OcrResult(r.text(), r.meanConfidence(), out);
    }

    /** Every worker thread started, so that close() can wait until each has closed its engine. */
    private final java.util.List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ThreadFactory workerFactory() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(() -> {
                try {
                    task.run();
                } finally {
                    OcrEngine engine = engines.get();
                    engines.remove();
                    if (engine != null) {
                        engine.close(); // on its own thread, after its last page
                    }
                }
            }, "ocr-" + count.incrementAndGet());
            t.setDaemon(true);
            workers.add(t);
            return t;
        };
    }

    /**
     * Stops accepting pages, lets queued pages finish, waits for the workers (up to the page timeout
     * plus grace), which close their engines as they exit. Pending pages after that are cancelled.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(pageTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            // the executor counts as terminated before a worker's finally block has closed its engine: wait for that
            for (Thread t : workers) {
                t.join(GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
