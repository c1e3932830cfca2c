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
 * <p>Run it as {@code vanban probe cer} ({@link org.vanban.lab.cli.ProbeCerCommand}).
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
}
