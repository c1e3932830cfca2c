package org.vanban.lab.cli;

import org.vanban.lab.tools.CorpusGenerator;
import org.vanban.lab.tools.ManifestEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban generate-corpus [DIR]}: regenerates the sample corpus from its sources. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
        description = {"Regenerate the sample corpus.",
                "Regenerates the sample corpus (PDFs, TIFF, JPEG photo, DOCX, HTML, text) and its",
                ".manifest.json from lab/src/main/resources/tools/corpus-src."})
public final class GenerateCorpusCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "DIR",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--skip-eng-ocr", description = "leave out the English-model OCR document (no tesseract run)")
    boolean skipEnglishOcr;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) throw new IllegalArgumentException("DIR is a file, not a folder: " + out);
        List<ManifestEntry> entries = new CorpusGenerator(skipEnglishOcr).generate(out);
        for (ManifestEntry e : entries) {
            System.out.printf("%-48s %-17s %2d page(s) %8d bytes%n", e.file(), e.format(), e.pages(), Files.size(out.resolve(e.file())));
        }
        System.out.println("wrote " + entries.size() + " files and .manifest.json to " + out.toAbsolutePath());
        return 0;
    }
}
