package org.vanban.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.vanban.index.DocumentIndex;
import org.vanban.model.Correction;
import org.vanban.model.DocType;
import org.vanban.model.Extraction;
import org.vanban.model.Header;
import org.vanban.model.LegalReference;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
import org.vanban.model.VanbanDocument;

/** A small index for the web tests: three plans and a decision, one with a real PNG scan, one with a PDF. */
final class WebTestDocs {
    private WebTestDocs() {}

    static final String HAI_PHONG_PLAN = "a000000000000001";
    static final String PHUOC_LONG_PLAN = "a000000000000002";
    static final String DECISION = "a000000000000003";
    static final String HA_NOI_PLAN = "a000000000000004";

    static final Locality AN_THANG = new Locality("Xã An Thắng", "commune", "11500", "Thành phố Hải Phòng", "31",
            "Huyện An Lão", List.of("Xã An Khánh", "Thành phố Hải Phòng"), List.of("11501", "31"));
    static final Locality PHUOC_LONG = new Locality("Thị xã Phước Long", "district", "689", "Tỉnh Bình Phước", "70",
            "", List.of("Phường Phước Long", "Tỉnh Đồng Nai"), List.of("25231", "75"));
    static final Locality BA_DINH = new Locality("Quận Ba Đình", "district", "001", "Thành phố Hà Nội", "01",
            "", List.of("Phường Ba Đình", "Thành phố Hà Nội"), List.of("00004", "01"));

    static final String PAGE1 = """
            ỦY BAN NHÂN DÂN XÃ AN THẮNG
            KẾ HOẠCH
            Cải cách hành chính năm 2025
            Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
            I. MỤC TIÊU
            Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%.
            Mức độ hài lòng của người dân đạt tối thiểu 90%.""";
    static final String PAGE2 = """
            II. NHIỆM VỤ
            Duy trì bộ phận một cửa liên thông; số hóa hồ sơ.
            III. TỔ CHỨC THỰC HIỆN
            Văn phòng HĐND và UBND xã chủ trì.""";

