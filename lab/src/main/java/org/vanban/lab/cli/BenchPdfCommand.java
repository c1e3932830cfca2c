package org.vanban.lab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.PdfOutput;
import org.vanban.pdfa.SourceArchive;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import org.vanban.lab.repair.OcrRepairBench;
import org.vanban.lab.tools.PageLayout;
import org.vanban.lab.tools.PageRenderer;
import org.vanban.lab.tools.ScanDegrader;
import org.vanban.lab.tools.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban bench pdf}: the archive PDF/A's text layer and its cost. Renders documents to scans (scanned PDFs,
 * one TIFF, one JPEG photo; with {@code --corpus}, the documents' paragraphs are held-out corpus lines), ingests
 * the batch twice in one run, plainly and with {@code --pdf-out}, and reports the process CPU-seconds of both; then
 * runs {@code pdftotext} on each PDF/A and scores its syllable error rate against the true page text next to that
 * of the text {@code export} gives for the same pages (the repaired page text of the index).
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Archive PDF/A: pdftotext of the text layer vs the exported text (syllable error rate against",
                "the true text), and the CPU cost of ingest --pdf-out over plain ingest, side by side in one run."})
public final class BenchPdfCommand implements Callable<Integer> {
    @Option(names = "--pages", defaultValue = "12", description = "scanned pages to generate (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "fill the documents' paragraphs with held-out lines of this corpus (default: the sample documents' own text)")
    Path corpus;

    @Option(names = "--threads", defaultValue = "1", description = "OCR threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rounds", defaultValue = "2",
            description = "ingest rounds, each plain and with --pdf-out, the order swapped every round (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--show", defaultValue = "0", description = "print the N pages where pdftotext and export differ most")
    int show;

    @Option(names = "--work", description = "folder for the batch, indexes and PDFs (default: a temporary folder, deleted)")
    Path work;

    @Option(names = "--batch", paramLabel = "DIR",
            description = "reuse a batch this bench generated earlier (DIR/batch and DIR/truth) instead of generating one")
    Path reuse;

    @Override
    public Integer call() throws Exception {
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("vanban-bench-pdf") : Files.createDirectories(work);
        try {
            Path base = reuse != null ? reuse : dir;
            Path batch = base.resolve("batch"), truth = base.resolve("truth");
            if (reuse == null) {
                long g0 = System.nanoTime();
                int files = generate(documents(), batch, truth, pages);
                System.out.printf(Locale.ROOT, "generated %d page(s) in %d file(s) in %.0f s (%s)%n", pages, files,
                        (System.nanoTime() - g0) / 1e9, corpus == null ? "sample documents" : "held-out lines of " + corpus);
            }
            Path pdfDir = null, index = null;
            double plainCpu = 0, pdfCpu = 0;
            for (int r = 1; r <= Math.max(1, rounds); r++) {
                Path round = dir.resolve("round-" + r);
                BenchOcrCommand.deleteTree(round);
                double a = 0, b = 0;
                String summary = "";
                for (int k = 0; k < 2; k++) {
                    boolean withPdf = (k == 0) == (r % 2 == 0); // round 1: plain first; round 2: --pdf-out first
                    Path idx = round.resolve(withPdf ? "index-pdf" : "index-plain");
                    Path out = withPdf ? round.resolve("pdf") : null;
                    double cpu0 = BenchOcrCommand.ownCpuSeconds();
                    Ingest run = ingest(batch, idx, out, threads);
                    double cpu = BenchOcrCommand.ownCpuSeconds() - cpu0;
                    if (withPdf) {
                        b = cpu;
                        summary = run.summary;
                        pdfDir = out;
                        index = idx;
                    } else {
                        a = cpu;
                    }
                    System.out.printf(Locale.ROOT, "round %d, ingest%s: %d file(s), %d page(s), %d OCR page(s), %.2f process CPU-s%n",
                            r, withPdf ? " --pdf-out" : "", run.report.files(), run.report.pages(), run.report.ocrPages(), cpu);
                }
                System.out.printf(Locale.ROOT, "round %d: --pdf-out costs %+.2f CPU-s = %+.1f%% over plain ingest%n  %s%n",
                        r, b - a, 100 * (b - a) / a, summary);
                if (r > 1 || rounds == 1) {
                    plainCpu += a;
                    pdfCpu += b;
                }
            }
            System.out.printf(Locale.ROOT, "CPU (rounds %s): plain ingest %.2f s, ingest --pdf-out %.2f s: %+.1f%%%n",
                    rounds > 1 ? "2.." + rounds : "1", plainCpu, pdfCpu, 100 * (pdfCpu - plainCpu) / plainCpu);
            score(truth, index, pdfDir);
        } finally {
            if (temporary) BenchOcrCommand.deleteTree(dir);
        }
        return 0;
    }

