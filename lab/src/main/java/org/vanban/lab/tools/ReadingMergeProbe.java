package org.vanban.lab.tools;

import org.vanban.ingest.SourceReader;
import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageMeasures;
import org.vanban.ocr.ReadingMerge;
import org.vanban.ocr.ReadingScore;
import org.vanban.ocr.ReadingScorer;
import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;
import org.vanban.text.lm.LmReadingScorer;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares ways of combining a page's two readings on readings kept by {@code bench ocr-spectrum --each-way}
 * ({@link ReadingFiles}), without reading the pages again: the first way alone, the better of two readings of a
 * doubtful page (the product before), and the word-by-word merge ({@link ReadingMerge}) of a doubtful page's two
 * readings or of every page's. Raw and repaired syllable errors per level.
 *
 * <p>Run it as {@code vanban probe reading-merge} ({@link org.vanban.lab.cli.ProbeReadingMergeCommand}).
 */
public final class ReadingMergeProbe {

    private ReadingMergeProbe() { }

    /** Pairs of ways merged whatever the page: {kept, other}. */
    private static final String[][] PAIRS = {{"as-scanned", "cleaned"}, {"cleaned", "as-scanned"},
            {"cleaned", "cleaned-native"}, {"cleaned-native", "cleaned"}, {"flattened", "cleaned"}};

    /**
     * Scores every way of combining readings on the pages kept under {@code work} (one folder per level), for each
     * {weight, margin} pair of the merge, and prints one line per page and a table per level and for all.
     */
    public static void run(Path work, List<double[]> params, java.io.PrintStream out) throws Exception {
        ReadingScorer lm = LmReadingScorer.standard();
        TextRepairer repairer = TextRepairer.standard();
        ImagePreprocessor prep = new ImagePreprocessor();
        SourceReader reader = new SourceReader();
        List<Path> levels;
        try (Stream<Path> s = Files.list(work)) {
            levels = s.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, long[]> total = new LinkedHashMap<>();
        for (Path level : levels) {
            List<Path> pdfs;
            try (Stream<Path> s = Files.list(level)) {
                pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            }
            Map<String, long[]> sums = new LinkedHashMap<>();
            for (Path pdf : pdfs) {
                String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                boolean all = true;
                for (ImagePreprocessor.Way w : ImagePreprocessor.Way.values()) {
                    all &= Files.exists(pdf.resolveSibling(base + ".way-" + w.label() + ".ocr"));
                }
                if (!all) continue; // not read every way (yet)
                BufferedImage image = SpectrumPages.scannedImage(reader, pdf);
                PageMeasures m = ImagePreprocessor.measure(image);
                ImagePreprocessor.Way first = prep.firstWay(m);
                ImagePreprocessor.Way second = prep.secondWay(first, m, prep.prepare(image, first));
                OcrResult r1 = ReadingFiles.read(pdf.resolveSibling(base + ".way-" + first.label() + ".ocr"));
                OcrResult r2 = second == null ? null : ReadingFiles.read(pdf.resolveSibling(base + ".way-" + second.label() + ".ocr"));
                String truth = Files.readString(pdf.resolveSibling(base + ".truth.txt"));
                boolean doubt = ReadingScore.doubtful(r1);
                Map<String, OcrResult> ways = new LinkedHashMap<>();
                ways.put("first", r1);
                OcrResult kept = r2 != null && doubt ? ReadingScore.better(r1, r2, lm) : r1;
                ways.put("better-if-doubtful", kept);
                StringBuilder note = new StringBuilder();
                for (double[] p : params) {
                    String key = String.format(Locale.ROOT, "merge-if-doubtful w%.2f m%.2f", p[0], p[1]);
                    String keyAll = String.format(Locale.ROOT, "merge-always w%.2f m%.2f", p[0], p[1]);
                    if (r2 == null) {
                        ways.put(key, r1);
                        ways.put(keyAll, r1);
                        continue;
                    }
                    OcrResult other = kept == r1 ? r2 : r1;
                    ReadingMerge.Merged md = ReadingMerge.merge(kept, other, lm, p[0], p[1]);
                    ways.put(key, doubt ? md.reading() : r1);
                    OcrResult keptAll = ReadingScore.better(r1, r2, lm);
                    ReadingMerge.Merged ma = ReadingMerge.merge(keptAll, keptAll == r1 ? r2 : r1, lm, p[0], p[1]);
                    ways.put(keyAll, ma.reading());
                    note.append(String.format(Locale.ROOT, " [%s: %d/%d replaced]", key, ma.replaced(), ma.compared()));
                }
                for (String[] pair : PAIRS) {
                    OcrResult x = ReadingFiles.read(pdf.resolveSibling(base + ".way-" + pair[0] + ".ocr"));
                    OcrResult y = ReadingFiles.read(pdf.resolveSibling(base + ".way-" + pair[1] + ".ocr"));
                    ways.put(pair[0] + " alone", x);
                    for (double[] p : params) {
                        ways.put(String.format(Locale.ROOT, "merge %s < %s w%.1f m%.2f", pair[0], pair[1], p[0], p[1]),
                                ReadingMerge.merge(x, y, lm, p[0], p[1]).reading());
                    }
                }
                out.printf(Locale.ROOT, "%s/%s: first %s (conf %.1f, low %.3f, doubtful %b), second %s%s%n",
                        level.getFileName(), base, first.label(), r1.meanConfidence(), ReadingScore.lowShare(r1), doubt,
                        second == null ? "-" : second.label(), note);
                for (Map.Entry<String, OcrResult> e : ways.entrySet()) {
                    long[] s = sums.computeIfAbsent(e.getKey(), k -> new long[3]);
                    long[] tt = total.computeIfAbsent(e.getKey(), k -> new long[3]);
                    int[] raw = errors(truth, e.getValue().text());
                    int[] rep = errors(truth, repairer.repairPage(e.getValue().text(), RepairMode.OCR).text());
                    s[0] += raw[1]; s[1] += raw[0]; s[2] += rep[0];
                    tt[0] += raw[1]; tt[1] += raw[0]; tt[2] += rep[0];
                }
            }
            print(level.getFileName().toString(), sums, out);
        }
        print("ALL", total, out);
    }

    private static void print(String name, Map<String, long[]> sums, java.io.PrintStream out) {
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            out.printf(Locale.ROOT, "  %-16s %-34s raw %.2f%%  repaired %.2f%%  (%d syllables)%n", name, e.getKey(),
                    100.0 * s[1] / Math.max(1, s[0]), 100.0 * s[2] / Math.max(1, s[0]), s[0]);
        }
    }

    /** {syllable errors, reference syllables}. */
    private static int[] errors(String truth, String text) {
        SyllableErrorRate.Ids ids = new SyllableErrorRate.Ids();
        int[] ref = ids.of(SyllableErrorRate.syllables(truth));
        return new int[]{CharErrorRate.distance(ref, ids.of(SyllableErrorRate.syllables(text))), ref.length};
    }
}
