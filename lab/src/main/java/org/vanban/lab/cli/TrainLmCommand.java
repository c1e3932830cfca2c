package org.vanban.lab.cli;

import org.vanban.text.lm.LmFile;
import org.vanban.text.lm.LmTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vanban train-lm --corpus FILE --out models/vi-syllable.lm}: trains the syllable language model;
 * {@code vanban train-lm --convert models/vi-syllable.lm} rewrites a model of an earlier format in the current one.
 */
@Command(name = "train-lm", mixinStandardHelpOptions = true,
        description = {"Train the syllable n-gram model (interpolated modified Kneser-Ney) from a corpus,",
                "one paragraph a line (gzip or plain UTF-8). Held-out lines (CRC-32 %% 100 == 0) are never trained on.",
                "Give it a few GB of heap: VANBAN_HEAP=8g ./vanban train-lm ...",
                "--convert FILE rewrites a model file of an earlier format (version 1) in the current, memory-mapped one."})
public final class TrainLmCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "training corpus (required unless --convert)")
    Path corpus;

    @Option(names = "--convert", paramLabel = "FILE",
            description = "convert this model file in place to the current format (or to --out when given)")
    Path convert;

    @Option(names = "--out", defaultValue = "models/vi-syllable.lm", paramLabel = "FILE")
    Path out;

    @Option(names = "--order", paramLabel = "N", description = "n-gram order 2..5 (default 4)")
    Integer order;

    @Option(names = "--min-count", paramLabel = "C1,C2,..", description = "minimum count per order (default: no pruning)")
    String minCount;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (convert != null) {
            if (corpus != null) throw new IllegalArgumentException("give either --corpus or --convert, not both");
            if (!Files.isRegularFile(convert)) throw new IllegalArgumentException("model file not found: " + convert);
            boolean outGiven = spec.commandLine().getParseResult().hasMatchedOption("--out");
            Path target = outGiven ? out : convert;
            int was = LmFile.version(convert);
            if (was == LmFile.currentVersion() && target.equals(convert)) {
                System.err.println(convert + " is already in the current format (version " + was + ")");
                return 0;
            }
            LmFile.convert(convert, target);
            System.err.printf("converted %s (version %d) to %s (version %d, %d bytes)%n", convert, was, target,
                    LmFile.currentVersion(), Files.size(target));
            return 0;
        }
        if (corpus == null) throw new IllegalArgumentException("give --corpus FILE (or --convert FILE)");
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException("corpus file not found: " + corpus);
        List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--out", out.toString()));
        if (order != null) args.addAll(List.of("--order", order.toString()));
        if (minCount != null) args.addAll(List.of("--min-count", minCount));
        LmTrainer.main(args.toArray(String[]::new));
        return 0;
    }
}