    record Ingest(IngestReport report, String summary) { }

    static Ingest ingest(Path batch, Path index, Path pdfOut, int threads) throws Exception {
        IngestOptions o = new IngestOptions(threads, false, Duration.ofMinutes(3), false);
        if (pdfOut != null) o = o.withArchive(new PdfOutput(pdfOut));
        try (DocumentIndex idx = DocumentIndex.open(index); IngestPipeline p = new IngestPipeline(idx, o)) {
            IngestReport report = p.run(List.of(batch));
            return new Ingest(report, p.pdfSummary().orElse(""));
        }
    }

    /** The sample documents; with {@code --corpus}, their paragraphs replaced by held-out lines in turn. */
    List<SourceDocument> documents() throws IOException {
        List<SourceDocument> docs = SourceDocument.loadAll();
        if (corpus == null) return docs;
        List<String> lines = OcrRepairBench.benchLines(corpus, 4000, 0);
        int next = 0;
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument d : docs) {
            List<SourceDocument.Block> blocks = new ArrayList<>();
            for (SourceDocument.Block b : d.blocks()) {
                if (b.kind() == SourceDocument.Kind.PARAGRAPH && next < lines.size()) {
                    blocks.add(new SourceDocument.Block(b.kind(), lines.get(next++), null, null, null));
                } else {
                    blocks.add(b);
                }
            }
            out.add(new SourceDocument(d.id() + "-heldout", d.meta(), List.of(), blocks));
        }
        return out;
    }

    /**
     * Writes whole documents as scans until {@code pages} pages: scanned PDFs (JPEG pages, every fifth page harsh),
     * the second file as a one-page TIFF, the third as a one-page JPEG photograph; each page's text to
     * {@code truth/<file>-<page>.txt}. Returns the number of files.
     */
    static int generate(List<SourceDocument> docs, Path batch, Path truth, int pages) throws IOException {
        Files.createDirectories(batch);
        Files.createDirectories(truth);
        PageRenderer renderer = new PageRenderer();
        int written = 0, files = 0;
        for (int d = 0; written < pages; d++) {
            List<PageLayout> layout = renderer.layout(docs.get(d % docs.size()));
            int count = Math.min(pages - written, layout.size());
            files++;
            String stem = String.format(Locale.ROOT, "doc-%03d", files);
            if (files == 2 || files == 3) { // one page as a TIFF, one as a JPEG photo
                PageLayout page = layout.get(0);
                BufferedImage paint = renderer.paint(page);
                Path f;
                if (files == 2) {
                    f = batch.resolve(stem + ".tif");
                    if (!ImageIO.write(ScanDegrader.degrade(paint, ScanDegrader.Level.MILD, written, page.signatureAnchor()), "tiff", f.toFile())) {
                        throw new IOException("no TIFF writer");
                    }
                } else {
                    f = batch.resolve(stem + ".jpg");
                    Files.write(f, ScanDegrader.jpegBytes(ScanDegrader.photograph(paint, written, page.signatureAnchor()), 0.85f));
                }
                Files.writeString(truth.resolve(BenchIngestCommand.pageKey(f, 1) + ".txt"), page.text());
                written++;
                continue;
            }
            Path f = batch.resolve(stem + ".pdf");
            try (PDDocument pdf = new PDDocument()) {
                for (int k = 0; k < count; k++, written++) {
                    PageLayout page = layout.get(k);
                    ScanDegrader.Level level = written % 5 == 4 ? ScanDegrader.Level.HARSH : ScanDegrader.Level.MILD;
                    PageRenderer.addImagePage(pdf, ScanDegrader.degrade(renderer.paint(page), level, written,
                            page.signatureAnchor()), 0.75f);
                    Files.writeString(truth.resolve(BenchIngestCommand.pageKey(f, k + 1) + ".txt"), page.text());
                }
                pdf.save(f.toFile());
            }
        }
        return files;
    }

    /** Syllable error rates of pdftotext of each PDF/A and of the exported page text against the true text. */
    void score(Path truth, Path index, Path pdfDir) throws Exception {
        Map<String, List<VanbanDocument>> byFile = new LinkedHashMap<>();
        try (IndexSearch s = IndexSearch.open(index)) {
            s.forEachDocument(d -> byFile.computeIfAbsent(d.sourcePath(), k -> new ArrayList<>()).add(d));
        }
        BenchIngestCommand.Errors exported = new BenchIngestCommand.Errors(), layer = new BenchIngestCommand.Errors();
        BenchIngestCommand.Errors raw = new BenchIngestCommand.Errors(); // pdftotext -raw: the layer in content order
        BenchIngestCommand.Errors between = new BenchIngestCommand.Errors();
        record Diff(String key, double ser, String export, String pdf) { }
        List<Diff> diffs = new ArrayList<>();
        int scored = 0, missing = 0;
        for (List<VanbanDocument> docs : byFile.values()) {
            Path source = Path.of(docs.get(0).sourcePath());
            Map<Integer, String> text = new TreeMap<>();
            for (VanbanDocument d : docs) {
                for (Page p : d.pages()) text.merge(p.number(), p.text(), (x, y) -> x + "\n" + y);
            }
            docs.sort(SourceArchive.PART_ORDER);
            Path pdf = pdfDir.resolve(SourceArchive.fileName(docs.get(0)));
            if (!Files.isRegularFile(pdf)) {
                missing++;
                continue;
            }
            String[] layerPages = pdftotext(pdf, false).split("\f", -1);
            String[] rawPages = pdftotext(pdf, true).split("\f", -1);
            for (Map.Entry<Integer, String> e : text.entrySet()) {
                String key = BenchIngestCommand.pageKey(source, e.getKey());
                Path ref = truth.resolve(key + ".txt");
                if (!Files.exists(ref)) continue;
                String reference = Files.readString(ref);
                String fromPdf = e.getKey() - 1 < layerPages.length ? layerPages[e.getKey() - 1] : "";
                exported.add(reference, e.getValue());
                layer.add(reference, fromPdf);
                raw.add(reference, e.getKey() - 1 < rawPages.length ? rawPages[e.getKey() - 1] : "");
                between.add(e.getValue(), fromPdf);
                if (work != null) { // kept for a look: work/texts/<page>.export.txt and .pdftotext.txt
                    Path texts = Files.createDirectories(work.resolve("texts"));
                    Files.writeString(texts.resolve(key + ".export.txt"), e.getValue());
                    Files.writeString(texts.resolve(key + ".pdftotext.txt"), fromPdf);
                }
                if (show > 0) {
                    System.out.printf(Locale.ROOT, "  %-22s SER export %6.2f%%, pdftotext %6.2f%%, between %6.2f%%%n", key,
                            100 * org.vanban.lab.tools.SyllableErrorRate.of(reference, e.getValue()),
                            100 * org.vanban.lab.tools.SyllableErrorRate.of(reference, fromPdf),
                            100 * org.vanban.lab.tools.SyllableErrorRate.of(e.getValue(), fromPdf));
                }
                diffs.add(new Diff(key, org.vanban.lab.tools.SyllableErrorRate.of(e.getValue(), fromPdf), e.getValue(), fromPdf));
                scored++;
            }
        }
        System.out.printf(Locale.ROOT, "text layer: %d page(s), %d syllables, %d PDF(s) missing%n", scored, exported.refSyllables, missing);
        System.out.printf(Locale.ROOT, "syllable error rate against the true text: export %.2f%%, pdftotext of the PDF/A %.2f%%, "
                + "difference %+.2f points (goal: within 0.1)%n", exported.ser(), layer.ser(), layer.ser() - exported.ser());
        System.out.printf(Locale.ROOT, "pdftotext -raw (the text layer in the order it is written): syllable error rate %.2f%%, "
                + "difference to export %+.2f points%n", raw.ser(), raw.ser() - exported.ser());
        System.out.printf(Locale.ROOT, "pdftotext against export itself: syllable error rate %.2f%%, CER %.2f%%%n",
                between.ser(), between.cer());
        diffs.sort((x, y) -> Double.compare(y.ser(), x.ser()));
        for (Diff d : diffs.subList(0, Math.min(show, diffs.size()))) {
            System.out.printf(Locale.ROOT, "--- %s: pdftotext vs export SER %.2f%%%n[export]%n%s%n[pdftotext]%n%s%n",
                    d.key(), 100 * d.ser(), d.export(), d.pdf());
        }
    }

    /** {@code pdftotext -enc UTF-8 [-raw] FILE -}: pages separated by form feeds (-raw: in content stream order). */
    static String pdftotext(Path pdf, boolean raw) throws IOException, InterruptedException {
        Process p;
        try {
            List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
            if (raw) cmd.add("-raw");
            cmd.addAll(List.of(pdf.toString(), "-"));
            p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IOException("pdftotext not found (Debian package poppler-utils; ./vanban bench installs it): "
                    + e.getMessage(), e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pdftotext failed on " + pdf + ": " + err.strip());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
