package org.vanban.lab.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vanban.index.DocumentIndex;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.FileOutcome;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import org.vanban.pipeline.ReportWriter;
import org.vanban.pipeline.Reprocessor;
import org.vanban.lab.tools.CharErrorRate;
import org.vanban.lab.tools.OfficeWriters;
import org.vanban.lab.tools.PageLayout;
import org.vanban.lab.tools.PageRenderer;
import org.vanban.lab.tools.ScanDegrader;
import org.vanban.lab.tools.SourceDocument;
import org.vanban.lab.tools.SyllableErrorRate;
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

    @Option(names = "--one-file", description = "put all scanned pages in one PDF (the file-size test: e.g. --pages 500)")
    boolean oneFile;

    @Option(names = "--text-files", defaultValue = "0",
            description = "also generate N cheap files without OCR (of every 10: 8 plain text, 1 DOCX, 1 text-layer PDF), "
                    + "each unique (the batch-size test: e.g. --text-files 10000) (default: ${DEFAULT-VALUE})")
    int textFiles;

    @Option(names = "--batch", paramLabel = "DIR",
            description = "ingest this existing folder instead of generating one (--pages, --text-files and --bad are ignored)")
    Path existingBatch;

    @Option(names = "--cli-config", paramLabel = "NAME=VALUE",
            description = {"pass -c NAME=VALUE to the tesseract CLI side (repeatable), e.g. tessedit_do_invert=0 to",
                    "compare with the CLI run the way vanban runs Tesseract (default: the CLI's own defaults)"})
    List<String> cliConfigs = new ArrayList<>();

    @Option(names = "--skip-reprocess", description = "do not time reprocess afterwards")
    boolean skipReprocess;

    @Option(names = "--live-probe-seconds", defaultValue = "60",
            description = {"force a full GC this often to measure the live heap (0: never; the heap after the",
                    "collector's own GCs is still reported). Each probe costs CPU: use 0 for throughput (default: ${DEFAULT-VALUE})"})
    int liveProbeSeconds;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("vanban-bench-ingest") : work;
        try {
            Path batch = existingBatch != null ? existingBatch : dir.resolve("batch");
            long g0 = System.nanoTime();
            // a generated batch keeps its pages' text next to it (work/batch, work/truth)
            Path truth = existingBatch != null ? existingBatch.toAbsolutePath().resolveSibling("truth") : dir.resolve("truth");
            int files = existingBatch != null ? 0 : generate(batch, truth, pages, oneFile ? Math.max(1, pages) : maxPagesPerFile, oneFile, bad);
            int cheap = existingBatch != null ? 0 : generateCheap(batch.resolve("cheap"), textFiles);
            if (existingBatch != null) System.out.println("batch: " + existingBatch.toAbsolutePath());
            else System.out.printf(Locale.ROOT, "generated %d scanned page(s) in %d file(s) + %d cheap file(s) + %d bad file(s) in %.0f s; %d thread(s), -Xmx %d MB%n",
                    pages, files, cheap, bad, (System.nanoTime() - g0) / 1e9, n, Runtime.getRuntime().maxMemory() >> 20);

            HeapWatch heap = HeapWatch.start(liveProbeSeconds);
            IngestReport report;
            double cpu0 = BenchOcrCommand.ownCpuSeconds();
            try (DocumentIndex idx = DocumentIndex.open(dir.resolve("index"));
                 IngestPipeline p = new IngestPipeline(idx, new IngestOptions(n, false, Duration.ofMinutes(3), false));
                 ReportWriter writer = ReportWriter.toDirectory(dir.resolve("reports"), n, idx.directory())) {
                heap.onProbe(secs -> System.out.printf(Locale.ROOT, "  [%4.0f s] %d page(s) done, %d file(s) done; "
                                + "peak live %d MB, peak after GC %d MB%n", secs, p.pagesDone(), writer.files(),
                        heap.peakLive() >> 20, heap.peakAfterGc() >> 20));
                report = p.run(List.of(batch), writer); // the JSON report streamed to disk, as `vanban ingest` does
            }
            heap.stop();
            double cpuSecs = BenchOcrCommand.ownCpuSeconds() - cpu0;
            System.out.printf(Locale.ROOT, "vanban ingest CPU: %.1f s of process CPU = %.2f CPU-s per OCR page%n",
                    cpuSecs, cpuSecs / Math.max(1, report.ocrPages()));
            double ingestPps = report.ocrPages() / report.seconds();
            System.out.printf(Locale.ROOT, "vanban ingest: %d file(s): %d ingested, %d partial, %d failed; %d page(s), %d OCR page(s) in %.1f s = %.3f OCR pages/s, %.2f pages/s, %.1f files/s%n",
                    report.files(), report.ingested(), report.partial(), report.failed(), report.pages(), report.ocrPages(),
                    report.seconds(), ingestPps, report.pages() / report.seconds(), report.files() / report.seconds());
            for (FileOutcome o : report.outcomes()) {
                if (o.status() == FileOutcome.Status.FAILED) {
                    System.out.printf(Locale.ROOT, "  failed %s: %s%n", Path.of(o.path()).getFileName(), o.reason());
                }
            }
            System.out.printf(Locale.ROOT, "heap: peak used %d MB (sampled every 20 ms), peak after any GC %d MB, "
                            + "peak live (after a full GC every %d s) %d MB, -Xmx %d MB%n",
                    heap.peakUsed() >> 20, heap.peakAfterGc() >> 20, liveProbeSeconds, heap.peakLive() >> 20, Runtime.getRuntime().maxMemory() >> 20);

            if (!skipCli) {
                List<Path> scanned = new ArrayList<>();
                List<Path> images = BenchOcrCommand.extractPageImages(batch, dir.resolve("pages"), scanned);
                double child0 = BenchOcrCommand.childrenCpuSeconds();
                double cli = BenchOcrCommand.runCli(images, n, cliConfigs);
                double cliCpu = BenchOcrCommand.childrenCpuSeconds() - child0;
                double cliPps = images.size() / cli;
                System.out.printf(Locale.ROOT, "tesseract CLI: %d page(s) in %.1f s = %.3f pages/s, %.2f CPU-s per page; "
                                + "ingest/CLI = %.1f%% (wall), %.1f%% (CPU per page)%n",
                        images.size(), cli, cliPps, cliCpu / images.size(), 100 * ingestPps / cliPps,
                        100 * (cliCpu / images.size()) / (cpuSecs / Math.max(1, report.ocrPages())));
                if (Files.isDirectory(truth)) printAccuracy(truth, images, dir.resolve("index"));
            }

            if (skipReprocess) return 0;
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

    /**
     * Character and syllable error rates of both sides against the generated pages' text, on the pages both
     * read: vanban's raw OCR text as stored in the index (before repair) and the CLI's output.
     */
    static void printAccuracy(Path truth, List<Path> images, Path index) throws IOException {
        java.util.Map<String, String> ours = new java.util.HashMap<>();
        try (org.vanban.index.IndexSearch search = org.vanban.index.IndexSearch.open(index)) {
            search.forEachDocument(d -> {
                for (org.vanban.model.Page page : d.pages()) {
                    if (page.source() == org.vanban.model.PageSource.OCR) {
                        ours.put(pageKey(Path.of(d.sourcePath()), page.number()), page.rawText());
                    }
                }
            });
        }
        Errors our = new Errors();
        Errors cli = new Errors();
        int scored = 0;
        for (Path img : images) {
            String key = img.getFileName().toString().replaceFirst("\\.png$", "");
            Path ref = truth.resolve(key + ".txt");
            Path cliText = BenchOcrCommand.cliTextFile(img);
            if (!Files.exists(ref) || !ours.containsKey(key) || !Files.exists(cliText)) continue;
            String reference = Files.readString(ref);
            our.add(reference, ours.get(key));
            cli.add(reference, Files.readString(cliText));
            scored++;
        }
        if (scored == 0) {
            System.out.println("OCR accuracy: no page could be matched to its generated text");
            return;
        }
        System.out.printf(Locale.ROOT, "OCR accuracy against the generated text, %d page(s), %d characters: vanban raw OCR "
                        + "(before repair) CER %.2f%%, tesseract CLI CER %.2f%%%n",
                scored, our.refChars, our.cer(), cli.cer());
        System.out.printf(Locale.ROOT, "OCR accuracy against the generated text, %d page(s), %d syllables: vanban raw OCR "
                        + "(before repair) syllable error rate %.2f%%, tesseract CLI syllable error rate %.2f%%%n",
                scored, our.refSyllables, our.ser(), cli.ser());
    }

    /** Character and syllable edits of one side summed over pages (rates weighted by reference length). */
    static final class Errors {
        long refChars;
        long charErrors;
        long refSyllables;
        long syllableErrors;
        long anyPlacementErrors;

        void add(String reference, String hypothesis) {
            int[] r = CharErrorRate.normalise(reference).codePoints().toArray();
            refChars += r.length;
            charErrors += CharErrorRate.distance(r, CharErrorRate.normalise(hypothesis).codePoints().toArray());
            SyllableErrorRate.Ids ids = new SyllableErrorRate.Ids();
            int[] rs = ids.of(SyllableErrorRate.syllables(reference));
            refSyllables += rs.length;
            syllableErrors += CharErrorRate.distance(rs, ids.of(SyllableErrorRate.syllables(hypothesis)));
            anyPlacementErrors += CharErrorRate.distance(ids.of(SyllableErrorRate.syllablesAnyPlacement(reference)),
                    ids.of(SyllableErrorRate.syllablesAnyPlacement(hypothesis)));
        }

        /** Syllable error rate with tone placement ignored (hoà = hòa). */
        double serAnyPlacement() { return 100.0 * anyPlacementErrors / Math.max(1, refSyllables); }

        double cer() { return 100.0 * charErrors / Math.max(1, refChars); }

        double ser() { return 100.0 * syllableErrors / Math.max(1, refSyllables); }
    }

    /** {@code scan-00001.pdf-003}: the name the CLI side's page image gets, without {@code .png}. */
    static String pageKey(Path file, int page) {
        return String.format(Locale.ROOT, "%s-%03d", file.getFileName(), page);
    }

    /**
     * Writes scanned PDFs with {@code pages} pages in all, plus bad files, and each page's text to
     * {@code truth/<file>-<page>.txt}; returns the number of good files.
     */
    static int generate(Path dir, Path truth, int pages, int maxPerFile, boolean fixed, int bad) throws IOException {
        Files.createDirectories(dir);
        Files.createDirectories(truth);
        List<SourceDocument> docs = SourceDocument.loadAll();
        PageRenderer renderer = new PageRenderer();
        List<List<PageLayout>> layouts = new ArrayList<>();
        for (SourceDocument d : docs) layouts.add(renderer.layout(d));
        Random random = new Random(42);
        int written = 0;
        int files = 0;
        int cursor = 0;
        java.util.Map<String, BufferedImage> scans = new java.util.HashMap<>();
        java.util.Map<String, String> scanTexts = new java.util.HashMap<>();
        while (written < pages) {
            int count = Math.min(pages - written, fixed ? maxPerFile : 1 + random.nextInt(Math.max(1, maxPerFile)));
            Path out = dir.resolve(String.format(Locale.ROOT, "scan-%05d.pdf", files + 1));
            try (PDDocument pdf = new PDDocument()) {
                for (int k = 0; k < count; k++, cursor++) {
                    List<PageLayout> doc = layouts.get(cursor % layouts.size());
                    PageLayout page = doc.get((cursor / layouts.size()) % doc.size());
                    ScanDegrader.Level level = cursor % 5 == 4 ? ScanDegrader.Level.HARSH : ScanDegrader.Level.MILD;
                    // one big file repeats 20 distinct scans (painting and degrading 500 pages takes long)
                    String key = String.valueOf(cursor % 20);
                    final int seed = cursor;
                    BufferedImage scan = fixed
                            ? scans.computeIfAbsent(key, unused -> ScanDegrader.degrade(renderer.paint(page), level, seed, page.signatureAnchor()))
                            : ScanDegrader.degrade(renderer.paint(page), level, cursor, page.signatureAnchor());
                    String text = fixed ? scanTexts.computeIfAbsent(key, unused -> page.text()) : page.text();
                    Files.writeString(truth.resolve(pageKey(out, k + 1) + ".txt"), text);
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
                    byte[] all = Files.exists(first) ? Files.readAllBytes(first)
                            : "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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

    /**
     * Writes {@code count} cheap files (no OCR): of every 10, 8 plain text, 1 DOCX and 1 PDF with a text layer, from the
     * corpus sources, each made unique by a numbered line so that none is skipped as a duplicate. Returns the count.
     */
    static int generateCheap(Path dir, int count) throws IOException {
        if (count <= 0) return 0;
        List<SourceDocument> docs = SourceDocument.loadAll();
        PageRenderer renderer = new PageRenderer();
        for (int i = 0; i < count; i++) {
            SourceDocument base = docs.get(i % docs.size());
            String tag = String.format(Locale.ROOT, "Bản lưu số %06d.", i + 1);
            // 1,000 files a folder, as an archive's scanning stations tend to write them
            Path sub = dir.resolve(String.format(Locale.ROOT, "box-%03d", i / 1000));
            Files.createDirectories(sub);
            String name = String.format(Locale.ROOT, "doc-%06d", i + 1);
            switch (i % 10) {
                case 1 -> Files.write(sub.resolve(name + ".docx"), OfficeWriters.docx(tagged(base, tag)));
                case 2 -> renderer.writeTextPdf(tagged(base, tag), sub.resolve(name + ".pdf").toFile());
                default -> Files.writeString(sub.resolve(name + ".txt"), base.plainText() + "\n" + tag + "\n",
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return count;
    }

    private static SourceDocument tagged(SourceDocument d, String line) {
        List<SourceDocument.Block> blocks = new ArrayList<>(d.blocks());
        int at = blocks.size();
        while (at > 0 && blocks.get(at - 1).kind() == SourceDocument.Kind.CLOSING) at--;
        blocks.add(at, new SourceDocument.Block(SourceDocument.Kind.PARAGRAPH, line, null, null, null));
        return new SourceDocument(d.id(), d.meta(), d.phrases(), blocks);
    }

    /** Peak heap: sampled every 20 ms, and the live heap after each GC (GC notifications). */
    static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private static final long TICK_NANOS = 10_000_000_000L;
        private final long probeNanos;
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> undo = new ArrayList<>();
        private volatile boolean running = true;
        private volatile java.util.function.DoubleConsumer probe = secs -> { };
        private final long started = System.nanoTime();
        private int probes;

        private HeapWatch(int probeSeconds) {
            probeNanos = probeSeconds * 1_000_000_000L;
            sampler = new Thread(() -> {
                long nextProbe = System.nanoTime() + (probeNanos > 0 ? probeNanos : Long.MAX_VALUE / 2);
                long nextTick = System.nanoTime() + TICK_NANOS;
                while (running) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    if (System.nanoTime() > nextProbe) {
                        // a full collection now and then measures what is really live (young GCs leave old garbage)
                        // the heap left by this collection is taken from its GC notification: reading the heap
                        // after System.gc() returns would also count what the busy workers allocated since
                        System.gc();
                        nextProbe = System.nanoTime() + probeNanos;
                    }
                    if (System.nanoTime() > nextTick) {
                        nextTick = System.nanoTime() + TICK_NANOS;
                        if (++probes % 6 == 0) probe.accept((System.nanoTime() - started) / 1e9); // every minute
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

        static HeapWatch start(int probeSeconds) {
            System.gc();
            HeapWatch w = new HeapWatch(probeSeconds);
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
                    if ("System.gc()".equals(info.getGcCause())) w.peakLive.accumulateAndGet(used, Math::max);
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

        /** Called about once a minute with the seconds since the start (progress of long runs). */
        void onProbe(java.util.function.DoubleConsumer p) { probe = p; }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            undo.forEach(Runnable::run);
        }

        long peakUsed() { return peakUsed.get(); }

        long peakAfterGc() { return peakAfterGc.get(); }

        /** Largest heap in use right after the forced full collections (0 when none was forced). */
        long peakLive() { return peakLive.get(); }
    }
}
