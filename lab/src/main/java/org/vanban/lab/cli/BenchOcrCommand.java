package org.vanban.lab.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceReader;
import org.vanban.model.PageSource;
import org.vanban.ingest.FileWalker;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code vanban bench ingest-vs-cli}: pages/s of {@code vanban ingest} on the scanned files of a folder,
 * next to the {@code tesseract} CLI run on the same page images with the same number of parallel
 * processes, in one run, and their ratio.
 */
@Command(name = "ingest-vs-cli", mixinStandardHelpOptions = true,
        description = "Ingest throughput on scanned pages vs the raw tesseract CLI on the same page images.")
public final class BenchOcrCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "folder with scanned files (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--threads", description = "threads for both sides (default: number of cores)")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "1", description = "alternating rounds of both sides (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("vanban-bench-ocr");
        try {
            List<Path> scanned = new ArrayList<>();
            List<Path> images = extractPageImages(corpus, work.resolve("pages"), scanned);
            if (images.isEmpty()) throw new IllegalArgumentException("no scanned pages found under " + corpus);
            System.out.printf(Locale.ROOT, "%d scanned page(s) in %d file(s); %d thread(s)%n", images.size(), scanned.size(), n);
            System.out.println("(wall clock: pages/s; CPU: CPU-seconds per page, which a busy machine disturbs less)");
            for (int r = 1; r <= rounds; r++) {
                double cpu0 = childrenCpuSeconds();
                double cli = runCli(images, n);
                double cliCpu = childrenCpuSeconds() - cpu0;
                double own0 = ownCpuSeconds();
                double ingest = runIngest(scanned, work.resolve("index-" + r), n);
                double ingestCpu = ownCpuSeconds() - own0;
                int pages = images.size();
                System.out.printf(Locale.ROOT, "round %d: tesseract CLI %.3f pages/s (%.2f CPU-s/page), vanban ingest %.3f pages/s"
                                + " (%.2f CPU-s/page); ingest/CLI throughput %.1f%% wall, %.1f%% CPU%n",
                        r, pages / cli, cliCpu / pages, pages / ingest, ingestCpu / pages,
                        100.0 * cli / ingest, 100.0 * cliCpu / ingestCpu);
            }
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    /** Writes every page that needs OCR as a PNG (what the CLI gets); collects files that have such pages. */
    static List<Path> extractPageImages(Path root, Path out, List<Path> scannedFiles) throws IOException {
        Files.createDirectories(out);
        SourceReader reader = new SourceReader();
        List<Path> images = new ArrayList<>();
        for (Path f : FileWalker.list(List.of(root))) {
            int before = images.size();
            try {
                reader.read(f, new PageSink() {
                    @Override public void textPage(int number, String text, PageSource source) { }

                    @Override public void imagePage(int number, BufferedImage image) {
                        Path png = out.resolve(BenchIngestCommand.pageKey(f, number) + ".png");
                        try {
                            ImageIO.write(image, "png", png.toFile());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        images.add(png);
                    }
                });
            } catch (Exception e) {
                continue; // not a readable scan: not part of the benchmark
            }
            if (images.size() > before) scannedFiles.add(f);
        }
        return images;
    }

    /** Seconds for the tesseract CLI, n processes at a time, one page each. */
    static double runCli(List<Path> images, int n) throws Exception {
        return runCli(images, n, List.of());
    }

    /**
     * Seconds for the tesseract CLI ({@code -l vie --dpi 300} plus {@code -c NAME=VALUE} for each of
     * {@code configs}), n processes at a time, one page each; each page's text goes to
     * {@link #cliTextFile} (writing a small file costs nothing next to the OCR).
     */
    static double runCli(List<Path> images, int n, List<String> configs) throws Exception {
        org.vanban.ocr.TesseractCliEngine cli = new org.vanban.ocr.TesseractCliEngine("vie", configs, 0);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (Path img : images) {
                fs.add(pool.submit(() -> {
                    Files.writeString(cliTextFile(img), cli.text(img, 300), StandardCharsets.UTF_8);
                    return 0;
                }));
            }
            for (Future<Integer> f : fs) {
                f.get(); // a failed run throws, naming the command
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Where {@link #runCli} writes the text of page image {@code img}: same name, {@code .txt}. */
    static Path cliTextFile(Path img) {
        return img.resolveSibling(img.getFileName().toString().replaceFirst("\\.png$", "") + ".txt");
    }

    /** CPU seconds of this JVM's finished (waited-for) child processes, from /proc/self/stat (cutime + cstime). */
    static double childrenCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command name: field 3 is f[0]; cutime is field 16, cstime field 17
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }

    /** CPU seconds used by this JVM so far (all threads: OCR, preprocessing, rendering, indexing, GC, JIT). */
    static double ownCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
    }

    static double runIngest(List<Path> files, Path index, int n) throws Exception {
        long t0 = System.nanoTime();
        IngestReport report;
        try (DocumentIndex idx = DocumentIndex.open(index);
             IngestPipeline p = new IngestPipeline(idx, new IngestOptions(n, true, Duration.ofMinutes(5), false))) {
            report = p.run(files);
        }
        if (report.failed() > 0) throw new IllegalStateException("ingest failed on " + report.failed() + " file(s)");
        return (System.nanoTime() - t0) / 1e9;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
