package org.vanban.lab.cli;

import org.vanban.lab.tools.CerProbe;
import org.vanban.lab.tools.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code vanban probe cer SOURCE PAGE LEVEL} renders one page of a corpus source, degrades it, reads it with the
 * tesseract command line and prints the character error rate; {@code vanban probe cer --pdf FILE} scores every
 * image page of a generated corpus PDF.
 */
@Command(name = "cer", mixinStandardHelpOptions = true,
        description = {"Character error rate of one rendered corpus page.",
                "Renders a page of a corpus source, degrades it and reads it with the tesseract command line,",
                "or scores every image page of a generated corpus PDF (--pdf)."})
public final class ProbeCerCommand implements Callable<Integer> {
    @Parameters(arity = "0..3", paramLabel = "SOURCE PAGE LEVEL",
            description = "corpus source id, page number (from 1), CLEAN, MILD or HARSH")
    java.util.List<String> page = java.util.List.of();

    @Option(names = "--pdf", paramLabel = "FILE", description = "score every image page of this corpus PDF instead")
    Path pdf;

    @Option(names = "--lang", defaultValue = "vie", description = "tesseract language (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--png", paramLabel = "FILE", description = "keep the rendered page here (default: a temporary file)")
    Path png;

    @Override
    public Integer call() throws Exception {
        if (pdf != null) {
            if (!page.isEmpty()) throw new IllegalArgumentException("give either --pdf FILE or SOURCE PAGE LEVEL, not both");
            if (!Files.isRegularFile(pdf)) throw new IllegalArgumentException("PDF not found: " + pdf);
            String id = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            double[] cer = CerProbe.probePdf(pdf, source(id), lang);
            for (int i = 0; i < cer.length; i++) {
                System.out.printf(Locale.ROOT, "%s page %d CER %.4f%n", pdf.getFileName(), i + 1, cer[i]);
            }
            return 0;
        }
        if (page.size() != 3) throw new IllegalArgumentException("give SOURCE PAGE LEVEL (or --pdf FILE)");
        int number;
        try {
            number = Integer.parseInt(page.get(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PAGE is a page number, not '" + page.get(1) + "'");
        }
        String level = page.get(2).toUpperCase(Locale.ROOT);
        if (!level.equals("CLEAN") && !level.equals("MILD") && !level.equals("HARSH")) {
            throw new IllegalArgumentException("LEVEL is CLEAN, MILD or HARSH, not '" + page.get(2) + "'");
        }
        SourceDocument doc = source(page.get(0));
        Path out = png != null ? png : Files.createTempFile("cer", ".png");
        try {
            CerProbe.Result r = CerProbe.probe(doc, number, level, lang, out);
            System.out.println("---- reference\n" + r.reference() + "\n---- hypothesis\n" + r.hypothesis());
            System.out.printf(Locale.ROOT, "CER %s page %d %s (%s): %.4f%n", doc.id(), number, level, lang, r.cer());
        } finally {
            if (png == null) Files.deleteIfExists(out);
        }
        return 0;
    }

    private static SourceDocument source(String id) {
        return SourceDocument.loadAll().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus source '" + id + "'"));
    }
}
