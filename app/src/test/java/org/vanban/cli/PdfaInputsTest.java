package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.PdfaWriter;
import org.vanban.pdfa.VeraPdf;

/**
 * {@code ingest --pdf-out} on every kind of input: a mixed compound PDF (a born-digital decision, then the scanned
 * plan it issues), an LZW grey TIFF and a JPEG photo. Each output passes veraPDF PDF/A-2u; the images are carried
 * without re-encoding (the same bytes) and the output grows by little more than the text layer; the compound file
 * is one PDF with an outline entry per document.
 */
class PdfaInputsTest {
    @TempDir Path tmp;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** A decision that issues the plan of {@link PdfCommandTest#PLAN}, signed: the plan after it is a document of its own. */
    static final List<String> ISSUING = List.of(
            "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG NAM                      Độc lập - Tự do - Hạnh phúc",
            "Số: 12/QĐ-UBND                 Quảng Nam, ngày 10 tháng 3 năm 2021",
            "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch cải cách hành chính năm 2021",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2021.",
            "Điều 2. Quyết định có hiệu lực từ ngày ký.",
            "                                                  TM. ỦY BAN NHÂN DÂN",
            "                                                  CHỦ TỊCH",
            "                                                  Nguyễn Văn A");

    static byte[] jpeg(BufferedImage img) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "jpg", b)).isTrue();
        return b.toByteArray();
    }

    static void lzwTiff(BufferedImage img, Path out) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream o = ImageIO.createImageOutputStream(out.toFile())) {
            w.setOutput(o);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType("LZW");
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    static byte[] rawImage(PDPage page) throws Exception {
        PDResources res = page.getResources();
        for (var n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDImageXObject im) return im.getCOSObject().createRawInputStream().readAllBytes();
        }
        return null;
    }

    @Test
    void mixedCompoundTiffAndJpegPhotoAreArchivedAsTheyAre() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // the mixed compound file: page 1 a born-digital decision, page 2 the scanned plan it issues
        Path mixed = in.resolve("ho-so.pdf");
        byte[] planJpeg = jpeg(PdfScans.scan(PdfCommandTest.PLAN));
        try (PDDocument d = new PDDocument()) {
            PDPage text = new PDPage(PDRectangle.A4);
            d.addPage(text);
            PDType0Font f = PDType0Font.load(d, PdfaWriter.DEFAULT_FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(d, text)) {
                cs.beginText();
                cs.setFont(f, 12);
                cs.setLeading(16);
                cs.newLineAtOffset(60, 780);
                for (String line : ISSUING) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            BufferedImage plan = PdfScans.scan(PdfCommandTest.PLAN);
            float wPt = plan.getWidth() * 72f / 300, hPt = plan.getHeight() * 72f / 300;
            PDPage scanned = new PDPage(new PDRectangle(wPt, hPt));
            d.addPage(scanned);
            try (PDPageContentStream cs = new PDPageContentStream(d, scanned)) {
                cs.drawImage(JPEGFactory.createFromByteArray(d, planJpeg), 0, 0, wPt, hPt);
            }
            d.save(mixed.toFile());
        }
        Path tiff = in.resolve("ke-hoach.tif");
        lzwTiff(PdfScans.scan(PdfCommandTest.PLAN), tiff);
        Path photo = in.resolve("quyet-dinh.jpg");
        BufferedImage rgb = new BufferedImage(2000, 700, BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(PdfScans.scan(PdfCommandTest.DECISION), 0, 0, null);
        Files.write(photo, jpeg(rgb));

        String index = tmp.resolve("index").toString();
        Path out = tmp.resolve("pdf");
        assertThat(console.run("ingest", in.toString(), "--index", index, "--threads", "1", "--pdf-out", out.toString()))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("PDF/A: 3 file(s)").contains("0 failed");

        List<VanbanDocument> docs = PdfCommandTest.indexed(index);
        List<VanbanDocument> parts = new ArrayList<>();
        for (VanbanDocument d : docs) if (d.sourcePath().equals(mixed.toString())) parts.add(d);
        assertThat(parts).as("the mixed file is two documents").hasSize(2);
        for (Path source : List.of(mixed, tiff, photo)) {
            VanbanDocument doc = docs.stream().filter(d -> d.sourcePath().equals(source.toString()))
                    .min(org.vanban.pdfa.SourceArchive.PART_ORDER).orElseThrow();
            Path pdf = out.resolve(org.vanban.pdfa.SourceArchive.fileName(doc));
            VeraPdf.assertPdfA2u(pdf);
            try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(p);
                if (source == mixed) {
                    assertThat(p.getNumberOfPages()).isEqualTo(2);
                    assertThat(text).contains("Ban hành kèm theo Quyết định này"); // the page's own text layer
                    assertThat(text).contains("Công khai thủ tục hành chính");      // the scan's text layer
                    assertThat(rawImage(p.getPage(1))).isEqualTo(planJpeg);          // the scan's JPEG as it was
                    List<String> top = new ArrayList<>();
                    List<Integer> pages = new ArrayList<>();
                    for (PDOutlineItem i : p.getDocumentCatalog().getDocumentOutline().children()) {
                        top.add(i.getTitle());
                        pages.add(p.getPages().indexOf(i.findDestinationPage(p)));
                    }
                    assertThat(top).hasSize(2);
                    assertThat(top.get(0)).contains("12/QĐ-UBND");
                    assertThat(top.get(1)).contains("39/KH-UBND");
                    assertThat(pages).containsExactly(0, 1);
                } else if (source == photo) {
                    assertThat(rawImage(p.getPage(0))).isEqualTo(Files.readAllBytes(photo));
                    assertThat(text).contains("Phê duyệt kế hoạch");
                } else {
                    assertThat(text).contains("Công khai thủ tục hành chính");
                }
            }
            // the page images as they were, plus font subset, metadata and text: never much more
            assertThat(Files.size(pdf)).as(source.toString()).isLessThan(Files.size(source) + 120_000L);
        }
    }
}
