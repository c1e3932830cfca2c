package org.vanban.lab.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.text.lm.ChannelTable;
import org.vanban.text.lm.ChannelTrainer;
import org.vanban.lab.tools.OcrPairGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban train-channel --corpus FILE --lang eng --out models/ocr-channel-eng.tsv}: renders training lines,
 * OCRs them with tesseract, aligns the output with the truth and writes the learned OCR channel table.
 */
@Command(name = "train-channel", mixinStandardHelpOptions = true,
        description = {"Learn the OCR confusion channel: render TRAINING corpus lines (never the held-out ones) to pages",
                "in Liberation Serif, read them with tesseract -l LANG, align with the truth, count the confusions",
                "and write smoothed costs (-log10 P(observed|intended)). Same corpus + settings -> same file."})
public final class TrainChannelCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "corpus, one paragraph a line (gzip or plain UTF-8)")
    Path corpus;

    @Option(names = "--lang", defaultValue = "eng", paramLabel = "LANG", description = "tesseract language (eng, vie)")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "table file (default models/ocr-channel-LANG.tsv)")
    Path out;

    @Option(names = "--lines", defaultValue = "3000", paramLabel = "N", description = "training lines to render")
    int lines;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "keep the (truth, OCR) pairs here; with --reuse-pairs, train from this file without OCR")
    Path pairs;

    @Option(names = "--reuse-pairs", description = "train from --pairs FILE instead of rendering and OCR")
    boolean reuse;

    @Option(names = "--weight", defaultValue = "0.8", paramLabel = "W", description = "multiply every learned cost by W (default 0.8, tuned on OCR bench lines 1-200)")
    double weight;

    @Option(names = "--max-cost", defaultValue = "5.0", paramLabel = "C", description = "cut-off for proposals (default 5.0)")
    double maxCost;

    @Option(names = "--no-prior", description = "unseen confusions get the default cost, not the hand-seeded one")
    boolean noPrior;

    @Option(names = "--tones", negatable = true, paramLabel = "",
            description = "also learn the tone section (wrong tone, dropped mark); default on for --lang vie")
    Boolean tones;

    @Option(names = "--tone-bias", defaultValue = "2.2", paramLabel = "B",
            description = "log10 cost added to every tone or mark change (default 2.2, tuned on the training pairs so that bench lines 1-200 keep every correct line)")
    double toneBias;

    @Override
    public Integer call() throws Exception {
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (out == null) out = Path.of("models/ocr-channel-" + lang + ".tsv");
        List<ChannelTrainer.LinePair> data;
        String origin;
        long t0 = System.nanoTime();
        if (reuse) {
            if (pairs == null || !Files.isRegularFile(pairs)) {
                throw new IllegalArgumentException("--reuse-pairs needs an existing --pairs FILE");
            }
            data = ChannelTrainer.readPairs(pairs);
            String saved = ChannelTrainer.readOrigin(pairs);
            origin = saved != null ? saved : "pairs " + pairs.getFileName();
        } else {
            if (corpus == null) throw new IllegalArgumentException("--corpus FILE is needed (or --pairs FILE --reuse-pairs)");
            OcrPairGenerator.Settings s = new OcrPairGenerator.Settings(lang, lines, 50, 24, 10);
            List<String> picked = OcrPairGenerator.trainingLines(corpus, s.lines(), s.sampleModulus());
            Path work = Files.createTempDirectory("vanban-channel-" + lang);
            OcrPairGenerator.Result r = OcrPairGenerator.generate(picked, s, work);
            log.printf(Locale.ROOT, "rendered %d training lines on %d pages, tesseract -l %s --psm 6: %d pairs (%d pages dropped)"
                    + " in %.0f s%n", picked.size(), r.pages(), lang, r.pairs().size(), r.droppedPages(),
                    (System.nanoTime() - t0) / 1e9);
            data = r.pairs();
            origin = String.format(Locale.ROOT, "%s: %d training lines (not held out, 20-160 chars, CRC-32 %% %d == 7),"
                    + " %d pages (Liberation Serif 30/36/44 px, every 3rd bold, every 4th mildly degraded),"
                    + " tesseract 5 -l %s --psm 6; %d pages dropped", corpus.getFileName(), picked.size(),
                    s.sampleModulus(), r.pages(), lang, r.droppedPages());
            if (pairs != null) ChannelTrainer.writePairs(data, pairs, origin);
        }
        ChannelTrainer.Settings ts = new ChannelTrainer.Settings(ChannelTrainer.Settings.defaults().iterations(),
                ChannelTrainer.Settings.defaults().minCount(), ChannelTrainer.Settings.defaults().discount(),
                ChannelTrainer.Settings.defaults().maxPairCost(), weight, maxCost, !noPrior,
                ChannelTrainer.Settings.defaults().maxDefaultSub());
        ChannelTable table = ChannelTrainer.train(data, ts, out.getFileName().toString());
        if (tones != null ? tones : lang.startsWith("vie")) table = ChannelTrainer.addTones(table, data, toneBias);
        ChannelTrainer.Counts counts = ChannelTrainer.count(data, table, ts);
        ChannelTrainer.summarize(counts, log, 25);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        table.write(out, List.of("learned by vanban train-channel from " + origin,
                String.format(Locale.ROOT, "%d line pairs, %,d intended chars aligned; tokens %s", data.size(),
                        counts.chars(), counts.tokenStats()),
                String.format(Locale.ROOT, "settings: %d rounds, min count %d, discount %.2f, weight %.2f, cut-off %.2f, hand-seeded prior %s,"
                        + " unseen substitution cap %.2f", ts.iterations(), ts.minCount(), ts.discount(), ts.weight(),
                        ts.maxCost(), ts.handSeededPrior(), ts.maxDefaultSub()),
                table.hasTones() ? String.format(Locale.ROOT, "tone section: tokens with the right letters, add-0.5 smoothing,"
                        + " tone bias %.2f", table.toneBias()) : "no tone section"));
        log.printf(Locale.ROOT, "wrote %s (%d bytes) in %.0f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