    /** Writes the sources into {@code dir} and indexes the documents into {@code dir/index}. */
    static Path buildIndex(Path dir) throws IOException {
        Path png = dir.resolve("an-thang-scan.png");
        writeScan(png, PAGE1);
        Path pdf = dir.resolve("phuoc-long.pdf");
        writePdf(pdf);
        Path index = dir.resolve("index");
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            idx.upsert(haiPhongPlan(png.toString()));
            idx.upsert(simple(PHUOC_LONG_PLAN, DocType.KE_HOACH, "39/KH-UBND", "2021-03-15",
                    "Kế hoạch cải cách hành chính năm 2021", PHUOC_LONG, pdf.toString(), "application/pdf",
                    "Phấn đấu 100% hồ sơ được giải quyết đúng hạn; dịch vụ công trực tuyến mức độ 4 đạt 50%.",
                    new TargetClause("Dịch vụ công trực tuyến mức độ 4 đạt 50%", "dịch vụ công trực tuyến mức độ 4",
                            "≥", "50", "%", "2021", SectionKind.TARGETS, 1, 0, 10)));
            idx.upsert(simple(DECISION, DocType.QUYET_DINH, "120/QĐ-UBND", "2019-11-02",
                    "Quyết định ban hành quy chế làm việc", PHUOC_LONG, "/nonexistent/decision.pdf", "application/pdf",
                    "Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân thị xã.", null));
            idx.upsert(simple(HA_NOI_PLAN, DocType.KE_HOACH, "05/KH-UBND", "2023-06-01",
                    "Kế hoạch chuyển đổi số năm 2023", BA_DINH, "/nonexistent/ba-dinh.tif", "image/tiff",
                    "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 70%; dịch vụ công trực tuyến toàn trình.",
                    new TargetClause("Tỷ lệ hồ sơ giải quyết trực tuyến đạt 70%", "tỷ lệ hồ sơ giải quyết trực tuyến",
                            "≥", "70", "%", "2023", SectionKind.TARGETS, 1, 0, 10)));
        }
        return index;
    }

    static VanbanDocument haiPhongPlan(String source) {
        int fix = PAGE1.indexOf("toàn trình");
        List<Page> pages = List.of(
                new Page(1, PAGE1.replace("toàn trình", "toàn trinh"), PAGE1, 88.0, PageSource.OCR,
                        List.of(new Correction(fix, fix + "toàn trình".length(), "toàn trinh", "toàn trình", 0.62))),
                new Page(2, PAGE2, PAGE2, 90.0, PageSource.OCR));
        String text1 = PAGE1;
        List<Section> sections = List.of(
                new Section(SectionKind.PREAMBLE, "", "", text1.substring(0, text1.indexOf("I. MỤC TIÊU")), 1, 1, 0, 10),
                new Section(SectionKind.TARGETS, "I", "I. MỤC TIÊU",
                        "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%.\nMức độ hài lòng của người dân đạt tối thiểu 90%.", 1, 1, 10, 20),
                new Section(SectionKind.TASKS, "II", "II. NHIỆM VỤ", "Duy trì bộ phận một cửa liên thông; số hóa hồ sơ.", 2, 1, 20, 30),
                new Section(SectionKind.IMPLEMENTATION, "III", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND xã chủ trì.", 2, 1, 30, 40));
        Extraction ex = new Extraction(
                List.of(new TargetClause("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%", "tỷ lệ dịch vụ công trực tuyến toàn trình",
                                "≥", "80", "%", "2025", SectionKind.TARGETS, 1, 0, 10),
                        new TargetClause("Mức độ hài lòng của người dân đạt tối thiểu 90%", "mức độ hài lòng của người dân",
                                "≥", "90", "%", "2025", SectionKind.TARGETS, 1, 0, 10)),
                List.of(new TaskAssignment("Duy trì bộ phận một cửa liên thông", "Văn phòng HĐND và UBND xã",
                        List.of("Công an xã"), "Năm 2025", 2)),
                List.of(new LegalReference(DocType.NGHI_QUYET, "76/NQ-CP", "2021-07-15", "Chính phủ", "76/NQ-CP",
                        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ")));
        Header h = new Header(DocType.KE_HOACH, "12/KH-UBND", "An Thắng", "2025-02-10", "Ủy ban nhân dân xã An Thắng",
                "Ủy ban nhân dân huyện An Lão", "Kế hoạch cải cách hành chính năm 2025");
        return new VanbanDocument(HAI_PHONG_PLAN, source, "1".repeat(64), "image/png", h, AN_THANG, sections, pages, "", ex);
    }

    private static VanbanDocument simple(String id, DocType type, String number, String date, String title, Locality loc,
                                         String source, String mediaType, String targets, TargetClause target) {
        String page = type.label().toUpperCase() + "\n" + title + "\nI. MỤC TIÊU\n" + targets;
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(type == DocType.QUYET_DINH ? SectionKind.ARTICLES : SectionKind.TARGETS, "I",
                type == DocType.QUYET_DINH ? "Điều 1." : "I. MỤC TIÊU", targets, 1, 1, 0, 10));
        String unit = loc.name().substring(0, 1).toLowerCase() + loc.name().substring(1);
        Header h = new Header(type, number, "", date, "Ủy ban nhân dân " + unit, "", title);
        Extraction ex = new Extraction(target == null ? List.of() : List.of(target), List.of(), List.of());
        return new VanbanDocument(id, source, id.repeat(4), mediaType, h, loc, sections,
                List.of(new Page(1, page, page, 90.0, PageSource.OCR)), "", ex);
    }

    /** A grey "scan" of the text, as a PNG. */
    static void writeScan(Path file, String text) throws IOException {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Liberation Serif", Font.PLAIN, 30));
        int y = 140;
        for (String line : text.split("\n")) {
            g.drawString(line, 120, y);
            y += 48;
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    /** A one-page PDF with a little ASCII text. */
    static void writePdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 16);
                cs.newLineAtOffset(72, 700);
                cs.showText("KE HOACH cai cach hanh chinh nam 2021");
                cs.endText();
            }
            pdf.save(file.toFile());
        }
    }
}
