package org.vanban.lab.tools;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders one page of a source document, optionally degrades it, OCRs it with the tesseract
 * command line and prints the character error rate against the page's ground truth.
 *
 * <pre>java -cp ... org.vanban.lab.tools.CerProbe &lt;source-id&gt; &lt;page&gt; CLEAN|MILD|HARSH [lang=vie] [out.png]</pre>
 */
public final class CerProbe {
    private CerProbe() { }

    /** Result of one probe. */
    public record Result(String reference, String hypothesis, double cer) { }

    /** Renders, degrades (level "CLEAN" for none), OCRs and scores one page. */
    public static Result probe(SourceDocument doc, int page, String level, String lang, Path png) throws IOException {
        PageRenderer renderer = new PageRenderer();
        List<PageLayout> layout = renderer.layout(doc);
        if (page < 1 || page > layout.size()) throw new IllegalArgumentException(doc.id() + " has pages 1.." + layout.size() + ", not " + page);
        PageLayout p = layout.get(page - 1);
        BufferedImage img = renderer.paint(p);
        if (!level.equalsIgnoreCase("CLEAN")) {
            img = ScanDegrader.degrade(img, ScanDegrader.Level.valueOf(level.toUpperCase(Locale.ROOT)), 42L + page, p.signatureAnchor());
        }
        ImageIO.write(img, "png", png.toFile());
        String hyp = TesseractCli.ocr(png, lang);
        return new Result(p.text(), hyp, CharErrorRate.of(p.text(), hyp));
    }

    /**
     * OCRs every image page of a corpus PDF (page rendered at 300 dpi with PDFBox) and scores it
     * against the ground truth of the same page of its source; text-layer pages are skipped (NaN).
     */
    public static double[] probePdf(Path pdfFile, SourceDocument doc, String lang) throws IOException {
        List<PageLayout> layout = new PageRenderer().layout(doc);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfFile.toFile())) {
            double[] cer = new double[pdf.getNumberOfPages()];
            org.apache.pdfbox.rendering.PDFRenderer r = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            Path png = Files.createTempFile("cer", ".png");
            try {
                for (int i = 0; i < cer.length; i++) {
                    if (!pdf.getPage(i).getResources().getXObjectNames().iterator().hasNext()) {
                        cer[i] = Double.NaN;
                        continue;
                    }
                    ImageIO.write(r.renderImageWithDPI(i, PageLayout.DPI, org.apache.pdfbox.rendering.ImageType.GRAY), "png", png.toFile());
                    cer[i] = CharErrorRate.of(layout.get(i).text(), TesseractCli.ocr(png, lang));
                }
            } finally {
                Files.deleteIfExists(png);
            }
            return cer;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--pdf")) { // --pdf corpus/01-....pdf [lang]
            Path pdf = Path.of(args[1]);
            String id = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            SourceDocument doc = SourceDocument.loadAll().stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no source " + id));
            double[] cer = probePdf(pdf, doc, args.length > 2 ? args[2] : "vie");
            for (int i = 0; i < cer.length; i++) System.out.printf(Locale.ROOT, "%s page %d CER %.4f%n", pdf.getFileName(), i + 1, cer[i]);
            return;
        }
        if (args.length < 3) throw new IllegalArgumentException("usage: <source-id> <page> CLEAN|MILD|HARSH [lang] [out.png]");
        SourceDocument doc = SourceDocument.loadAll().stream().filter(d -> d.id().equals(args[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + args[0]));
        String lang = args.length > 3 ? args[3] : "vie";
        Path png = args.length > 4 ? Path.of(args[4]) : Files.createTempFile("cer", ".png");
        Result r = probe(doc, Integer.parseInt(args[1]), args[2], lang, png);
        System.out.println("---- reference\n" + r.reference() + "\n---- hypothesis\n" + r.hypothesis());
        System.out.printf(Locale.ROOT, "CER %s page %s %s (%s): %.4f%n", args[0], args[1], args[2], lang, r.cer());
    }
}
