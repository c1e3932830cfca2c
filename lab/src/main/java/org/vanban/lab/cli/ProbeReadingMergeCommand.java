package org.vanban.lab.cli;

import org.vanban.lab.tools.ReadingMergeProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban probe reading-merge WORK}: ways of combining two readings, on readings kept by {@code bench ocr-spectrum --each-way}. */
@Command(name = "reading-merge", mixinStandardHelpOptions = true,
        description = {"Ways of combining a page's two readings, scored offline.",
                "Compares ways of combining a page's two readings (first way alone, the better of two,",
                "the word-by-word merge) on the readings `bench ocr-spectrum --each-way` kept in WORK,",
                "without reading the pages again: raw and repaired syllable errors per level."})
public final class ProbeReadingMergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORK", description = "the --work folder of bench ocr-spectrum --each-way")
    Path work;

    @Option(names = "--merge", paramLabel = "WEIGHT:MARGIN", split = ",",
            description = "merge settings to compare: context weight and margin (default: 1.0:0.02)")
    List<String> merges = List.of("1.0:0.02");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(work)) throw new IllegalArgumentException("WORK is not a folder: " + work);
        ReadingMergeProbe.run(work, parse(merges), System.out);
        return 0;
    }

    static List<double[]> parse(List<String> merges) {
        List<double[]> out = new ArrayList<>();
        for (String m : merges) {
            String[] f = m.split(":");
            try {
                if (f.length != 2) throw new NumberFormatException();
                out.add(new double[]{Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--merge takes WEIGHT:MARGIN, two numbers, not '" + m + "'");
            }
        }
        return out;
    }
}
