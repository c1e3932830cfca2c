package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.IndexSearch;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.PdfaWriter;
import org.vanban.pdfa.VeraPdf;

/** {@code vanban pdf}: ingest two scans, write their PDF/A files, rerun, lose a source. */
class PdfCommandTest {
    static final List<String> PLAN = List.of(
            "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG NAM                  Độc lập - Tự do - Hạnh phúc",
            "Số: 39/KH-UBND             Quảng Nam, ngày 15 tháng 3 năm 2021",
            "KẾ HOẠCH",
            "Cải cách hành chính năm 2021",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Tiếp tục đẩy mạnh cải cách hành chính.",
            "II. MỤC TIÊU",
            "Công khai thủ tục hành chính.");
    static final List<String> DECISION = List.of(
            "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH BÌNH PHƯỚC                 Độc lập - Tự do - Hạnh phúc",
            "Số: 12/QĐ-UBND             Bình Phước, ngày 8 tháng 6 năm 2022",
            "QUYẾT ĐỊNH",
            "Về việc phê duyệt kế hoạch phòng cháy rừng",
            "Điều 1. Phê duyệt kế hoạch phòng cháy rừng.",
            "Điều 2. Quyết định có hiệu lực từ ngày ký.");

    @TempDir Path tmp;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) { return console.run(args); }

    private String out() { return console.out(); }

    private String err() { return console.err(); }

    static BufferedImage scan(List<String> lines) throws Exception {
        return PdfScans.scan(lines);
    }

    /** A PNG scan of the plan and an image-only PDF (one JPEG page) of the decision, plus a text file. */
    private Path sources() throws Exception {
        return sources(tmp);
    }

    static Path sources(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ImageIO.write(scan(PLAN), "png", in.resolve("ke-hoach.png").toFile());
        BufferedImage dec = scan(DECISION);
        try (PDDocument d = new PDDocument()) {
            float wPt = dec.getWidth() * 72f / 300, hPt = dec.getHeight() * 72f / 300;
            PDPage p = new PDPage(new PDRectangle(wPt, hPt));
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.drawImage(JPEGFactory.createFromImage(d, dec, 0.9f), 0, 0, wPt, hPt);
            }
            d.save(in.resolve("quyet-dinh.pdf").toFile());
        }
        Files.writeString(in.resolve("ghi-chu.txt"), String.join("\n", PLAN));
        return in;
    }

    static List<VanbanDocument> indexed(String index) {
        List<VanbanDocument> docs = new ArrayList<>();
        try (IndexSearch s = IndexSearch.open(Path.of(index))) {
            s.forEachDocument(docs::add);
        }
        return docs;
    }

    /**
     * The words of a text as search and copy-paste see them, one space apart. U+200B ZERO WIDTH SPACE (the text
     * layer's invisible bridge over a two-column gap, a default-ignorable character that viewers' search skips)
     * counts as a word break, not as a word: so a bridge between two words vanishes, and one that fell inside a
     * word would split it and show.
     */
    static String words(String s) {
        return s.replace("\f", " ").replace("\u200B", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void writesOnePdfAPerScanSkipsOnRerunAndReportsAMissingSource() throws Exception {
        Path in = sources();
        String index = tmp.resolve("index").toString();
        assertThat(run("ingest", in.toString(), "--index", index, "--threads", "1")).as(err()).isZero();
        Path outDir = tmp.resolve("pdf");

        assertThat(run("pdf", "--all", "--index", index, "--out", outDir.toString())).as(err()).isZero();
        assertThat(out()).contains("pdf: 2 written, 0 skipped (existing), 1 without page images, 0 failed; 2 page(s)");
        List<VanbanDocument> docs = indexed(index);
        VanbanDocument plan = null;
        for (VanbanDocument d : docs) {
            if (d.sourcePath().endsWith(".txt")) continue;
            Path pdf = outDir.resolve(d.id() + ".pdf");
            assertThat(pdf).exists();
            VeraPdf.assertPdfA2u(pdf);
            try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
                // the text layer is the repaired text of the index, word for word
                assertThat(words(new PDFTextStripper().getText(p))).isEqualTo(words(d.text()));
                assertThat(p.getDocumentInformation().getTitle()).isEqualTo(d.header().title());
                assertThat(p.getDocumentInformation().getAuthor()).isEqualTo(d.header().issuer());
            }
            if (d.sourcePath().endsWith(".png")) plan = d;
        }
        assertThat(plan).isNotNull();
        assertThat(plan.header().title()).containsIgnoringCase("cải cách hành chính");
        Path planPdf = outDir.resolve(plan.id() + ".pdf");
        try (PDDocument p = Loader.loadPDF(planPdf.toFile())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem i : p.getDocumentCatalog().getDocumentOutline().children()) outline.add(i.getTitle());
            // the outline is the indexed section headings (the OCR may read the numeral "I." as "1.")
            List<String> headings = plan.sections().stream()
                    .filter(s -> s.level() == 1 && !s.heading().isBlank() && s.kind() != org.vanban.model.SectionKind.PREAMBLE)
                    .map(org.vanban.model.Section::heading).toList();
            assertThat(outline).isEqualTo(headings).hasSize(2);
            assertThat(outline.get(0)).endsWith("MỤC ĐÍCH, YÊU CẦU");
            assertThat(outline.get(1)).isEqualTo("II. MỤC TIÊU");
            String xmp = new String(p.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("39/KH-UBND").contains("2021-03-15");
        }

        // rerun: nothing rewritten
        Files.setLastModifiedTime(planPdf, FileTime.fromMillis(1_000_000_000_000L));
        assertThat(run("pdf", "--all", "--index", index, "--out", outDir.toString())).as(err()).isZero();
        assertThat(out()).contains("pdf: 0 written, 2 skipped (existing)");
        assertThat(Files.getLastModifiedTime(planPdf).toMillis()).isEqualTo(1_000_000_000_000L);

        // one id, by prefix, with --force
        assertThat(run("pdf", plan.id().substring(0, 8), "--index", index, "--out", outDir.toString(), "--force"))
                .as(err()).isZero();
        assertThat(out()).contains("pdf: 1 written");
        assertThat(Files.getLastModifiedTime(planPdf).toMillis()).isNotEqualTo(1_000_000_000_000L);

        // unknown id
        assertThat(run("pdf", "ffffffffffff", "--index", index, "--out", outDir.toString())).isNotZero();
        assertThat(err()).contains("no document with id 'ffffffffffff'");

        // the plan's scan was moved away: said so, the other file is still written, non-zero exit
        Files.move(in.resolve("ke-hoach.png"), tmp.resolve("elsewhere.png"));
        assertThat(run("pdf", "--all", "--index", index, "--out", outDir.toString(), "--force")).isNotZero();
        assertThat(err()).contains(plan.id()).contains("source file moved or missing").contains("ke-hoach.png");
        assertThat(out()).contains("pdf: 1 written, 0 skipped (existing), 1 without page images, 1 failed");

        // output folder that is a file
        Path notDir = Files.writeString(tmp.resolve("file"), "x");
        assertThat(run("pdf", "--all", "--index", index, "--out", notDir.toString())).isNotZero();
        assertThat(err()).contains("cannot create output folder");
    }
}
