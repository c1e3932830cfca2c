package org.vanban.cli;

import org.vanban.text.lm.OcrRepairBench;
import org.vanban.text.lm.RepairBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban bench repair --corpus FILE}: diacritic restoration (and OCR repair) accuracy on held-out lines. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Accuracy and speed of the repair engine on held-out corpus lines (CRC-32 % 100 == 0, never trained on):",
                "stripped diacritics vs a plain trigram baseline, and with --ocr lines rendered and read by tesseract -l eng."})
public final class BenchRepairCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE")
    Path corpus;

    @Option(names = "--lines", paramLabel = "N", description = "held-out lines to use")
    Integer lines;

    @Option(names = "--ocr", description = "bench English-model OCR damage instead (renders lines, runs tesseract)")
    boolean ocr;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException("corpus file not found: " + corpus);
        List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString()));
        if (lines != null) args.addAll(List.of("--lines", lines.toString()));
        if (ocr) OcrRepairBench.main(args.toArray(String[]::new));
        else RepairBench.main(args.toArray(String[]::new));
        return 0;
    }
}
