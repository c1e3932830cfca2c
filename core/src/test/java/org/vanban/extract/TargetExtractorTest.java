package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;

import java.text.Normalizer;
import java.util.List;
import org.vanban.vi.Fold;

import static org.assertj.core.api.Assertions.assertThat;

class TargetExtractorTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private static final String TARGETS = """
            II. MỤC TIÊU
            1. Mục tiêu chung
            Xây dựng nền hành chính phục vụ, hiện đại.
            2. Chỉ tiêu cụ thể đến năm 2025
            - Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt tối thiểu 90%.
            - 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn;
            - Phấn đấu 80% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4.
            - Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan đạt trên 85%.
            - Hằng năm, tổ chức ít nhất 02 lớp tập huấn nghiệp vụ cho công chức.
            - Tỷ lệ hồ sơ trễ hạn không quá 2%.
            Đến năm 2025, hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính.
            """;

    private static List<Section> oneSection(String text, SectionKind kind) {
        return List.of(new Section(kind, "II", "II. MỤC TIÊU", text, 1, 1, 0, text.length()));
    }

    @Test
    void quantifiedAndDatedTargets() {
        List<TargetClause> t = extractor.extract(TARGETS, oneSection(TARGETS, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("90", "100", "80", "85", "02", "2", "");
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≥", "=", "=", ">", "≥", "≤", "");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "%", "%", "%", "lớp", "%", "");
        assertThat(t.get(0).metric()).isEqualTo(
                "Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính");
        assertThat(t.get(1).metric()).isEqualTo("hồ sơ thủ tục hành chính được giải quyết đúng hạn");
        assertThat(t.get(2).metric()).isEqualTo(
                "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4");
        assertThat(t.get(3).metric()).isEqualTo("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan");
        assertThat(t.get(0).deadline()).isEqualTo("2025");
        assertThat(t.get(4).deadline()).isEqualTo("hằng năm");
        assertThat(t.get(6).deadline()).isEqualTo("2025");
        assertThat(t.get(6).metric()).startsWith("hoàn thành việc số hóa");
        for (TargetClause c : t) {
            assertThat(c.sectionKind()).isEqualTo(SectionKind.TARGETS);
            assertThat(c.page()).isEqualTo(1);
            assertThat(TARGETS.substring(c.start(), c.end())).isNotBlank();
            assertThat(c.sentence()).contains(TargetExtractor.clean(TARGETS.substring(c.start(), c.end())));
        }
    }

    @Test
    void strippedDiacriticsGiveTheSameClauses() {
        String stripped = Normalizer.normalize(TARGETS, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        List<TargetClause> t = extractor.extract(stripped, oneSection(stripped, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("90", "100", "80", "85", "02", "2", "");
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≥", "=", "=", ">", "≥", "≤", "");
        assertThat(Fold.lower(t.get(0).metric())).startsWith("muc do hai long cua nguoi dan");
    }

    @Test
    void datesNumbersAndResultsAreNotTargets() {
        String text = """
                Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh.
                Điều 2. Năm 2020, tỷ lệ hồ sơ đúng hạn đã đạt 95%.
                Cung cấp dịch vụ công trực tuyến mức độ 3 và 4 tại 15 xã.
                """;
        assertThat(extractor.extract(text, List.of(), null)).isEmpty();
    }

    @Test
    void contextSectionsAreSkippedAndPagesCounted() {
        String text = "I. KẾT QUẢ\nTỷ lệ đạt 70%.\n\f\nII. MỤC TIÊU\nTỷ lệ hộ nghèo giảm dưới 3% trong giai đoạn 2021-2025.";
        int second = text.indexOf("II. MỤC TIÊU");
        List<Section> secs = List.of(
                new Section(SectionKind.CONTEXT, "I", "I. KẾT QUẢ", "", 1, 1, 0, second - 3),
                new Section(SectionKind.TARGETS, "II", "II. MỤC TIÊU", "", 2, 1, second, text.length()));
        List<TargetClause> t = extractor.extract(text, secs, null);
        assertThat(t).hasSize(1);
        assertThat(t.get(0).comparator()).isEqualTo("<");
        assertThat(t.get(0).value()).isEqualTo("3");
        assertThat(t.get(0).deadline()).isEqualTo("2021-2025");
        assertThat(t.get(0).page()).isEqualTo(2);
        assertThat(t.get(0).metric()).isEqualTo("Tỷ lệ hộ nghèo giảm");
    }

    @Test
    void comparatorsMisreadByOcrWithoutTheVietnameseModel() {
        String text = "- Ty lé hồ so trực tuyến dat tdi thiéu 50%;\n- Ty lé hộ nghèo giảm tir 1,5% tré lén.\n";
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≥", "≥");
        assertThat(t).extracting(TargetClause::value).containsExactly("50", "1,5");
    }

    private static final String APPENDIX_TABLE = "Nội dung trang 1.\f"
            + "PHỤ LỤC\n"
            + "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH\n"
            + "STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2021 | Kế hoạch năm 2022 | Cơ quan chủ trì\n"
            + "1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 96 | ≥ 98 | Văn phòng UBND\n"
            + "2 | Số cuộc kiểm tra công vụ | cuộc | 3 | tối thiểu 4 | Sở Nội vụ\n"
            + "3 | Mức độ hài lòng của người dân | % | 85 | trên 90% | Sở Nội vụ\n"
            + "4 | Xây dựng cơ sở dữ liệu cán bộ | | | x | Sở Nội vụ\n";

    private static List<Section> appendix(String text) {
        int at = text.indexOf("PHỤ LỤC");
        return List.of(new Section(SectionKind.OTHER, "", "", text.substring(0, at), 1, 1, 0, at),
                new Section(SectionKind.APPENDIX, "", "PHỤ LỤC", text.substring(at), 2, 1, at, text.length()));
    }

    @Test
    void indicatorTableRowsGiveClauses() {
        List<TargetClause> t = extractor.extract(APPENDIX_TABLE, appendix(APPENDIX_TABLE), null);
        // the column of results already reached (Thực hiện năm 2021) and a cell without a number give nothing
        assertThat(t).extracting(TargetClause::value).containsExactly("98", "4", "90");
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≥", "≥", ">");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "cuộc", "%");
        assertThat(t).extracting(TargetClause::metric).containsExactly("Tỷ lệ hồ sơ giải quyết đúng hạn",
                "Số cuộc kiểm tra công vụ", "Mức độ hài lòng của người dân");
        for (TargetClause c : t) {
            assertThat(c.deadline()).isEqualTo("2022");
            assertThat(c.sectionKind()).isEqualTo(SectionKind.APPENDIX);
            assertThat(c.page()).isEqualTo(2);
            assertThat(APPENDIX_TABLE.substring(c.start(), c.end())).contains(c.value()).contains(c.metric());
        }
    }

    @Test
    void indicatorTableWithGapsAndStrippedDiacritics() {
        String text = "PHU LUC\n"
                + "STT   Chi tieu                         Don vi tinh   Nam 2025   Nam 2030\n"
                + "1     Ty le ho gia dinh van hoa        %             90         95\n"
                + "2     Tong so lop boi duong             lop           12         20\n";
        List<TargetClause> t = extractor.extract(text, List.of(new Section(SectionKind.APPENDIX, "", "PHU LUC", text,
                1, 1, 0, text.length())), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("90", "95", "12", "20");
        assertThat(t).extracting(TargetClause::deadline).containsExactly("2025", "2030", "2025", "2030");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "%", "lop", "lop");
        assertThat(t).extracting(TargetClause::comparator).containsOnly("=");
    }

    @Test
    void aTaskTableIsNoIndicatorTable() {
        String text = "PHỤ LỤC\n"
                + "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
                + "1 | Rà soát thủ tục hành chính | Văn phòng | Các phòng | Năm 2023\n"
                + "2 | Tỷ lệ hồ sơ trực tuyến đạt 80% | Phòng Nội vụ | UBND các xã | Quý IV/2023\n";
        List<TargetClause> t = extractor.extract(text, List.of(new Section(SectionKind.APPENDIX, "", "PHỤ LỤC", text,
                1, 1, 0, text.length())), null);
        // only the quantified task cell, read as a sentence; the years of the time column are no targets
        assertThat(t).extracting(TargetClause::value).containsExactly("80");
        assertThat(t.get(0).unit()).isEqualTo("%");
    }

    @Test
    void aTableOfPastResultsIsSkipped() {
        String text = "I. KẾT QUẢ THỰC HIỆN\n"
                + "STT | Chỉ tiêu | Đơn vị tính | Năm 2021\n"
                + "1 | Tỷ lệ hồ sơ đúng hạn | % | 97\n";
        List<TargetClause> t = extractor.extract(text, List.of(new Section(SectionKind.CONTEXT, "I", "I. KẾT QUẢ",
                text, 1, 1, 0, text.length())), null);
        assertThat(t).isEmpty();
    }

    @Test
    void comparatorsWithAShortenedVowelRunAndNoFalseOnes() {
        // English-model OCR reads "tối thiểu" as "ti thiéu"; "y tế đạt" must not read as "tối đa"
        List<TargetClause> t = extractor.extract("Thu nhập bình quân đạt ti thiểu 65 triệu đồng/người/năm.\n"
                + "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.\n", List.of(), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("65", "94");
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≥", "=");
        assertThat(t.get(0).unit()).isEqualTo("triệu đồng");
    }

    @Test
    void ocrSymbolsGluedToAWordLeaveTheMetric() {
        String text = "- 100% hệ thống thông tin& của huyện được kết nối, chia sẻ dữ liệu§.\n";
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).hasSize(1);
        assertThat(t.get(0).metric()).doesNotContain("&").doesNotContain("§").contains("hệ thống thông tin của huyện");
        assertThat(TargetExtractor.clean("Q&A, a & b")).isEqualTo("Q&A, a & b");
    }

    @Test
    void aQualifierBeforeTheClausesOwnValueIsNoTarget() {
        String text = """
                - Tỷ lệ trẻ em dưới 6 tuổi được tiêm chủng đầy đủ đạt trên 95%;
                - Giá trị thu hoạch trên 1 ha chè đạt trên 250 triệu đồng.
                - Tổ chức ít nhất 02 hội nghị đối thoại trong năm.
                """;
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("95", "250", "02");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "triệu đồng", "hội nghị");
    }

    @Test
    void twoValuesJoinedByVaEachGetTheirOwnMetric() {
        String text = "- Đến năm 2025, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n";
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("80", "60");
        assertThat(t.get(0).metric()).isEqualTo("hồ sơ công việc tại cấp huyện");
        assertThat(t.get(1).metric()).startsWith("hồ sơ công việc tại cấp xã");
    }

    @Test
    void aSentenceGoesOnAcrossTheBlankLineOcrPutsInsideIt() {
        // wrapped lines with a blank line between them, and a number glued to its unit
        String text = """
                3. UBND các xã tổ chức diễn tập phòng, chống thiên tai ít nhất 01

                lần trong năm.
                4. Tỷ lệ chất thải rắn được thu gom, xử lý đạt trên

                95%.
                5. Trồng mới ít nhất 5.000cây xanh.

                Các phòng, ban triển khai.
                """;
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("01", "95", "5.000");
        assertThat(t.get(0).unit()).isEqualTo("lần");
        assertThat(t.get(1).metric()).isEqualTo("Tỷ lệ chất thải rắn được thu gom, xử lý");
        assertThat(t.get(2).unit()).isEqualTo("cây");
    }

    @Test
    void unitsGluedToTheirNumberByOcr() {
        String text = """
                - 100%số thôn, tổ dân phố có đội xung kích phòng chống thiên tai;
                - Phấn đấu trồng ít nhất 12.000cay phân tán trên địa bàn;
                - Xây dựng tối thiểu 03mô hình kinh tế tuần hoàn.
                """;
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("100", "12.000", "03");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "cay", "mô hình");
        assertThat(t.get(0).metric()).startsWith("số thôn, tổ dân phố");
    }

    @Test
    void anAgeOrAnAreaThatQualifiesTheMetricIsNoTarget() {
        String text = """
                - Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống còn 18%;
                - 100% người từ 60 tuổi trở lên được khám sức khỏe định kỳ;
                - Năng suất lúa bình quân trên 1ha đạt tối thiểu 6 tấn.
                - Tuổi thọ trung bình của người dân đạt 75 tuổi.
                """;
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("18", "100", "6", "75");
        assertThat(t).extracting(TargetClause::unit).containsExactly("%", "%", "tấn", "tuổi");
        String noValue = "- Bảo đảm trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí.\n";
        assertThat(extractor.extract(noValue, oneSection(noValue, SectionKind.TARGETS), null)).isEmpty();
    }

    @Test
    void twoValuesInOneSentenceGiveTwoRows() {
        String text = "- Đến năm 2026, tỷ lệ hộ nghèo giảm còn dưới 2%, tỷ lệ hộ cận nghèo giảm còn dưới 4%.\n"
                + "- Tỷ lệ lao động qua đào tạo đạt 70%; trong đó có bằng cấp, chứng chỉ đạt 35%.\n";
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("2", "4", "70", "35");
        assertThat(t.get(0).metric()).isEqualTo("tỷ lệ hộ nghèo giảm còn");
        assertThat(t.get(1).metric()).startsWith("tỷ lệ hộ cận nghèo");
        assertThat(t.get(3).metric()).contains("bằng cấp, chứng chỉ");
    }

    @Test
    void upperBoundTimeLimitsAreTargetsWithTheirDirection() {
        String text = """
                II. MỤC TIÊU
                - Thời gian giải quyết hồ sơ tối đa 05 ngày làm việc.
                - Thời gian xử lý mỗi hồ sơ không vượt quá 3 giờ.
                - Không để người dân chờ đợi quá 30 phit.
                - Tổ chức qua 3 năm thực hiện.
                - Trẻ em dưới 6 tuổi được tiêm chủng đạt 95%.
                """;
        List<TargetClause> t = extractor.extract(text, oneSection(text, SectionKind.TARGETS), null);
        assertThat(t).extracting(TargetClause::value).containsExactly("05", "3", "30", "95");
        assertThat(t).extracting(TargetClause::comparator).containsExactly("≤", "≤", "≤", "=");
        assertThat(t).extracting(TargetClause::unit).containsExactly("ngày làm việc", "giờ", "phit", "%");
        assertThat(t.get(2).metric()).isEqualTo("Không để người dân chờ đợi");
    }
}
