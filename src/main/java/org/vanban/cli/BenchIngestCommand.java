package org.vanban.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vanban.index.DocumentIndex;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import org.vanban.pipeline.Reprocessor;
import org.vanban.tools.PageLayout;
import org.vanban.tools.PageRenderer;
import org.vanban.tools.ScanDegrader;
import org.vanban.tools.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code vanban bench ingest}: generates a batch of scanned PDFs (pages rendered from the corpus sources and
 * degraded like real scans) with some bad files mixed in, ingests it, and reports pages/s, peak heap and
 * the ratio to the raw {@code tesseract} CLI on the same page images at the same thread count; then the
 * speed of {@code reprocess} on the resulting index.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Scale test: generate a batch of scanned files (+ bad files), ingest it, report pages/s,",
                "peak heap, and the ratio to the raw tesseract CLI on the same pages with the same threads."})
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--pages", defaultValue = "60", description = "scanned pages in the batch (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--max-pages-per-file", defaultValue = "8",
            description = "files get 1..N pages (default: ${DEFAULT-VALUE})")
    int maxPagesPerFile;

    @Option(names = "--bad", defaultValue = "3", description = "bad files mixed in (default: ${DEFAULT-VALUE})")
    int bad;

    @Option(names = "--threads", description = "OCR threads for both sides (default: number of cores)")
    Integer threads;

    @Option(names = "--work", description = "folder for the batch and the index (default: a temporary folder, deleted)")
    Path work;

    @Option(names = "--skip-cli", description = "do not run the tesseract CLI side")
    boolean skipCli;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("vanban-bench-ingest") : work;
        try {
            Path batch = dir.resolve("batch");
            long g0 = System.nanoTime();
            int files = generate(batch, pages, maxPagesPerFile, bad);
            System.out.printf(Locale.ROOT, "generated %d scanned page(s) in %d file(s) + %d bad file(s) in %.0f s; %d thread(s), -Xmx %d MB%n",
                    pages, files, bad, (System.nanoTime() - g0) / 1e9, n, Runtime.getRuntime().maxMemory() >> 20);

            HeapWatch heap = HeapWatch.start();
            IngestReport report;
            try (DocumentIndex idx = DocumentIndex.open(dir.resolve("index"));
                 IngestPipeline p = new IngestPipeline(idx, new IngestOptions(n, false, Duration.ofMinutes(3), false))) {
                report = p.run(List.of(batch));
            }
            heap.stop();
            double ingestPps = report.ocrPages() / report.seconds();
            System.out.printf(Locale.ROOT, "vanban ingest: %d file(s): %d ingested, %d partial, %d failed; %d OCR page(s) in %.1f s = %.3f pages/s%n",
                    report.files(), report.ingested(), report.partial(), report.failed(), report.ocrPages(), report.seconds(), ingestPps);
            for (FileOutcome o : report.outcomes()) {
                if (o.status() == FileOutcome.Status.FAILED) {
                    System.out.printf(Locale.ROOT, "  failed %s: %s%n", Path.of(o.path()).getFileName(), o.reason());
                }
            }
            System.out.printf(Locale.ROOT, "heap: peak used %d MB (sampled every 20 ms), peak after any GC %d MB, "
                            + "peak live (after a full GC every 10 s) %d MB, -Xmx %d MB%n",
                    heap.peakUsed() >> 20, heap.peakAfterGc() >> 20, heap.peakLive() >> 20, Runtime.getRuntime().maxMemory() >> 20);

            if (!skipCli) {
                List<Path> scanned = new ArrayList<>();
                List<Path> images = BenchOcrCommand.extractPageImages(batch, dir.resolve("pages"), scanned);
                double cli = BenchOcrCommand.runCli(images, n);
                double cliPps = images.size() / cli;
                System.out.printf(Locale.ROOT, "tesseract CLI: %d page(s) in %.1f s = %.3f pages/s; ingest/CLI = %.1f%%%n",
                        images.size(), cli, cliPps, 100 * ingestPps / cliPps);
            }

            Reprocessor.Result r;
            try (DocumentIndex idx = DocumentIndex.open(dir.resolve("index"))) {
                r = new Reprocessor(idx, new DocumentBuilder()).run(List.of());
            }
            System.out.printf(Locale.ROOT, "reprocess: %d document(s), %d page(s) in %.2f s = %.1f pages/s (%.0fx ingest)%n",
                    r.documents(), r.pages(), r.seconds(), r.pages() / r.seconds(), (r.pages() / r.seconds()) / ingestPps);
        } finally {
            if (temporary) BenchOcrCommand.deleteTree(dir);
        }
        return 0;
    }

    /** Writes scanned PDFs with {@code pages} pages in all, plus bad files; returns the number of good files. */
    static int generate(Path dir, int pages, int maxPerFile, int bad) throws IOException {
        Files.createDirectories(dir);
        List<SourceDocument> docs = SourceDocument.loadAll();
        PageRenderer renderer = new PageRenderer();
        List<List<PageLayout>> layouts = new ArrayList<>();
        for (SourceDocument d : docs) layouts.add(renderer.layout(d));
        Random random = new Random(42);
        int written = 0;
        int files = 0;
        int cursor = 0;
        while (written < pages) {
            int count = Math.min(pages - written, 1 + random.nextInt(Math.max(1, maxPerFile)));
            Path out = dir.resolve(String.format(Locale.ROOT, "scan-%05d.pdf", files + 1));
            try (PDDocument pdf = new PDDocument()) {
                for (int k = 0; k < count; k++, cursor++) {
                    List<PageLayout> doc = layouts.get(cursor % layouts.size());
                    PageLayout page = doc.get((cursor / layouts.size()) % doc.size());
                    ScanDegrader.Level level = cursor % 5 == 4 ? ScanDegrader.Level.HARSH : ScanDegrader.Level.MILD;
                    BufferedImage scan = ScanDegrader.degrade(renderer.paint(page), level, cursor, page.signatureAnchor());
                    PageRenderer.addImagePage(pdf, scan, 0.75f);
                }
                pdf.save(out.toFile());
            }
            written += count;
            files++;
        }
        Path first = dir.resolve("scan-00001.pdf");
        for (int b = 0; b < bad; b++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "bad-%02d.%s", b + 1, switch (b % 3) {
                case 0 -> "pdf";
                case 1 -> "tif";
                default -> "docx";
            }));
            switch (b % 3) {
                case 0 -> { // truncated PDF
                    byte[] all = Files.readAllBytes(first);
                    Files.write(f, java.util.Arrays.copyOf(all, all.length / 3));
                }
                case 1 -> { // noise named .tif
                    byte[] junk = new byte[5000 + b];
                    random.nextBytes(junk);
                    Files.write(f, junk);
                }
                default -> Files.write(f, new byte[0]); // empty
            }
        }
        return files;
    }

    /** Peak heap: sampled every 20 ms, and the live heap after each GC (GC notifications). */
    static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private static final long PROBE_NANOS = 10_000_000_000L;
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> undo = new ArrayList<>();
        private volatile boolean running = true;

        private HeapWatch() {
            sampler = new Thread(() -> {
                long nextProbe = System.nanoTime() + PROBE_NANOS;
                while (running) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    if (System.nanoTime() > nextProbe) {
                        // a full collection now and then measures what is really live (young GCs leave old garbage)
                        System.gc();
                        peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                        nextProbe = System.nanoTime() + PROBE_NANOS;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapWatch start() {
            System.gc();
            HeapWatch w = new HeapWatch();
            java.util.Set<String> heapPools = new java.util.HashSet<>();
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) heapPools.add(pool.getName());
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(gc instanceof NotificationEmitter emitter)) continue;
                javax.management.NotificationListener l = (note, hb) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(note.getType())) return;
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) note.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
                    }
                    w.peakAfterGc.accumulateAndGet(used, Math::max);
                };
                emitter.addNotificationListener(l, null, null);
                w.undo.add(() -> {
                    try {
                        emitter.removeNotificationListener(l);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // gone
                    }
                });
            }
            w.sampler.start();
            return w;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            undo.forEach(Runnable::run);
        }

        long peakUsed() { return peakUsed.get(); }

        long peakAfterGc() { return peakAfterGc.get(); }

        /** Largest heap in use right after the full collections forced every 10 s. */
        long peakLive() { return peakLive.get(); }
    }
}
