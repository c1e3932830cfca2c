package org.vanban.cli;

import org.vanban.extract.StructureBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban bench structure}: section F1, kind accuracy, header fields, target P/R on the dev set. */
@Command(name = "structure", mixinStandardHelpOptions = true,
        description = {"Structure and extraction accuracy on the annotated dev set (src/test/resources/structure-dev):",
                "clean, stripped, stripped+repaired, simulated OCR damage; with --ocr also English-model OCR (+repaired)."})
public final class BenchStructureCommand implements Callable<Integer> {
    @Option(names = "--dir", defaultValue = "src/test/resources/structure-dev", description = "dev set folder")
    String dir;

    @Option(names = "--ocr", description = "also render the pages and read them with tesseract -l eng")
    boolean ocr;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds of the simulated damage variant")
    int seeds;

    @Option(names = "-v", description = "print each mismatch")
    boolean verbose;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of(dir, "--seeds=" + seeds));
        if (ocr) args.add("--ocr");
        if (verbose) args.add("-v");
        StructureBench.main(args.toArray(String[]::new));
        return 0;
    }
}
