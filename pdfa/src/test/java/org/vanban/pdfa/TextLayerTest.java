package org.vanban.pdfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text layer as text extraction sees it: OCR ink boxes of uneven heights still give whole lines in order. */
class TextLayerTest {
    @TempDir Path dir;

    /** An ink box the way Tesseract gives it: capitals and stacked accents reach higher, dots below go lower. */
    static WordBox ink(String t, double x, double baseline, double w) {
        boolean tall = !t.equals(t.toLowerCase()) || t.matches(".*[ếềểễệốồổỗộấầẩẫậ].*");
        boolean below = t.matches(".*[ạặậẹệịọộợụựỵpgyq].*");
        if (t.equals("-")) return new WordBox(t, x, baseline - 22, w, 4);
        double top = baseline - (tall ? 50 : 34);
        return new WordBox(t, x, top, w, baseline + (below ? 10 : 0) - top);
    }

    static List<WordBox> line(double baseline, double slope, String... words) {
        List<WordBox> out = new ArrayList<>();
        double x = 100;
        for (String w : words) {
            double width = 18 * w.length() + 10;
            out.add(ink(w, x, baseline + slope * (x - 100), width));
            x += width + 20;
        }
        return out;
    }

    @Test
    void dashesAndLettersOfUnevenHeightsStayOnTheirLine() {
        List<WordBox> words = new ArrayList<>(line(300, 0, "-", "Như", "Điều", "3;"));
        words.addAll(line(370, 0, "-", "Ủy", "ban", "nhân", "dân", "tỉnh", "(b/c);"));
        List<TextLine> lines = TesseractWordBoxes.intoLines(words);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).words()).extracting(WordBox::text).containsExactly("-", "Như", "Điều", "3;");
    }

    @Test
    void eachLineIsOneLineOfOneSizeInTheExtractedText() throws Exception {
        List<TextLine> lines = List.of(
                new TextLine(line(300, 0, "Điều", "1.", "Phê", "duyệt", "kế", "hoạch", "phòng", "cháy", "rừng")),
                new TextLine(line(370, 0, "-", "Như", "Điều", "3;")),
                new TextLine(line(440, 0, "thực", "hiện", "nhiệm", "vụ", "cải", "cách", "hành", "chính", "quý", "I")),
                // a tilted line (a photo): 40 px down over its length, about one em
                new TextLine(line(510, 40 / 900.0, "Quyết", "định", "có", "hiệu", "lực", "từ", "ngày", "ký", "ban", "hành")));
        Path out = dir.resolve("layer.pdf");
        BufferedImage page = new BufferedImage(1400, 700, BufferedImage.TYPE_BYTE_GRAY);
        new PdfaWriter().write(List.of(new ArchivePage(new PageImage.Raster(page, 300), lines, 1400, 700)),
                PdfaWriterTest.META, List.of(), out);
        Map<Float, List<Float>> sizesByLine = new TreeMap<>();
        String text;
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            PDFTextStripper st = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> ps) {
                    for (TextPosition p : ps) {
                        sizesByLine.computeIfAbsent((float) Math.round(ps.get(0).getYDirAdj()), k -> new ArrayList<>())
                                .add(p.getFontSize());
                    }
                }
            };
            st.setSortByPosition(true);
            st.getText(d);
            PDFTextStripper plain = new PDFTextStripper();
            plain.setSortByPosition(true);
            text = plain.getText(d);
        }
        assertThat(text.strip().split("\\R")).containsExactly(
                "Điều 1. Phê duyệt kế hoạch phòng cháy rừng",
                "- Như Điều 3;",
                "thực hiện nhiệm vụ cải cách hành chính quý I",
                "Quyết định có hiệu lực từ ngày ký ban hành");
        float first = sizesByLine.values().iterator().next().get(0);
        for (List<Float> sizes : sizesByLine.values()) {
            for (float s : sizes) assertThat(s).isCloseTo(first, within(0.01f)); // one body size for the page
        }
    }

    @Test
    void theBaselineFollowsATiltOnlyWithinAFifthOfAnEm() {
        List<WordBox> tilted = line(500, 0.05, "một", "hai", "ba", "bốn", "năm", "sáu", "bảy");
        PdfaWriter.LineGeometry g = PdfaWriter.LineGeometry.of(tilted);
        assertThat(g.slope()).isCloseTo(0.05, within(0.01));
        double em = g.emPx();
        for (WordBox w : List.of(tilted.get(0), tilted.get(tilted.size() - 1))) {
            double at = g.baselineAt(w.x() + w.width() / 2, em);
            // towards the word's own baseline (the first is higher than the median, the last lower), at most 0.2 em
            assertThat(Math.signum(at - g.baseline())).isEqualTo(w == tilted.get(0) ? -1.0 : 1.0);
            assertThat(Math.abs(at - g.baseline())).isLessThanOrEqualTo(0.2 * em + 1e-9);
        }
        assertThat(g.baselineAt(10_000, em)).isCloseTo(g.baseline() + 0.2 * em, within(1e-9));
        // two columns on one row: no slope from their different heights
        List<WordBox> row = new ArrayList<>(line(500, 0, "Nơi", "nhận:"));
        row.addAll(List.of(ink("TM.", 900, 512, 60), ink("ỦY", 980, 512, 50), ink("BAN", 1050, 512, 70)));
        assertThat(PdfaWriter.LineGeometry.of(row).slope()).isZero();
    }

    @Test
    void wordsSplitFromOneOcrBoxStayApartForPdftotext() throws Exception {
        assumePdftotext();
        // one OCR box "ỦYBANNHÂNDÂN" the repair splits into four words: their boxes touch
        List<WordBox> split = new WordBox("ỦYBANNHÂNDÂN", 100, 250, 600, 50).split(List.of("ỦY", "BAN", "NHÂN", "DÂN"));
        List<WordBox> line = new ArrayList<>(split);
        line.addAll(List.of(new WordBox("tỉnh", 760, 266, 110, 34), new WordBox("Quảng", 890, 250, 160, 60)));
        Path out = dir.resolve("split.pdf");
        new PdfaWriter().write(List.of(new ArchivePage(new PageImage.Raster(new BufferedImage(1400, 400,
                BufferedImage.TYPE_BYTE_GRAY), 300), List.of(new TextLine(line)), 1400, 400)), PdfaWriterTest.META, List.of(), out);
        for (String mode : List.of("-layout", "-raw")) {
            assertThat(pdftotext(out, mode)).as(mode).isEqualTo("ỦY BAN NHÂN DÂN tỉnh Quảng");
        }
    }

    @Test
    void aRowOfTwoColumnsComesOutOfPdftotextInRowOrder() throws Exception {
        assumePdftotext();
        // a header: issuer | motto, two rows, the columns 20 em apart (poppler would read them as two blocks)
        List<TextLine> lines = new ArrayList<>();
        for (String[][] row : new String[][][] {
                {{"ỦY", "BAN", "NHÂN", "DÂN"}, {"CỘNG", "HÒA", "XÃ", "HỘI"}},
                {{"TỈNH", "QUẢNG", "NAM"}, {"Độc", "lập", "-", "Tự", "do"}},
                {{"Số:", "12/QĐ-UBND"}, {"Quảng", "Nam,", "ngày", "5", "tháng", "3"}}}) {
            double baseline = 300 + 70 * lines.size();
            List<WordBox> words = new ArrayList<>(line(baseline, 0, row[0]));
            for (WordBox w : line(baseline, 0, row[1])) {
                words.add(new WordBox(w.text(), w.x() + 1200, w.y(), w.width(), w.height()));
            }
            lines.add(new TextLine(words));
        }
        Path out = dir.resolve("columns.pdf");
        new PdfaWriter().write(List.of(new ArchivePage(new PageImage.Raster(new BufferedImage(2400, 600,
                BufferedImage.TYPE_BYTE_GRAY), 300), lines, 2400, 600)), PdfaWriterTest.META, List.of(), out);
        VeraPdf.assertPdfA2u(out);
        String rows = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI TỈNH QUẢNG NAM Độc lập - Tự do"
                + " Số: 12/QĐ-UBND Quảng Nam, ngày 5 tháng 3";
        for (String mode : List.of("", "-raw", "-layout")) {
            assertThat(pdftotext(out, mode)).as("pdftotext " + mode).isEqualTo(rows);
        }
        // the bridge is no whitespace to poppler, and it maps to U+200B (copy-paste gets no stray letter)
        String raw = pdftotextAsIs(out, "-raw");
        assertThat(raw).contains("DÂN \u200B CỘNG");
    }

    static void assumePdftotext() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "pdftotext (poppler-utils) not installed");
    }

    /** {@code pdftotext [mode]} of a PDF, its whitespace runs and zero-width spaces made one space. */
    static String pdftotext(Path pdf, String mode) throws Exception {
        return pdftotextAsIs(pdf, mode).replace("\u200B", " ").strip().replaceAll("\\s+", " ");
    }

    /** {@code pdftotext -enc UTF-8 [mode] PDF -}, as it comes. */
    static String pdftotextAsIs(Path pdf, String mode) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        if (!mode.isEmpty()) cmd.add(mode);
        cmd.addAll(List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return text;
    }
}
