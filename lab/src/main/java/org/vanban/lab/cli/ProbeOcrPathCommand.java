package org.vanban.lab.cli;

import org.vanban.lab.tools.OcrPathProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban probe ocr-path PAGES TRUTH WAY...}: the OCR path ablation of {@link OcrPathProbe}. */
@Command(name = "ocr-path", mixinStandardHelpOptions = true,
        description = {"Error rates and CPU of each way of reading a folder of pages.",
                "Reads every page image of PAGES (NAME.png or NAME.jpg, its true text in TRUTH/NAME.txt) in each",
                "WAY and prints each way's character and syllable error rates and recognition CPU.",
                "A WAY is grey:PSM (the image as given), soft:PSM (under a 3x3 blur) or cleaned:PSM:HALVE",
                "(vanban's cleaning chain, halving pages whose letters are at least HALVE px tall; 0 = never)."})
public final class ProbeOcrPathCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAGES", description = "folder of page images")
    Path pages;

    @Parameters(index = "1", paramLabel = "TRUTH", description = "folder of the pages' true text")
    Path truth;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "WAY", description = "ways to read every page")
    List<String> ways;

    @Option(names = "--threads", defaultValue = "2", description = "pages read at a time (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(pages)) throw new IllegalArgumentException("PAGES is not a folder: " + pages);
        if (!Files.isDirectory(truth)) throw new IllegalArgumentException("TRUTH is not a folder: " + truth);
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        OcrPathProbe.run(pages, truth, threads, ways.stream().map(OcrPathProbe.Way::parse).toList(), System.out);
        return 0;
    }
}
