package org.vanban.structure;

import org.junit.jupiter.api.Test;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.vi.Fold;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderParserTest {
    private final HeaderParser parser = new HeaderParser();

    @Test
    void planHeaderWithTwoColumnsAndSuperior() {
        Header h = parser.parse(Docs.PLAN_PAGE_1);
        assertThat(h.type()).isEqualTo(DocType.KE_HOACH);
        assertThat(h.number()).isEqualTo("39/KH-UBND");
        assertThat(h.place()).isEqualTo("Phước Long");
        assertThat(h.date()).isEqualTo("2021-03-15");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
        assertThat(h.superiorIssuer()).isEqualTo("UBND TỈNH BÌNH PHƯỚC");
        assertThat(h.title()).isEqualTo("Cải cách hành chính trên địa bàn thị xã Phước Long năm 2021");
        assertThat(h.year()).isEqualTo(2021);
    }

    @Test
    void decisionHeaderWithWrappedTitleAndNoSpaceAfterSo() {
        Header h = parser.parse(Docs.DECISION);
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(h.number()).isEqualTo("39/QĐ-UBND");
        assertThat(h.date()).isEqualTo("2021-04-02");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
        assertThat(h.superiorIssuer()).isEmpty();
        assertThat(h.title()).isEqualTo("Về việc ban hành Kế hoạch cải cách hành chính năm 2021 của thị xã Phước Long");
    }

    @Test
    void columnsInterleavedWithSingleSpacesAndOldTonePlacement() {
        String text = """
                UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THỊ XÃ PHƯỚC LONG Độc lập - Tự do - Hạnh phúc
                Số: 39/KH-UBND Phước Long, ngày 15 tháng 3 năm 2021
                KẾ HOẠCH
                Cải cách hành chính năm 2021
                """;
        Header h = parser.parse(text);
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
        assertThat(h.place()).isEqualTo("Phước Long");
        assertThat(h.number()).isEqualTo("39/KH-UBND");
        assertThat(h.title()).isEqualTo("Cải cách hành chính năm 2021");
    }

    @Test
    void textWithoutDiacriticsAndOcrNoise() {
        String text = """
                | UBND TINH BINH PHUOC        CONG HOA XA HOI CHU NGHIA VIET NAM
                UBND THI XA PHUOC LONG ~         Doc lap - Tu do - Hanh phuc
                S6: 39/QD-UBND           Phuoc Long, ngay    thang    nam 2021
                QUYET DINH
                Ve viec ban hanh Ke hoach cai cach hanh chinh nam 2021
                CHU TICH UY BAN NHAN DAN THI XA PHUOC LONG
                Can cu Luat To chuc chinh quyen dia phuong;
                """;
        Header h = parser.parse(text);
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(h.number()).isEqualTo("39/QD-UBND");
        assertThat(h.place()).isEqualTo("Phuoc Long");
        assertThat(h.date()).isEqualTo("2021");
        assertThat(Fold.key(h.issuer())).isEqualTo("uy ban nhan dan thi xa phuoc long");
        assertThat(h.issuer()).startsWith("Ủy ban nhân dân").endsWith("Phuoc Long");
        assertThat(h.superiorIssuer()).isEqualTo("UBND TINH BINH PHUOC");
        assertThat(h.title()).isEqualTo("Ve viec ban hanh Ke hoach cai cach hanh chinh nam 2021");
    }

    @Test
    void resolutionOfTheCouncilWithPartialDate() {
        String text = """
                HĐND TỈNH BÌNH PHƯỚC     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                So: 12/NQ-HDND           Độc lập - Tự do - Hạnh phúc
                                         Bình Phước, ngày    tháng 7 năm 2020
                NGHỊ QUYẾT
                Về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025
                """;
        Header h = parser.parse(text);
        assertThat(h.type()).isEqualTo(DocType.NGHI_QUYET);
        assertThat(h.number()).isEqualTo("12/NQ-HDND");
        assertThat(h.date()).isEqualTo("2020-07");
        assertThat(h.place()).isEqualTo("Bình Phước");
        assertThat(h.issuer()).isEqualTo("Hội đồng nhân dân tỉnh Bình Phước");
        assertThat(h.title()).isEqualTo("Về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025");
    }

    @Test
    void typeFallsBackToTheNumberWhenTheTypeLineIsUnreadable() {
        String text = """
                UBND XÃ TÂN THÀNH
                Số: 7/KH-UBND     Tân Thành, ngày 31 tháng 7 năm 2025
                K~ H0ẠCH
                """;
        Header h = parser.parse(text);
        assertThat(h.type()).isEqualTo(DocType.KE_HOACH);
        assertThat(h.date()).isEqualTo("2025-07-31");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân xã Tân Thành");
    }

    @Test
    void columnsReadOneAfterTheOther() {
        String text = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ỦY BAN NHÂN DÂN
                XÃ TÂN THÀNH
                Số: 15/QĐ-UBND
                Tân Thành, ngày 5 tháng 8 năm 2025
                QUYẾT ĐỊNH
                Về việc thành lập Tổ công tác
                """;
        Header h = parser.parse(text);
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân xã Tân Thành");
        assertThat(h.superiorIssuer()).isEmpty();
        assertThat(h.place()).isEqualTo("Tân Thành");
        assertThat(h.date()).isEqualTo("2025-08-05");
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(h.title()).isEqualTo("Về việc thành lập Tổ công tác");
    }

    @Test
    void officialLetterWithSubjectLineAndSlashDate() {
        String text = """
                UBND THỊ XÃ PHƯỚC LONG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 123/UBND-VP               Độc lập - Tự do - Hạnh phúc
                V/v triển khai công tác       Phước Long, ngày 20/5/2021
                phòng, chống dịch bệnh
                Kính gửi: Các cơ quan, đơn vị
                """;
        Header h = parser.parse(text);
        assertThat(h.type()).isEqualTo(DocType.CONG_VAN);
        assertThat(h.number()).isEqualTo("123/UBND-VP");
        assertThat(h.title()).isEqualTo("Về việc triển khai công tác phòng, chống dịch bệnh");
        assertThat(h.date()).isEqualTo("2021-05-20");
        assertThat(h.place()).isEqualTo("Phước Long");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
    }

    @Test
    void aTitleEndsWhereTheHeaderEndsNotAtALineBreak() {
        String wrapped = String.join("\n", "QUYẾT ĐỊNH", "",
                "Phê duyệt Đề án phát triển nghề muối huyện Bạc Liêu giai đoạn",
                "2021 - 2025", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", "Căn cứ Luật Tổ chức chính quyền địa phương;");
        assertThat(parser.parse(wrapped).title())
                .isEqualTo("Phê duyệt Đề án phát triển nghề muối huyện Bạc Liêu giai đoạn 2021 - 2025");
        String yearOnly = "KẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp huyện năm\n2023\n\nThực hiện Công văn số 12/SGD.";
        assertThat(parser.parse(yearOnly).title()).isEqualTo("Tổ chức Hội khỏe Phù Đổng cấp huyện năm 2023");
        String blankInside = "KẾ HOẠCH\n\nXây dựng xã đạt chuẩn văn hóa, xã kiểu\n\nmẫu năm 2025\n\nCăn cứ Luật Tổ chức chính quyền địa phương;";
        assertThat(parser.parse(blankInside).title()).as("OCR's blank line inside a wrapped title")
                .isEqualTo("Xây dựng xã đạt chuẩn văn hóa, xã kiểu mẫu năm 2025");
        String bodyAfter = "KẾ HOẠCH\n\nXây dựng xã đạt chuẩn văn hóa năm 2025\n\nthực hiện Nghị quyết của Huyện ủy, UBND xã ban hành.";
        assertThat(parser.parse(bodyAfter).title()).as("a lower-case body paragraph after the blank is not the title")
                .isEqualTo("Xây dựng xã đạt chuẩn văn hóa năm 2025");
        String closed = "KẾ HOẠCH\n\nXây dựng xã đạt chuẩn văn hóa;\n\nmẫu năm 2025";
        assertThat(parser.parse(closed).title()).isEqualTo("Xây dựng xã đạt chuẩn văn hóa;");
        String sentence = "KẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp huyện.\n2023\n";
        assertThat(parser.parse(sentence).title()).as("a full stop ends the title").isEqualTo("Tổ chức Hội khỏe Phù Đổng cấp huyện.");
    }

    @Test
    void aPlansTitleNeverSwallowsItsAttachmentLineOrFirstHeading() {
        String plan = String.join("\n", "KẾ HOẠCH", "",
                "Phát triển nghề muối huyện Bạc Liêu giai đoạn 2021-2025",
                "(Kèm theo Quyết định số 88/QĐ-UBND ngày 02/3/2021 của Chủ tịch UBND huyện)",
                "l. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích");
        assertThat(parser.parse(plan).title()).isEqualTo("Phát triển nghề muối huyện Bạc Liêu giai đoạn 2021-2025");
        String noise = "KẾ HOẠCH\nPhát triển nghề muối năm 2024 ¢ ~\n\nThực hiện Nghị quyết.";
        assertThat(parser.parse(noise).title()).as("OCR symbols after the last word").isEqualTo("Phát triển nghề muối năm 2024");
        String spelledOut = "KẾ HOẠCH\nPhát triển nghề muối\n(giai đoạn 2021-2025)\n\nThực hiện Nghị quyết.";
        assertThat(parser.parse(spelledOut).title()).as("a bracket that is no attachment line stays")
                .isEqualTo("Phát triển nghề muối (giai đoạn 2021-2025)");
    }

    @Test
    void emptyAndInvalidDates() {
        assertThat(parser.parse("")).isEqualTo(Header.EMPTY);
        assertThat(HeaderParser.isoDate("31", "2", "2021")).isEqualTo("2021-02");
        assertThat(HeaderParser.isoDate(null, "13", "2021")).isEqualTo("2021");
        assertThat(HeaderParser.isoDate("5", "9", "2021")).isEqualTo("2021-09-05");
    }

    @Test
    void issuerNormalisation() {
        assertThat(IssuerNormalizer.normalize("UBND THỊ XÃ PHƯỚC LONG")).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
        assertThat(IssuerNormalizer.normalize("UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH")).isEqualTo("Ủy ban nhân dân tỉnh Hòa Bình");
        assertThat(IssuerNormalizer.normalize("HĐND HUYỆN CHƠN THÀNH")).isEqualTo("Hội đồng nhân dân huyện Chơn Thành");
        assertThat(IssuerNormalizer.normalize("UBND TP. HỒ CHÍ MINH")).isEqualTo("Ủy ban nhân dân thành phố Hồ Chí Minh");
        assertThat(IssuerNormalizer.normalize("SỞ TÀI CHÍNH")).isEqualTo("Sở Tài chính");
        assertThat(IssuerNormalizer.normalize("BỘ CHỈ HUY QUÂN SỰ TỈNH")).isEqualTo("Bộ chỉ huy quân sự tỉnh");
        assertThat(IssuerNormalizer.normalize("  ")).isEmpty();
    }

    @Test
    void aHeadlessScanKeepsItsTitleAndTakesNoHeadingForTheIssuer() {
        String text = """
                Thu hién Chuong trinh chuyén déi sé tinh Bac Ninh nam 2022

                Thu hién Quyét dinh s6 749/QD-TTg ngay 03/6/2020 cua Thu tuwéng Chinh phu phé
                duyét Chuong trinh Chuyén ddi s6 quéc gia, UBND tinh ban hanh Ké hoach nhw
                sau: @

                1. MUC TIEU

                1. 100% co quan nha nuoc cap tinh su dung he thong quan ly van ban.
                """;
        Header h = parser.parse(text);
        assertThat(h.issuer()).isEmpty();
        assertThat(h.title()).isEqualTo("Thu hién Chuong trinh chuyén déi sé tinh Bac Ninh nam 2022");
        // its first paragraph cites a document: body text, not a title
        Header body = parser.parse(text.substring(text.indexOf("Thu hién Quyét")));
        assertThat(body.title()).isEmpty();
        assertThat(body.issuer()).isEmpty();
    }
}
