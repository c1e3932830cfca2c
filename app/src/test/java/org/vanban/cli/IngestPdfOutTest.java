package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.VeraPdf;

/** {@code ingest --pdf-out}: PDF/A written while ingesting, on the OCR stage's own word boxes; resumable. */
class IngestPdfOutTest {
    @TempDir Path tmp;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void writesThePdfAOnTheOcrWordBoxesAndARerunWritesOnlyTheMissingOne() throws Exception {
        Path in = PdfCommandTest.sources(tmp);
        // the plan's scan turned by 1.5°: the OCR reads it deskewed, its boxes must come back onto the scan
        BufferedImage plan = turned(ImageIO.read(in.resolve("ke-hoach.png").toFile()), 1.5);
        ImageIO.write(plan, "png", in.resolve("ke-hoach.png").toFile());
        String index = tmp.resolve("index").toString();
        Path out = tmp.resolve("pdf");
        assertThat(console.run("ingest", in.toString(), "--index", index, "--threads", "1", "--pdf-out", out.toString()))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("PDF/A: 2 file(s), 2 page(s) written")
                .contains("word boxes from the OCR stage on 2 page(s), recognised again on 0");
        VanbanDocument planDoc = null;
        for (VanbanDocument d : PdfCommandTest.indexed(index)) {
            Path pdf = out.resolve(d.id() + ".pdf");
            if (d.sourcePath().endsWith(".txt")) {
                assertThat(pdf).doesNotExist();
                continue;
            }
            VeraPdf.assertPdfA2u(pdf);
            try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
                assertThat(PdfCommandTest.words(new PDFTextStripper().getText(p))).isEqualTo(PdfCommandTest.words(d.text()));
            }
            if (d.sourcePath().endsWith(".png")) planDoc = d;
        }
        assertThat(planDoc).isNotNull();
        Path planPdf = out.resolve(planDoc.id() + ".pdf");
        for (String word : List.of("KẾ", "thủ", "Tiếp")) {
            assertThat(inkUnder(planPdf, word, plan)).as(word).isGreaterThan(0.08);
        }

        // resume: the lost PDF is written again (its boxes recognised again: the index keeps none), the other kept
        long kept = Files.getLastModifiedTime(out.resolve(otherId(index, planDoc) + ".pdf")).toMillis();
        Files.delete(planPdf);
        assertThat(console.run("ingest", in.toString(), "--index", index, "--threads", "1", "--pdf-out", out.toString()))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("PDF/A: 1 file(s), 1 page(s) written").contains("recognised again on 1");
        VeraPdf.assertPdfA2u(planPdf);
        assertThat(Files.getLastModifiedTime(out.resolve(otherId(index, planDoc) + ".pdf")).toMillis()).isEqualTo(kept);
    }

    private static String otherId(String index, VanbanDocument plan) {
        return PdfCommandTest.indexed(index).stream().filter(d -> d.sourcePath().endsWith(".pdf")).findFirst()
                .orElseThrow().id();
    }

    static BufferedImage turned(BufferedImage src, double degrees) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(src, new AffineTransformOp(AffineTransform.getRotateInstance(Math.toRadians(degrees),
                src.getWidth() / 2.0, src.getHeight() / 2.0), AffineTransformOp.TYPE_BILINEAR), 0, 0);
        g.dispose();
        return out;
    }

    /**
     * The share of dark pixels of the scan inside the box the text layer gives {@code word} (its first
     * occurrence): a word placed on its ink covers letters (well over 8% of its box is ink), one placed a line off
     * covers the white between lines.
     */
    static double inkUnder(Path pdf, String word, BufferedImage scan) throws Exception {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String str, List<TextPosition> ps) {
                    int at = str.indexOf(word);
                    if (at >= 0 && found.isEmpty() && ps.size() == str.length()) found.addAll(ps.subList(at, at + word.length()));
                }
            }.getText(d);
        }
        assertThat(found).as("'" + word + "' in the text layer").isNotEmpty();
        double px = 300 / 72.0;
        TextPosition a = found.get(0), z = found.get(found.size() - 1);
        int x0 = (int) (a.getXDirAdj() * px), x1 = (int) ((z.getXDirAdj() + z.getWidthDirAdj()) * px);
        int base = (int) (a.getYDirAdj() * px), top = (int) (base - a.getHeightDir() * px);
        int dark = 0, all = 0;
        for (int y = Math.max(0, top); y < Math.min(scan.getHeight(), base); y++) {
            for (int x = Math.max(0, x0); x < Math.min(scan.getWidth(), x1); x++, all++) {
                if ((scan.getRGB(x, y) & 0xFF) < 128) dark++;
            }
        }
        return all == 0 ? 0 : dark / (double) all;
    }
}
