package org.vanban.lab.cli;

import org.vanban.ingest.SourceReader;
import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrEnginePool;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.ReadingScore;
import org.vanban.text.lm.LmReadingScorer;
import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;
import org.vanban.lab.tools.ReadingFiles;
import org.vanban.lab.tools.SpectrumPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code vanban bench ocr-spectrum}: generates a spectrum of scanned pages ({@link SpectrumPages}: clean office
 * scans to photocopies, faxes and phone photos, 200–400 dpi, 12–14 pt serif and sans, a table) from held-out
 * corpus lines, and reads every page, in one run, the plain ways and vanban's ways: {@code pdftoppm -r 300 -gray}
 * then {@code tesseract -l vie} (the plain path), {@code pdfimages -all} then {@code tesseract --dpi N -l vie}
 * (the embedded image as it is), vanban's fixed cleaning chain (the path before the per-page choice) and vanban's
 * per-page choice (the product's default). For each level: raw syllable and character error rates, the
 * syllable error rate after repair (the product's {@link TextRepairer}, OCR mode, on every side's text) and the
 * recognition CPU-seconds per page (the CLI's: its processes; vanban's: this JVM while it reads that level).
 */
@Command(name = "ocr-spectrum", mixinStandardHelpOptions = true,
        description = {"OCR accuracy and CPU on a generated spectrum of scans (clean to photocopy, fax, photo, 200-400 dpi,",
                "serif/sans, table): plain pdftoppm|tesseract, pdfimages|tesseract, vanban before/after, raw and repaired."})
public final class BenchOcrSpectrumCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/corpus/legal-vi.txt.gz",
            description = "corpus (one paragraph a line); only its held-out lines are used (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--pages", defaultValue = "3", description = "pages per level (default: ${DEFAULT-VALUE})")
    int pagesPerLevel;

    @Option(names = "--levels", split = ",", description = "levels to run (default: all): ${COMPLETION-CANDIDATES}")
    List<String> levels;

    @Option(names = "--threads", defaultValue = "2", description = "pages read at a time on every side (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seed", defaultValue = "13", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", description = "folder for the pages and readings (default: a temporary folder, deleted)")
    Path work;

    @Option(names = "--reuse", description = "reuse the pages already generated in --work")
    boolean reuse;

    @Option(names = "--reuse-readings", description = {"with --reuse: take vanban's readings kept by an earlier run "
            + "(<page>.vanban.ocr) instead of reading the pages again (repair only: CPU is not measured)"})
    boolean reuseReadings;

    @Option(names = "--skip-embedded", description = "do not run the pdfimages | tesseract side")
    boolean skipEmbedded;

    @Option(names = "--skip-repair", description = "report raw OCR only")
    boolean skipRepair;

    @Option(names = "--skip-before", description = "do not run vanban's fixed cleaning chain (the path before the per-page choice)")
    boolean skipBefore;

    @Option(names = "--skip-plain", description = "do not run the pdftoppm | tesseract side")
    boolean skipPlain;

    @Option(names = "--each-way", paramLabel = "FILE",
            description = {"also read every page every way vanban can prepare it (as scanned, cleaned, cleaned at full size, "
                    + "flattened grey) and write one TSV line per page and way to FILE: confidence, share of words below 70, "
                    + "valid syllables, LM log-prob per token, raw and repaired syllable errors (to choose the doubt thresholds "
                    + "and second ways on pages of one seed and check them on another); each reading is kept next to its page "
                    + "(<page>.way-<way>.ocr, for ReadingMergeProbe)"})
    Path eachWay;

    /** A way of reading the pages. */
    enum Way {
        PLAIN("pdftoppm -r 300 -gray | tesseract -l vie"),
        EMBEDDED("pdfimages -all | tesseract --dpi N -l vie"),
        BEFORE("vanban, fixed cleaning chain (before)"),
        VANBAN("vanban, per-page choice (default)");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    /** Summed errors and CPU of one way on one level. */
    static final class Tally {
        final BenchIngestCommand.Errors raw = new BenchIngestCommand.Errors();
        final BenchIngestCommand.Errors repaired = new BenchIngestCommand.Errors();
        double cpu;
        int pages;
        String note = "";
    }

    @Override
    public Integer call() throws Exception {
        List<SpectrumPages.Level> chosen = levels == null ? SpectrumPages.SPECTRUM
                : levels.stream().map(SpectrumPages::level).toList();
        if (reuseReadings && !reuse) throw new IllegalArgumentException("--reuse-readings needs --reuse and --work");
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("vanban-bench-spectrum") : work;
        try {
            long g0 = System.nanoTime();
            Map<SpectrumPages.Level, List<Path>> files = reuse ? existing(dir, chosen) : generate(dir, chosen);
            System.out.printf(Locale.ROOT, "%d level(s) x %d page(s) %s in %.0f s under %s; %d at a time, OMP_THREAD_LIMIT=1 on the CLI side%n",
                    chosen.size(), pagesPerLevel, reuse ? "reused" : "generated from held-out corpus lines",
                    (System.nanoTime() - g0) / 1e9, dir, threads);
            List<Way> ways = new ArrayList<>(List.of(Way.values()));
            if (skipEmbedded) ways.remove(Way.EMBEDDED);
            if (skipBefore) ways.remove(Way.BEFORE);
            if (skipPlain) ways.remove(Way.PLAIN);
            TextRepairer repairer = skipRepair ? null : TextRepairer.standard();
            Map<SpectrumPages.Level, Map<Way, Tally>> table = new LinkedHashMap<>();
            try (OcrEnginePool before = new OcrEnginePool(threads, OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG,
                    ImagePreprocessor.fixedChain(), OcrEnginePool.DEFAULT_PAGE_TIMEOUT);
                 OcrEnginePool after = new OcrEnginePool(threads, OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG,
                         new ImagePreprocessor().scoringReadingsWith(LmReadingScorer.standard()),
                         OcrEnginePool.DEFAULT_PAGE_TIMEOUT)) {
                if (!skipBefore) warm(before, threads);
                if (!reuseReadings) warm(after, threads);
                if (eachWay != null) eachWay(after, chosen, files, repairer);
                for (SpectrumPages.Level level : chosen) {
                    Map<Way, Tally> row = new LinkedHashMap<>();
                    List<Path> pdfs = files.get(level);
                    for (Way way : ways) {
                        Map<Path, String> texts = new LinkedHashMap<>();
                        Tally t = new Tally();
                        switch (way) {
                            case PLAIN -> t.cpu = plain(pdfs, texts);
                            case EMBEDDED -> t.cpu = embedded(pdfs, texts);
                            case BEFORE -> t.cpu = vanban(before, pdfs, texts, t);
                            case VANBAN -> t.cpu = reuseReadings ? kept(pdfs, texts) : vanban(after, pdfs, texts, t);
                        }
                        for (Map.Entry<Path, String> e : texts.entrySet()) {
                            String truth = Files.readString(truthFile(e.getKey()));
                            t.raw.add(truth, e.getValue());
                            String named = base(e.getKey()) + "." + way.name().toLowerCase(Locale.ROOT);
                            Files.writeString(e.getKey().resolveSibling(named + ".txt"), e.getValue());
                            if (repairer != null) {
                                String repaired = repairer.repairPage(e.getValue(), RepairMode.OCR).text();
                                t.repaired.add(truth, repaired);
                                Files.writeString(e.getKey().resolveSibling(named + ".repaired.txt"), repaired);
                            }
                            t.pages++;
                        }
                        row.put(way, t);
                    }
                    table.put(level, row);
                    print(level, row, repairer != null);
                }
            }
            summary(table, ways, repairer != null);
        } finally {
            if (temporary) BenchOcrCommand.deleteTree(dir);
        }
        return 0;
    }

    /** Generates the chosen levels' pages under {@code dir} (also called by {@code bench ingest-vs-cli}). */
    Map<SpectrumPages.Level, List<Path>> generate(Path dir, List<SpectrumPages.Level> chosen) throws IOException {
        int levelsAll = SpectrumPages.SPECTRUM.size();
        int need = levelsAll * pagesPerLevel * 30;
        // one shuffled stream of held-out lines, dealt out to the levels in turn: every level (every page) gets
        // lines of its own, the same ones whichever levels a run takes
        List<String> lines = new ArrayList<>(SpectrumPages.heldOutLines(corpus, need));
        java.util.Collections.shuffle(lines, new java.util.Random(seed));
        Map<SpectrumPages.Level, Iterator<String>> share = new LinkedHashMap<>();
        for (SpectrumPages.Level level : chosen) {
            int li = SpectrumPages.SPECTRUM.indexOf(level);
            List<String> own = new ArrayList<>();
            for (int i = li; i < lines.size(); i += levelsAll) own.add(lines.get(i));
            share.put(level, own.iterator());
        }
        SpectrumPages gen = new SpectrumPages();
        Map<SpectrumPages.Level, List<Path>> out = new LinkedHashMap<>();
        for (SpectrumPages.Level level : chosen) {
            Path ld = dir.resolve(level.name());
            Files.createDirectories(ld);
            List<Path> pdfs = new ArrayList<>();
            int li = SpectrumPages.SPECTRUM.indexOf(level);
            for (int k = 1; k <= pagesPerLevel; k++) {
                SpectrumPages.Page page = gen.page(level, share.get(level), SpectrumPages.seed(seed, li, k));
                Path pdf = ld.resolve(String.format(Locale.ROOT, "p%02d.pdf", k));
                SpectrumPages.writePdf(page, level, pdf);
                Files.writeString(truthFile(pdf), page.truth());
                pdfs.add(pdf);
            }
            out.put(level, pdfs);
        }
        return out;
    }

    private Map<SpectrumPages.Level, List<Path>> existing(Path dir, List<SpectrumPages.Level> chosen) throws IOException {
        Map<SpectrumPages.Level, List<Path>> out = new LinkedHashMap<>();
        for (SpectrumPages.Level level : chosen) {
            try (Stream<Path> s = Files.list(dir.resolve(level.name()))) {
                out.put(level, s.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(pagesPerLevel).toList());
            }
        }
        return out;
    }

    static Path truthFile(Path pdf) {
        return pdf.resolveSibling(base(pdf) + ".truth.txt");
    }

    private static String base(Path pdf) {
        return pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
    }

    /** pdftoppm -r 300 -gray -png, then tesseract -l vie; returns the child processes' CPU seconds. */
    private double plain(List<Path> pdfs, Map<Path, String> texts) throws Exception {
        return children(pdfs, texts, pdf -> {
            String prefix = pdf.resolveSibling(base(pdf) + ".plain").toString();
            run(List.of("pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", pdf.toString(), prefix));
            return tesseract(Path.of(prefix + ".png"), 0);
        });
    }

    /** pdfimages -all, then tesseract --dpi N -l vie with the image's own resolution over the A4 page. */
    private double embedded(List<Path> pdfs, Map<Path, String> texts) throws Exception {
        return children(pdfs, texts, pdf -> {
            Path d = pdf.resolveSibling(base(pdf) + ".embedded");
            Files.createDirectories(d);
            run(List.of("pdfimages", "-all", pdf.toString(), d.resolve("img").toString()));
            Path img;
            try (Stream<Path> s = Files.list(d)) {
                img = s.sorted().findFirst().orElseThrow(() -> new IOException("pdfimages found no image in " + pdf));
            }
            return tesseract(img, (int) Math.round(widthPx(img) / (210 / 25.4)));
        });
    }

    private static int widthPx(Path img) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(img.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("unknown image format: " + img);
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return r.getWidth(0);
            } finally {
                r.dispose();
            }
        }
    }

    private interface PageJob {
        String read(Path pdf) throws Exception;
    }

    private double children(List<Path> pdfs, Map<Path, String> texts, PageJob job) throws Exception {
        double c0 = BenchOcrCommand.childrenCpuSeconds();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (Path pdf : pdfs) fs.add(pool.submit(() -> job.read(pdf)));
            for (int i = 0; i < pdfs.size(); i++) texts.put(pdfs.get(i), fs.get(i).get());
        } finally {
            pool.shutdownNow();
        }
        return BenchOcrCommand.childrenCpuSeconds() - c0;
    }

    private static String tesseract(Path image, int dpi) throws Exception {
        return new org.vanban.ocr.TesseractCliEngine("vie").text(image, dpi);
    }

    private static String run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + ")");
        return out;
    }

    /**
     * Reads the PDFs as ingest does (SourceReader, then the OCR pool) and keeps each reading next to its page
     * ({@code <page>.vanban.ocr}: words, boxes and confidences, for {@code --reuse-readings}); returns this JVM's CPU
     * seconds.
     */
    private static double vanban(OcrEnginePool pool, List<Path> pdfs, Map<Path, String> texts, Tally t) throws Exception {
        OcrEnginePool.Stats s0 = pool.stats();
        double c0 = BenchOcrCommand.ownCpuSeconds();
        SourceReader reader = new SourceReader();
        List<Future<OcrResult>> fs = new ArrayList<>();
        for (Path pdf : pdfs) fs.add(pool.submit(SpectrumPages.scannedImage(reader, pdf)));
        List<OcrResult> results = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            results.add(fs.get(i).get());
            texts.put(pdfs.get(i), results.get(i).text());
        }
        double cpu = BenchOcrCommand.ownCpuSeconds() - c0;
        t.note = pool.stats().since(s0).toString();
        for (int i = 0; i < pdfs.size(); i++) ReadingFiles.write(keptReading(pdfs.get(i)), results.get(i));
        return cpu;
    }

    private static Path keptReading(Path pdf) {
        return pdf.resolveSibling(base(pdf) + ".vanban.ocr");
    }

    /** The readings an earlier run kept ({@code --reuse-readings}); no CPU is measured (0). */
    private static double kept(List<Path> pdfs, Map<Path, String> texts) throws IOException {
        for (Path pdf : pdfs) {
            Path f = keptReading(pdf);
            if (!Files.exists(f)) throw new IOException("no kept reading " + f + ": run once without --reuse-readings");
            texts.put(pdf, ReadingFiles.read(f).text());
        }
        return 0;
    }

    /**
     * Reads every page of every level every way ({@link ImagePreprocessor.Way}) and writes one TSV line per page and
     * way: what the doubt rule and the reading scorer see, and the syllable errors before and after repair.
     */
    private void eachWay(OcrEnginePool pool, List<SpectrumPages.Level> chosen, Map<SpectrumPages.Level, List<Path>> files,
                         TextRepairer repairer) throws Exception {
        LmReadingScorer lm = LmReadingScorer.standard();
        List<String> out = new ArrayList<>();
        out.add("seed\tlevel\tpage\tway\tconf\tlow70\twords\tvalid\tlm\tsyllables\traw_err\trep_err\tmeasures");
        SourceReader reader = new SourceReader();
        for (SpectrumPages.Level level : chosen) {
            Map<ImagePreprocessor.Way, BenchIngestCommand.Errors> sum = new LinkedHashMap<>();
            for (Path pdf : files.get(level)) {
                BufferedImage image = SpectrumPages.scannedImage(reader, pdf);
                String truth = Files.readString(truthFile(pdf));
                String measures = ImagePreprocessor.measure(image).toString();
                Map<ImagePreprocessor.Way, Future<OcrResult>> fs = new LinkedHashMap<>();
                for (ImagePreprocessor.Way w : ImagePreprocessor.Way.values()) fs.put(w, pool.submit(image, w));
                for (Map.Entry<ImagePreprocessor.Way, Future<OcrResult>> e : fs.entrySet()) {
                    OcrResult r = e.getValue().get();
                    ReadingFiles.write(pdf.resolveSibling(base(pdf) + ".way-" + e.getKey().label() + ".ocr"), r);
                    BenchIngestCommand.Errors raw = new BenchIngestCommand.Errors();
                    raw.add(truth, r.text());
                    String repaired = repairer == null ? r.text() : repairer.repairPage(r.text(), RepairMode.OCR).text();
                    BenchIngestCommand.Errors rep = new BenchIngestCommand.Errors();
                    rep.add(truth, repaired);
                    sum.computeIfAbsent(e.getKey(), k -> new BenchIngestCommand.Errors()).add(truth, repaired);
                    out.add(String.format(Locale.ROOT, "%d\t%s\t%s\t%s\t%.2f\t%.4f\t%d\t%.4f\t%.4f\t%d\t%d\t%d\t%s", seed,
                            level.name(), base(pdf), e.getKey().label(), r.meanConfidence(), ReadingScore.lowShare(r),
                            r.words().size(), ReadingScore.syllableShare(r.text()), lm.logProbPerToken(r.text()),
                            raw.refSyllables, raw.syllableErrors, rep.syllableErrors, measures));
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "each way, %s, repaired SER:", level.name()));
            sum.forEach((w, e) -> line.append(String.format(Locale.ROOT, "  %s %.2f%%", w.label(), e.ser())));
            System.out.println(line);
        }
        Files.write(eachWay, out);
        System.out.println("each-way readings written to " + eachWay);
    }

    /** Loads every worker's engine before timing (a long-running ingest loads them once). */
    private static void warm(OcrEnginePool pool, int threads) throws Exception {
        BufferedImage blank = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        List<Future<OcrResult>> fs = new ArrayList<>();
        for (int i = 0; i < threads * 2; i++) fs.add(pool.submit(blank, OcrEngine.DEFAULT_DPI, Duration.ofMinutes(1)));
        for (Future<OcrResult> f : fs) f.get();
        pool.stats(); // nothing to reset: the level reports use differences
    }

    private static void print(SpectrumPages.Level level, Map<Way, Tally> row, boolean repaired) {
        Tally any = row.values().iterator().next();
        System.out.printf(Locale.ROOT, "%s (%d page(s), %d syllables):%n", level.name(), any.pages, any.raw.refSyllables);
        for (Map.Entry<Way, Tally> e : row.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "  %-44s raw SER %6.2f%%  CER %6.2f%%%s  %.2f CPU-s/page%s%n", e.getKey().label,
                    t.raw.ser(), t.raw.cer(), repaired ? String.format(Locale.ROOT, "  repaired SER %6.2f%% (any placement: raw %.2f%%, repaired %.2f%%)",
                            t.repaired.ser(), t.raw.serAnyPlacement(), t.repaired.serAnyPlacement()) : "",
                    t.cpu / Math.max(1, t.pages), t.note.isEmpty() ? "" : "  [" + t.note + "]");
        }
    }

    private static void summary(Map<SpectrumPages.Level, Map<Way, Tally>> table, List<Way> ways, boolean repaired) {
        System.out.println();
        StringBuilder head = new StringBuilder("| level |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Way w : ways) {
            head.append(' ').append(w.label).append(repaired ? " raw / repaired SER, CPU-s/page |" : " raw SER, CPU-s/page |");
            rule.append(" --- |");
        }
        System.out.println(head);
        System.out.println(rule);
        for (Map.Entry<SpectrumPages.Level, Map<Way, Tally>> e : table.entrySet()) {
            StringBuilder line = new StringBuilder("| " + e.getKey().name() + " |");
            for (Way w : ways) {
                Tally t = e.getValue().get(w);
                line.append(String.format(Locale.ROOT, repaired ? " %.2f%% / %.2f%%, %.2f |" : " %.2f%%, %.2f |",
                        repaired ? new Object[]{t.raw.ser(), t.repaired.ser(), t.cpu / Math.max(1, t.pages)}
                                : new Object[]{t.raw.ser(), t.cpu / Math.max(1, t.pages)}));
            }
            System.out.println(line);
        }
    }
}
