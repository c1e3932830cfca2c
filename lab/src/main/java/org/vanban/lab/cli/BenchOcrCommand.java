package org.vanban.lab.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceReader;
import org.vanban.model.PageSource;
import org.vanban.ingest.FileWalker;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import org.vanban.lab.tools.SpectrumPages;
import org.vanban.ocr.ImagePreprocessor;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code vanban bench ingest-vs-cli}: pages/s of {@code vanban ingest} on the scanned files of a folder,
 * next to the {@code tesseract} CLI run on the same page images with the same number of parallel
 * processes, in one run, and their ratio; or ({@code --spectrum}) the same on distinct generated pages of
 * spectrum levels with known text, with both sides' character and syllable error rates. The CLI runs with
 * OMP_THREAD_LIMIT=1 and {@code --psm 3} (automatic layout) unless told otherwise; vanban's pool chooses its
 * way (and so its mode) per page, and the bench reports the ways its pages were read with first.
 */
@Command(name = "ingest-vs-cli", mixinStandardHelpOptions = true,
        description = {"Ingest throughput on scanned pages vs the raw tesseract CLI (OMP_THREAD_LIMIT=1) on the same page images;",
                "with --spectrum, on distinct generated pages with both sides' error rates against their true text."})
public final class BenchOcrCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "folder with scanned files (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--threads", description = "threads for both sides (default: number of cores)")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "1", description = "alternating rounds of both sides (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--spectrum", split = ",", paramLabel = "LEVEL",
            description = {"instead of --corpus: distinct generated pages of these spectrum levels (the pages `bench ocr-spectrum` "
                    + "generates for the same --seed and --pages), each level a batch of its own, with both sides' character and "
                    + "syllable error rates against the pages' true text, e.g. clean-13pt,photocopy-13pt"})
    List<String> spectrum;

    @Option(names = "--pages", defaultValue = "3", description = "with --spectrum: pages per level (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--seed", defaultValue = "13", description = "with --spectrum: generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--lines", defaultValue = "../shared/corpus/legal-vi.txt.gz",
            description = "with --spectrum: corpus whose held-out lines the pages are printed from (default: ${DEFAULT-VALUE})")
    Path lines;

    @Option(names = "--cli-psm", defaultValue = "3",
            description = "page-segmentation mode of the CLI side, -1 for Tesseract's own default (default: ${DEFAULT-VALUE}, automatic layout)")
    int cliPsm;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
        Path work = Files.createTempDirectory("vanban-bench-ocr");
        try {
            List<IngestVsCliReport> reports = new ArrayList<>();
            if (spectrum == null) {
                List<Path> scanned = new ArrayList<>();
                List<Path> images = extractPageImages(corpus, work.resolve("pages"), scanned);
                if (images.isEmpty()) throw new IllegalArgumentException("no scanned pages found under " + corpus);
                System.out.printf(Locale.ROOT, "%d scanned page(s) in %d file(s); %d thread(s)%n", images.size(), scanned.size(), n);
                reports.add(compare(corpus.toString(), scanned, images, "300", work.resolve("run"), n, null));
            } else {
                if (pages < 1) throw new IllegalArgumentException("--pages must be at least 1: " + pages);
                List<SpectrumPages.Level> levels = spectrum.stream().map(SpectrumPages::level).toList();
                Map<SpectrumPages.Level, List<Path>> pdfs = spectrumPages(work.resolve("spectrum"), levels);
                System.out.printf(Locale.ROOT, "%d level(s) x %d distinct generated page(s), seed %d; %d thread(s)%n",
                        levels.size(), pages, seed, n);
                for (SpectrumPages.Level level : levels) {
                    List<Path> scanned = new ArrayList<>();
                    List<Path> images = extractPageImages(work.resolve("spectrum").resolve(level.name()),
                            work.resolve("pages").resolve(level.name()), scanned);
                    reports.add(compare(level.name(), pdfs.get(level), images, String.valueOf(level.dpi()),
                            work.resolve("run-" + level.name()), n, level));
                }
            }
            System.out.println();
            boolean truth = reports.stream().allMatch(IngestVsCliReport::truthKnown);
            IngestVsCliReport.header(truth).forEach(System.out::println);
            for (IngestVsCliReport r : reports) System.out.println(r.row());
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    /**
     * The pages {@code bench ocr-spectrum} generates for the same levels, pages and seed (its own generator, called,
     * not copied): one PDF a page, its true text next to it ({@link BenchOcrSpectrumCommand#truthFile}).
     */
    private Map<SpectrumPages.Level, List<Path>> spectrumPages(Path dir, List<SpectrumPages.Level> levels) throws IOException {
        BenchOcrSpectrumCommand gen = new BenchOcrSpectrumCommand();
        gen.corpus = lines;
        gen.pagesPerLevel = pages;
        gen.seed = seed;
        long t0 = System.nanoTime();
        Map<SpectrumPages.Level, List<Path>> out = gen.generate(dir, levels);
        System.out.printf(Locale.ROOT, "generated from held-out lines of %s in %.0f s%n", lines, (System.nanoTime() - t0) / 1e9);
        return out;
    }

    /**
     * Alternating rounds of both sides on one batch (CLI first, then ingest), each round's line printed, then the
     * modes each side used and, when {@code level} is given (pages with known text), both sides' error rates on the
     * last round's readings.
     */
    private IngestVsCliReport compare(String name, List<Path> scanned, List<Path> images, String dpi, Path run, int n,
                                      SpectrumPages.Level level) throws Exception {
        IngestVsCliReport report = new IngestVsCliReport(name);
        System.out.println(name + ":");
        System.out.println("  " + IngestVsCliReport.cliSettings(cliPsm, dpi));
        System.out.println("  (wall clock: pages/s; CPU: CPU-seconds per page, which a busy machine disturbs less)");
        int cliDpi = Integer.parseInt(dpi);
        Path index = null;
        for (int r = 1; r <= rounds; r++) {
            double cpu0 = childrenCpuSeconds();
            double cli = runCli(images, n, List.of(), cliDpi, cliPsm);
            double cliCpu = childrenCpuSeconds() - cpu0;
            double own0 = ownCpuSeconds();
            index = run.resolve("index-" + r);
            double ingest = runIngest(scanned, index, n);
            double ingestCpu = ownCpuSeconds() - own0;
            report.round(images.size(), cli, cliCpu, ingest, ingestCpu);
            System.out.println("  " + IngestVsCliReport.roundLine(r, images.size(), cli, cliCpu, ingest, ingestCpu));
        }
        ImagePreprocessor preprocessor = new ImagePreprocessor();
        for (Path img : images) { // the pool's own rule on each page, outside the timing: it does not report per page
            report.firstWays.merge(preprocessor.firstWay(ImagePreprocessor.measure(ImageIO.read(img.toFile()))).label(), 1L, Long::sum);
        }
        System.out.println("  " + IngestVsCliReport.vanbanModes(report.firstWays));
        if (level != null) {
            score(report, scanned, images, index);
            System.out.printf(Locale.ROOT, "  against the true text, %d page(s), %d characters, %d syllables: CLI CER %.2f%% SER %.2f%%; "
                            + "vanban raw OCR CER %.2f%% SER %.2f%%, after repair SER %.2f%%%n",
                    report.cli.scored, report.cli.raw.refChars, report.cli.raw.refSyllables, report.cli.raw.cer(), report.cli.raw.ser(),
                    report.vanban.raw.cer(), report.vanban.raw.ser(), report.vanban.repaired.ser());
        }
        return report;
    }

    /** Scores the last round: the CLI's text next to each page image, vanban's raw and repaired text from its index. */
    private static void score(IngestVsCliReport report, List<Path> pdfs, List<Path> images, Path index) throws IOException {
        Map<String, org.vanban.model.Page> ours = new HashMap<>();
        try (org.vanban.index.IndexSearch search = org.vanban.index.IndexSearch.open(index)) {
            search.forEachDocument(d -> {
                for (org.vanban.model.Page page : d.pages()) {
                    if (page.source() == PageSource.OCR) ours.put(BenchIngestCommand.pageKey(Path.of(d.sourcePath()), page.number()), page);
                }
            });
        }
        Map<String, Path> byKey = new HashMap<>();
        for (Path img : images) byKey.put(img.getFileName().toString().replaceFirst("\\.png$", ""), img);
        for (Path pdf : pdfs) {
            String key = BenchIngestCommand.pageKey(pdf, 1);
            org.vanban.model.Page page = ours.get(key);
            Path img = byKey.get(key);
            if (page == null || img == null) throw new IllegalStateException("no page image or no stored OCR page for " + pdf);
            report.score(Files.readString(BenchOcrSpectrumCommand.truthFile(pdf)), Files.readString(cliTextFile(img)),
                    page.rawText(), page.text());
        }
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
        return runCli(images, n, configs, 300, -1);
    }

    /**
     * As {@link #runCli(List, int, List)}, with {@code --dpi dpi} and {@code --psm psm} (none when negative:
     * Tesseract's default, 3).
     */
    static double runCli(List<Path> images, int n, List<String> configs, int dpi, int psm) throws Exception {
        org.vanban.ocr.TesseractCliEngine cli = new org.vanban.ocr.TesseractCliEngine("vie", configs, 0);
        cli.pageSegMode(psm);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (Path img : images) {
                fs.add(pool.submit(() -> {
                    Files.writeString(cliTextFile(img), cli.text(img, dpi), StandardCharsets.UTF_8);
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
