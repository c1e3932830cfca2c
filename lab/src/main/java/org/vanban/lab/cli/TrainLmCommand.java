package org.vanban.lab.cli;

import org.vanban.text.lm.LmTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban train-lm --corpus FILE --out models/vi-syllable.lm}: trains the syllable language model. */
@Command(name = "train-lm", mixinStandardHelpOptions = true,
        description = {"Train the syllable n-gram model (interpolated modified Kneser-Ney) from a corpus,",
                "one paragraph a line (gzip or plain UTF-8). Held-out lines (CRC-32 %% 100 == 0) are never trained on.",
                "Give it a few GB of heap: VANBAN_HEAP=8g ./vanban train-lm ..."})
public final class TrainLmCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE")
    Path corpus;

    @Option(names = "--out", defaultValue = "models/vi-syllable.lm", paramLabel = "FILE")
    Path out;

    @Option(names = "--order", paramLabel = "N", description = "n-gram order 2..5 (default 4)")
    Integer order;

    @Option(names = "--min-count", paramLabel = "C1,C2,..", description = "minimum count per order (default: no pruning)")
    String minCount;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException("corpus file not found: " + corpus);
        List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--out", out.toString()));
        if (order != null) args.addAll(List.of("--order", order.toString()));
        if (minCount != null) args.addAll(List.of("--min-count", minCount));
        LmTrainer.main(args.toArray(String[]::new));
        return 0;
    }
}
