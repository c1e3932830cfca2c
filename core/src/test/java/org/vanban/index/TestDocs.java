package org.vanban.index;

import java.util.ArrayList;
import java.util.List;
import org.vanban.model.Correction;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

/** Small Vietnamese documents built in code for the index tests. */
final class TestDocs {
    private TestDocs() {}

    static final Locality PHUOC_LONG = new Locality("Thị xã Phước Long", "district", "689", "Tỉnh Bình Phước", "70",
            "", List.of("Phường Phước Long", "Tỉnh Đồng Nai"), List.of("25231", "75"));
    static final Locality BU_DANG = new Locality("Huyện Bù Đăng", "district", "698", "Tỉnh Bình Phước", "70",
            "", List.of("Xã Bù Đăng", "Tỉnh Đồng Nai"), List.of("25500", "75"));
    static final Locality HA_NOI = new Locality("Quận Ba Đình", "district", "001", "Thành phố Hà Nội", "01",
            "", List.of("Phường Ba Đình", "Thành phố Hà Nội"), List.of("00004", "01"));

    /** Builds a document whose pages hold the sections' headings and bodies, one page per section group. */
    static VanbanDocument doc(String id, DocType type, String number, String date, String title, Locality loc,
                              List<Section> sections) {
        List<Page> pages = new ArrayList<>();
        int pageCount = sections.stream().mapToInt(Section::page).max().orElse(1);
        for (int p = 1; p <= pageCount; p++) {
            StringBuilder sb = new StringBuilder();
            if (p == 1) sb.append(type.label().toUpperCase()).append('\n').append(title).append('\n');
            for (Section s : sections) {
                if (s.page() == p) sb.append(s.heading()).append('\n').append(s.text()).append('\n');
            }
            String text = sb.toString();
            pages.add(new Page(p, text.replace("ả", "a"), text, 91.5, PageSource.OCR,
                    p == 1 ? List.of(new Correction(0, 3, "KE", "KẾ", 0.8)) : List.of()));
        }
        String sha = (id + "0".repeat(64)).substring(0, 64);
        Header header = new Header(type, number, loc.name().replaceFirst("^(Thị xã|Huyện|Quận) ", ""), date,
                "Ủy ban nhân dân " + loc.name().toLowerCase(), "", title);
        return new VanbanDocument(id, "/scans/" + id + ".pdf", sha, "application/pdf", header, loc, sections, pages);
    }

    static Section section(SectionKind kind, String number, String heading, String text, int page) {
        return new Section(kind, number, heading, text, page, 1, 0, 0);
    }

    /** Kế hoạch cải cách hành chính, Phước Long, 2021, four sections over two pages. */
    static VanbanDocument reformPlan() {
        return doc("a1b2c3d4e5f60001", DocType.KE_HOACH, "39/KH-UBND", "2021-03-15",
                "Kế hoạch cải cách hành chính năm 2021", PHUOC_LONG, List.of(
                        section(SectionKind.PURPOSE, "I", "I. MỤC ĐÍCH, YÊU CẦU",
                                "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân.", 1),
                        section(SectionKind.TARGETS, "II", "II. MỤC TIÊU",
                                "100% hồ sơ được giải quyết đúng hạn; đường truyền số liệu ổn định.", 1),
                        section(SectionKind.TASKS, "III", "III. NHIỆM VỤ, GIẢI PHÁP",
                                "Rà soát thủ tục hành chính; số hóa hồ sơ lưu trữ tại Đồng Xoài.", 2),
                        section(SectionKind.BUDGET, "IV", "IV. KINH PHÍ",
                                "Kinh phí thực hiện từ ngân sách thị xã, dự toán khoảng 500 triệu đồng.", 2)));
    }

    /** Quyết định, Bù Đăng, 2019: "cai cach" written without diacritics (OCR lost them). */
    static VanbanDocument decision() {
        return doc("b7c8d9e0f1a20002", DocType.QUYET_DINH, "120/QĐ-UBND", "2019-11-02",
                "Quyết định ban hành quy chế làm việc", BU_DANG, List.of(
                        section(SectionKind.ARTICLES, "Điều 1", "Điều 1.",
                                "Ban hành kèm theo Quyết định này Quy chế làm việc; thực hiện cai cach lề lối làm việc.", 1),
                        section(SectionKind.IMPLEMENTATION, "Điều 2", "Điều 2.",
                                "Chánh Văn phòng chịu trách nhiệm tổ chức thực hiện tại Dong Xoai.", 1)));
    }

    /** Chỉ thị, Hà Nội, 2023: has "cải cách" and "hành chính" but not as one phrase. */
    static VanbanDocument directive() {
        return doc("c3d4e5f6a7b80003", DocType.CHI_THI, "05/CT-UBND", "2023-06-01",
                "Chỉ thị về tăng cường kỷ cương", HA_NOI, List.of(
                        section(SectionKind.TASKS, "1", "1. Nhiệm vụ",
                                "Tiếp tục cải cách lề lối; kiểm tra kỷ luật hành chính trong cơ quan.", 1)));
    }
}
