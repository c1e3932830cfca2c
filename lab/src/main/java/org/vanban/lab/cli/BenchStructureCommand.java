package org.vanban.lab.cli;

import org.vanban.lab.structure.StructureBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban bench structure}: section F1, kind accuracy, header fields, target P/R on the dev set. */
@Command(name = "structure", mixinStandardHelpOptions = true,
        description = {"Structure and extraction accuracy on the annotated dev set (lab/src/test/resources/structure-dev):",
                "with --real DIR on real OCR'd text files with a structure-gold.json instead;",
                "each document through the product's own chain (DocumentBuilder): clean, stripped, simulated OCR damage; with --ocr also English-model OCR."})
public final class BenchStructureCommand implements Callable<Integer> {
    @Option(names = "--dir", defaultValue = StructureBench.DEV_DIR, description = "dev set folder")
    String dir;

    @Option(names = "--ocr", description = "also render the pages and read them with tesseract -l eng")
    boolean ocr;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds of the simulated damage variant")
    int seeds;

    @Option(names = "-v", description = "print each mismatch")
    boolean verbose;

    @Option(names = "--real", paramLabel = "DIR",
            description = "score real documents instead: DIR holds *.ocr.txt files and a structure-gold.json"
                    + " (the shared real-dev format); each file goes through ingest's reading and DocumentBuilder")
    java.nio.file.Path real;

    @Option(names = "--make-hard", paramLabel = "OUT",
            description = "write the harder dev set (header loss, wrapped lines, English-model OCR of rendered pages,"
                    + " real-dev damage; gold from the dev set) in the real-dev format into OUT, then score it as --real"
                    + " does; needs tesseract (pages cached under target/structure-dev-ocr)")
    java.nio.file.Path makeHard;

    @Option(names = "--seed", defaultValue = "1", description = "seed of --make-hard")
    long seed;

    @Override
    public Integer call() {
        if (makeHard != null) {
            int n = org.vanban.lab.structure.HardStructureSet.write(java.nio.file.Path.of(dir), makeHard, seed);
            System.out.println(n + " files written to " + makeHard + " (seed " + seed + ")");
            real = makeHard;
        }
        if (real != null) {
            long cpu0 = cpuNanos();
            RealStructureBench.Report r = new RealStructureBench(new org.vanban.pipeline.DocumentBuilder()).run(real);
            System.out.println("real documents in " + real + " (ingest's text reading + DocumentBuilder.buildAll)");
            System.out.println(r);
            if (verbose) r.notes().forEach(n -> System.out.println("  " + n));
            System.out.printf(java.util.Locale.ROOT, "cpu %.1fs%n", (cpuNanos() - cpu0) / 1e9);
            return 0;
        }
        List<String> args = new ArrayList<>(List.of(dir, "--seeds=" + seeds));
        if (ocr) args.add("--ocr");
        if (verbose) args.add("-v");
        StructureBench.run(productChain(), args.toArray(String[]::new));
        return 0;
    }

    /**
     * The product's chain for the dev-set bench: {@link org.vanban.pipeline.DocumentBuilder#buildAll}, each
     * document under an id made from its file name.
     */
    public static StructureBench.Chain productChain() {
        org.vanban.pipeline.DocumentBuilder builder = new org.vanban.pipeline.DocumentBuilder();
        return (name, pages) -> builder.buildAll(name, sha256(name), "text/plain", pages);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
