package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.text.AccentFolder;

import java.text.Normalizer;
import java.util.List;

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
        assertThat(AccentFolder.fold(t.get(0).metric())).startsWith("muc do hai long cua nguoi dan");
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
}
