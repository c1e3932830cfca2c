package org.vanban.pdfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfaWriterTest {

    static final String[] LINES = {"Kế hoạch tiếp tục đẩy mạnh", "cải cách hành chính năm 2021"};
    static final int W = 1240, H = 600;
    static final ArchiveMetadata META = new ArchiveMetadata("Kế hoạch cải cách hành chính", "Ủy ban nhân dân tỉnh",
            "39/KH-UBND", "2021-03-05", "Kế hoạch", "Tỉnh Quảng Nam", "Nguyễn Văn A");

    @TempDir Path dir;

    @BeforeAll
    static void vera() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** A page image with the lines drawn in Liberation Serif, and the true word boxes. */
    record Scan(BufferedImage image, List<TextLine> words) { }

    static Scan scan(int imageType) throws Exception {
        BufferedImage im = new BufferedImage(W, H, imageType);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, PdfaWriter.DEFAULT_FONT.toFile()).deriveFont(54f));
        FontMetrics fm = g.getFontMetrics();
        List<TextLine> lines = new ArrayList<>();
        int y = 150;
        for (String line : LINES) {
            int x = 100;
            List<WordBox> ws = new ArrayList<>();
            for (String word : line.split(" ")) {
                g.drawString(word, x, y);
                int w = fm.stringWidth(word);
                ws.add(new WordBox(word, x, y - fm.getAscent(), w, fm.getAscent() + fm.getDescent()));
                x += w + fm.stringWidth(" ");
            }
            lines.add(new TextLine(ws));
            y += 120;
        }
        g.dispose();
        return new Scan(im, lines);
    }

    Path write(PageImage image, List<TextLine> words) throws Exception {
        Path out = dir.resolve("out.pdf");
        new PdfaWriter().write(List.of(new ArchivePage(image, words, W, H)), META,
                List.of(new PdfaWriter.OutlineEntry("I. Mục tiêu", 0, 0), new PdfaWriter.OutlineEntry("1. Nhiệm vụ", 0, 1)), out);
        return out;
    }

    static void assertPdfA2u(Path pdf) throws Exception {
        VeraPdf.assertPdfA2u(pdf);
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void scannedRasterPageIsPdfA2uWithItsVietnameseText() throws Exception {
        Scan s = scan(BufferedImage.TYPE_BYTE_GRAY);
        Path out = write(new PageImage.Raster(s.image(), 300), s.words());
        assertPdfA2u(out);
        String t = text(out).replaceAll("\\s+", " ").strip();
        assertThat(t).isEqualTo(String.join(" ", LINES));
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo(META.title());
            assertThat(d.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("I. Mục tiêu");
            assertThat(d.getDocumentCatalog().getDocumentOutline().getFirstChild().getFirstChild().getTitle())
                    .isEqualTo("1. Nhiệm vụ");
        }
    }

    @Test
    void jpegPhotoIsEmbeddedAsItIs() throws Exception {
        Scan s = scan(BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(s.image(), "jpg", jpg);
        byte[] bytes = jpg.toByteArray();
        Path out = write(new PageImage.Jpeg(bytes, 300), s.words());
        assertPdfA2u(out);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            var res = d.getPage(0).getResources();
            var img = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) res.getXObject(res.getXObjectNames().iterator().next());
            assertThat(img.getCOSObject().createRawInputStream().readAllBytes()).isEqualTo(bytes);
        }
        assertThat(Files.size(out)).isLessThan(bytes.length + 60_000L); // image + font subset + metadata
    }

    @Test
    void tiffPageIsPdfA2u() throws Exception {
        Scan s = scan(BufferedImage.TYPE_BYTE_BINARY);
        Path tif = dir.resolve("scan.tif");
        assertThat(ImageIO.write(s.image(), "tiff", tif.toFile())).isTrue();
        Path out = write(new PageImage.Tiff(tif, 0, 300), s.words());
        assertPdfA2u(out);
        assertThat(text(out)).contains("tiếp tục đẩy mạnh");
    }

    @Test
    void bornDigitalPageKeepsItsOwnText() throws Exception {
        Path src = dir.resolve("born.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            d.addPage(p);
            PDType0Font f = PDType0Font.load(d, PdfaWriter.DEFAULT_FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.beginText();
                cs.setFont(f, 14);
                cs.newLineAtOffset(72, 700);
                cs.showText("Quyết định về việc phê duyệt");
                cs.endText();
            }
            d.save(src.toFile());
        }
        try (PDDocument source = Loader.loadPDF(src.toFile())) {
            Path out = dir.resolve("born-a.pdf");
            new PdfaWriter().write(List.of(ArchivePage.kept(new PageImage.PdfPage(source, 0, true))), META, List.of(), out);
            assertPdfA2u(out);
            assertThat(text(out)).contains("Quyết định về việc phê duyệt");
        }
    }

    @Test
    void boxOfAKnownWordLiesOverItsInk() throws Exception {
        Scan s = scan(BufferedImage.TYPE_BYTE_GRAY);
        Path out = write(new PageImage.Raster(s.image(), 300), s.words());
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            PDFTextStripper st = new PDFTextStripper() {
                @Override
                protected void writeString(String str, List<TextPosition> ps) {
                    int at = str.indexOf("đẩy");
                    if (at >= 0) found.addAll(ps.subList(at, at + 3));
                }
            };
            st.getText(d);
        }
        assertThat(found).hasSize(3);
        double px = 300 / 72.0;
        int x0 = (int) (found.get(0).getXDirAdj() * px);
        int x1 = (int) ((found.get(2).getXDirAdj() + found.get(2).getWidthDirAdj()) * px);
        int base = (int) (found.get(0).getYDirAdj() * px);
        int top = (int) (base - found.get(0).getHeightDir() * px);
        // the true ink box of "đẩy" as drawn
        WordBox truth = s.words().get(0).words().get(4);
        assertThat(truth.text()).isEqualTo("đẩy");
        assertThat(Math.abs(x0 - truth.x())).isLessThan(6);
        assertThat(Math.abs(x1 - truth.right())).isLessThan(12);
        assertThat(top).isBetween((int) truth.y() - 10, (int) truth.bottom());
        assertThat(base).isBetween((int) truth.y(), (int) truth.bottom() + 10);
        int dark = 0;
        for (int y = Math.max(0, top); y < base; y++) {
            for (int x = x0; x < x1; x++) if ((s.image().getRGB(x, y) & 0xFF) < 128) dark++;
        }
        assertThat(dark).isGreaterThan((x1 - x0) * (base - top) / 20);
    }

    @Test
    void greyPixelsAreStoredExactlyAsTheyAre() throws Exception {
        Scan s = scan(BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument d = new PDDocument()) {
            var x = PdfaWriter.lossless(d, s.image());
            assertThat(x.getStream().getFilters()).containsExactly(org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            BufferedImage back = x.getImage();
            assertThat(back.getWidth()).isEqualTo(W);
            for (int y = 0; y < H; y += 7) {
                for (int xx = 0; xx < W; xx += 5) {
                    assertThat(back.getRaster().getSample(xx, y, 0)).isEqualTo(s.image().getRaster().getSample(xx, y, 0));
                }
            }
        }
    }
}
