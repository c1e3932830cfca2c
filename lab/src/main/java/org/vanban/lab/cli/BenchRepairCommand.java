package org.vanban.lab.cli;

import org.vanban.text.lm.ChannelTrainer;
import org.vanban.text.TextRepairer;
import org.vanban.lab.repair.OcrDamageStats;
import org.vanban.lab.repair.OcrRepairBench;
import org.vanban.lab.repair.RealRepairBench;
import org.vanban.lab.tools.OcrPairGenerator;
import org.vanban.lab.repair.RepairBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban bench repair --corpus FILE}: diacritic restoration (and OCR repair) accuracy on held-out lines. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Accuracy and speed of the repair engine on held-out corpus lines (CRC-32 %% 100 == 0, never trained on):",
                "stripped diacritics vs a plain trigram baseline, and with --ocr lines rendered and read by tesseract -l eng."})
public final class BenchRepairCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "the corpus whose held-out lines are benched")
    Path corpus;

    @Option(names = "--real", paramLabel = "DIR", description = {"bench real documents instead: DIR holds NAME.ocr.txt with",
            "line-aligned NAME.gold.txt; each is repaired in auto mode and scored per file against the raw input"})
    Path real;

    @Option(names = "--each-line", description = "with --real: repair every line on its own (no context across line breaks) instead of whole documents")
    boolean eachLine;

    @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "with --real: most frequent remaining errors to list")
    int top;

    @Option(names = "--damage-vs", paramLabel = "FILE", description = {"with --real: print the raw OCR damage statistics of",
            "the real documents side by side with those of generated truth<TAB>OCR pair files (--ocr-file, train-channel --pairs)"})
    List<Path> damageVs;

    @Option(names = "--lines", paramLabel = "N", description = "held-out lines to use")
    Integer lines;

    @Option(names = "--ocr", description = "bench English-model OCR damage instead (renders lines, runs tesseract)")
    boolean ocr;

    @Option(names = "--lang", paramLabel = "LANG", description = "with --ocr: tesseract language (default eng)")
    String lang;

    @Option(names = "--skip", paramLabel = "N", description = "with --ocr: skip the first N bench lines")
    Integer skip;

    @Option(names = "--channel", paramLabel = "FILE",
            description = "with --ocr: learned channel table to compare with the hand-seeded one (default models/ocr-channel-eng.tsv)")
    Path channel;

    @Option(names = "--ocr-file", paramLabel = "FILE", description = "with --ocr: reuse (or save) the OCR output here")
    Path ocrFile;

    @Option(names = "--show", paramLabel = "N", description = "with --ocr: print the first N lines (reference, OCR, repair)")
    Integer show;

    @Option(names = "--model", paramLabel = "FILE", description = "language model to bench (default: the one the product loads)")
    Path model;

    @Option(names = "--beam", paramLabel = "B", description = "without --ocr: beam width of the main decoder (default: the decoder's)")
    Integer beam;

    @Option(names = "--margin", paramLabel = "M", description = "without --ocr: prune margin (log10) of the main decoder (default: the decoder's)")
    Double margin;

    @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0", description = "without --ocr: print the main decoder's first N errors")
    int showErrors;

    @Option(names = "--sweep", paramLabel = "B:M,...", description = {"without --ocr: compare decoder settings (beam width : prune margin,",
            "inf for none) in one run, interleaved block by block"})
    String sweep;

    @Option(names = "--reference-jar", paramLabel = "JAR", description = "with --sweep: time another build's default restorer side by side")
    Path referenceJar;

    @Option(names = "--weight", paramLabel = "W", defaultValue = "1.0", description = "with --ocr: scale the learned channel table's costs")
    double weight;

    @Option(names = "--max-cost", paramLabel = "C", description = "with --ocr: the learned table's maximum cost (default: the table's)")
    Double maxCost;

    @Option(names = "--tone-bias", paramLabel = "T", description = "with --ocr: the learned table's tone bias (default: the table's)")
    Double toneBias;

    @Option(names = "--pages", description = {"with --ocr: render the lines 24 to a page (sizes 30/36/44 px, some bold, every 4th page",
            "mildly degraded) and read them with tesseract --psm 6, as the channel's training pages; needs --ocr-file"})
    boolean pages;

    @Override
    public Integer call() throws Exception {
        if (real != null) {
            if (damageVs != null) {
                java.util.Map<String, OcrDamageStats.Stats> sets = new java.util.LinkedHashMap<>();
                sets.put(real.getFileName().toString(), OcrDamageStats.of(OcrDamageStats.realPairs(real)));
                for (Path f : damageVs) sets.put(f.getFileName().toString(), OcrDamageStats.of(OcrDamageStats.filePairs(f)));
                OcrDamageStats.print(sets, System.out);
                return 0;
            }
            RealRepairBench.run(real, TextRepairer.standard(), eachLine, top, System.out);
            return 0;
        }
        if (corpus == null) throw new IllegalArgumentException("give --corpus FILE or --real DIR");
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException("corpus file not found: " + corpus);
        if (ocr && pages) {
            if (ocrFile == null) throw new IllegalArgumentException("--pages needs --ocr-file FILE (where the page OCR goes)");
            String l = lang == null ? "eng" : lang;
            List<String> refs = OcrRepairBench.benchLines(corpus, lines == null ? 200 : lines, skip == null ? 0 : skip);
            Path work = Files.createTempDirectory("vanban-ocr-pages");
            OcrPairGenerator.Result r = OcrPairGenerator.generate(refs, new OcrPairGenerator.Settings(l, refs.size(), 1, 24, 10), work);
            if (r.droppedPages() > 0) {
                throw new IllegalStateException(r.droppedPages() + " page(s) came back with a different line count; try other --lines");
            }
            ChannelTrainer.writePairs(r.pairs(), ocrFile, "held-out bench lines on pages, tesseract -l " + l + " --psm 6");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (ocr) {
            OcrRepairBench.run(new OcrRepairBench.Settings(corpus, model, channel, ocrFile, lines == null ? 200 : lines,
                    skip == null ? 0 : skip, lang == null ? "eng" : lang, show == null ? 0 : show, weight,
                    maxCost == null ? Double.NaN : maxCost, toneBias == null ? Double.NaN : toneBias), out);
        } else {
            RepairBench.Settings d = RepairBench.Settings.of(corpus);
            RepairBench.run(new RepairBench.Settings(corpus, model, lines == null ? d.lines() : lines,
                    beam == null ? d.beam() : beam, margin == null ? d.margin() : margin, showErrors, sweep,
                    referenceJar), out);
        }
        return 0;
    }
}
