package org.vanban.structure;

import org.junit.jupiter.api.Test;
import org.vanban.model.Page;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vanban.model.SectionKind.*;

class StructureParserTest {
    private final StructureParser parser = new StructureParser();

    private static String joined(List<Page> pages) {
        return new VanbanDocument("x", "", "", "", null, null, List.of(), pages).text();
    }

    private static void assertOffsetsConsistent(String text, List<Section> sections) {
        for (Section s : sections) {
            assertThat(s.start()).isLessThanOrEqualTo(s.end());
            assertThat(text.substring(s.start(), s.end())).endsWith(s.text().isEmpty() ? "" : s.text());
            if (!s.heading().isEmpty()) {
                String firstLine = s.heading().split(" ")[0];
                assertThat(text.substring(s.start())).startsWith(firstLine);
            }
        }
        List<Section> top = sections.stream().filter(s -> s.level() == 1).toList();
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).start()).isGreaterThanOrEqualTo(top.get(i - 1).end());
        }
    }

    @Test
    void planSectionsAreTaggedWithOcrBrokenRomanNumerals() {
        List<Page> pages = Docs.pages(Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2);
        DocumentStructure d = parser.parse(pages);
        List<Section> top = d.topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(
                PREAMBLE, PURPOSE, TARGETS, TASKS, BUDGET, IMPLEMENTATION, RECIPIENTS, SIGNATURE);
        assertThat(top).extracting(Section::number).containsExactly("", "I", "II", "III", "IV", "V", "", "");
        assertThat(top).extracting(Section::page).containsExactly(1, 1, 1, 2, 2, 2, 2, 2);
        assertThat(top.get(3).heading()).isEqualTo("II1. NHIỆM VỤ, GIẢI PHÁP");
        assertThat(top.get(0).text()).startsWith("UBND TỈNH BÌNH PHƯỚC").contains("như sau:");
        assertThat(top.get(1).text()).startsWith("1. Mục đích").endsWith("phân công rõ ràng.");
        assertThat(top.get(7).text()).contains("PHÓ CHỦ TỊCH").endsWith("Nguyễn Văn A");
        assertThat(d.header().number()).isEqualTo("39/KH-UBND");
        assertOffsetsConsistent(joined(pages), d.sections());
    }

    @Test
    void planSubsectionsAreLevelTwoInsideTheirParent() {
        DocumentStructure d = parser.parse(Docs.pages(Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2));
        List<Section> sections = d.sections();
        List<Section> level2 = sections.stream().filter(s -> s.level() == 2).toList();
        assertThat(level2).extracting(Section::heading).containsExactly(
                "1. Mục đích", "2. Yêu cầu", "1. Mục tiêu chung", "2. Chỉ tiêu cụ thể",
                "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "1. Phòng Nội vụ");
        assertThat(level2).extracting(Section::kind).containsExactly(
                PURPOSE, PURPOSE, TARGETS, TARGETS, TASKS, TASKS, IMPLEMENTATION);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.level() != 2) continue;
            Section parent = sections.subList(0, i).stream().filter(p -> p.level() == 1)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(s.start()).isGreaterThan(parent.start());
            assertThat(s.end()).isLessThanOrEqualTo(parent.end());
        }
        assertThat(level2.get(0).text()).isEqualTo("Nâng cao chất lượng phục vụ người dân và doanh nghiệp.");
    }

    @Test
    void decisionArticlesAndImplementation() {
        List<Page> pages = Docs.pages(Docs.DECISION);
        DocumentStructure d = parser.parse(pages);
        List<Section> s = d.sections();
        assertThat(s).extracting(Section::kind).containsExactly(
                PREAMBLE, ARTICLES, IMPLEMENTATION, IMPLEMENTATION, RECIPIENTS);
        assertThat(s).extracting(Section::number).containsExactly("", "Điều 1", "Điều 2", "Điều 3", "");
        assertThat(s.get(0).text()).contains("Căn cứ Luật Tổ chức").endsWith("QUYẾT ĐỊNH:");
        assertThat(s.get(1).heading()).startsWith("Điều 1. Ban hành");
        assertThat(s.get(1).text()).isEqualTo("của thị xã Phước Long.");
        assertThat(s.get(4).heading()).startsWith("Nơi nhận:");
        assertOffsetsConsistent(joined(pages), s);
    }

    @Test
    void decisionWithItsPlanAttached() {
        List<Page> pages = Docs.pages(Docs.DECISION, Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2);
        DocumentStructure d = parser.parse(pages);
        assertThat(d.header().type()).isEqualTo(org.vanban.model.DocType.QUYET_DINH);
        List<Section> top = d.topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(
                PREAMBLE, ARTICLES, IMPLEMENTATION, IMPLEMENTATION, RECIPIENTS,
                PREAMBLE, PURPOSE, TARGETS, TASKS, BUDGET, IMPLEMENTATION, RECIPIENTS, SIGNATURE);
        Section attached = top.get(5);
        assertThat(attached.page()).isEqualTo(2);
        assertThat(attached.heading()).isEmpty();
        assertThat(attached.text()).startsWith("UBND TỈNH BÌNH PHƯỚC").contains("KẾ HOẠCH");
        assertThat(top.get(4).text()).doesNotContain("KẾ HOẠCH");
        assertOffsetsConsistent(joined(pages), d.sections());
    }

    @Test
    void directiveBodyIsContextTasksAndImplementation() {
        DocumentStructure d = parser.parse(Docs.pages(Docs.DIRECTIVE));
        List<Section> top = d.topLevel();
        // the situation it answers, its points together, the point about carrying it out
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, CONTEXT, TASKS, IMPLEMENTATION, SIGNATURE);
        assertThat(top).extracting(Section::number).containsExactly("", "", "", "3", "");
        assertThat(top.get(0).text()).endsWith("phòng, chống dịch COVID-19");
        assertThat(top.get(1).text()).startsWith("Trong thời gian qua").endsWith("yêu cầu:");
        assertThat(top.get(2).text()).startsWith("1. Các sở").contains("b) Chuẩn bị vật tư.");
        List<Section> points = d.sections().stream().filter(s -> s.level() == 2).toList();
        assertThat(points).extracting(Section::number).containsExactly("1", "2");
        assertThat(points.get(1).text()).contains("a) Tăng cường giám sát;").contains("b) Chuẩn bị vật tư.");
        assertThat(points.get(1).start()).isGreaterThanOrEqualTo(top.get(2).start());
        assertThat(points.get(1).end()).isLessThanOrEqualTo(top.get(2).end());
        assertThat(d.header().issuer()).isEqualTo("Ủy ban nhân dân tỉnh Bình Phước");
        assertThat(d.header().place()).isEqualTo("Đồng Xoài");
        for (int i = 1; i < top.size(); i++) assertThat(top.get(i).start()).isGreaterThanOrEqualTo(top.get(i - 1).end());
    }

    @Test
    void aDirectivesClosingParagraphIsItsImplementation() {
        // points 1-3 are all tasks; the paragraph after them asks for the directive to be carried out
        String directive = Docs.DIRECTIVE.replace("""
                3. Tổ chức thực hiện: Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm
                thực hiện Chỉ thị này.
                """, """
                3. Sở Công Thương kiểm tra việc dự trữ hàng hóa thiết yếu;
                thực hiện nghiêm túc việc báo cáo hằng tuần.

                Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan nghiêm túc tổ chức thực hiện
                các nội dung Chỉ thị; giao Văn phòng tổng hợp, báo cáo.
                """);
        assertThat(directive).isNotEqualTo(Docs.DIRECTIVE);
        List<Section> top = parser.parse(Docs.pages(directive)).topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, CONTEXT, TASKS, IMPLEMENTATION, SIGNATURE);
        assertThat(top.get(2).text()).endsWith("báo cáo hằng tuần.");
        assertThat(top.get(3).text()).startsWith("Chủ tịch UBND tỉnh yêu cầu");
    }

    @Test
    void aDirectivesFollowUpPointIsImplementation() {
        String directive = Docs.DIRECTIVE.replace("""
                3. Tổ chức thực hiện: Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm
                thực hiện Chỉ thị này.
                """, """
                3. Sở Công Thương kiểm tra việc dự trữ hàng hóa thiết yếu.
                4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.
                """);
        assertThat(directive).isNotEqualTo(Docs.DIRECTIVE);
        List<Section> s = parser.parse(Docs.pages(directive)).sections();
        // "kiểm tra" alone is a task; following up "Chỉ thị này" closes the directive
        assertThat(parser.parse(Docs.pages(directive)).topLevel()).extracting(Section::kind)
                .containsExactly(PREAMBLE, CONTEXT, TASKS, IMPLEMENTATION, SIGNATURE);
        assertThat(s.stream().filter(x -> x.level() == 2)).extracting(Section::number).containsExactly("1", "2", "3");
    }

    @Test
    void appendixAndTextWithoutHeadings() {
        String doc = "Báo cáo ngắn\nKhông có mục nào.\n";
        DocumentStructure plain = parser.parse(Docs.pages(doc));
        assertThat(plain.sections()).hasSize(1);
        assertThat(plain.sections().get(0).kind()).isEqualTo(PREAMBLE);
        assertThat(plain.sections().get(0).text()).isEqualTo("Báo cáo ngắn\nKhông có mục nào.");

        String withAppendix = "I. MỤC TIÊU\nNội dung.\nPHỤ LỤC I\nI. DANH MỤC NHIỆM VỤ\nBảng.\n";
        List<Section> s = parser.parse(Docs.pages(withAppendix)).topLevel();
        assertThat(s).extracting(Section::kind).containsExactly(TARGETS, APPENDIX);
        assertThat(s.get(1).number()).isEqualTo("I");
        assertThat(s.get(1).text()).contains("DANH MỤC NHIỆM VỤ");
    }

    @Test
    void damagedOcrOfAPlan() {
        DocumentStructure d = parser.parse(Docs.pages(Docs.DAMAGED_PLAN));
        assertThat(d.topLevel()).extracting(Section::kind).containsExactly(
                PREAMBLE, PURPOSE, TARGETS, TASKS, IMPLEMENTATION, RECIPIENTS);
        assertThat(d.topLevel()).extracting(Section::number).containsExactly("", "I", "II", "III", "IV", "");
        assertThat(d.header().issuer()).isEqualTo("Ủy ban nhân dân thị xã Phước Long");
        assertThat(d.header().superiorIssuer()).isEqualTo("UBND TÌNH BÌNH PHƯỚC");
        assertThat(d.header().number()).isEqualTo("39/KH-UBND");
        assertThat(d.header().date()).as("2041 is an OCR error, not a date").isEmpty();
        assertThat(d.header().place()).isEqualTo("Phước Lohg");
    }

    @Test
    void capitalArabicPartsWithoutRomanNumeralsAreNotTakenForRoman() {
        List<Section> s = parser.parse(Docs.pages(Docs.ARABIC_PLAN)).topLevel();
        assertThat(s).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TASKS, IMPLEMENTATION);
        assertThat(s).extracting(Section::number).containsExactly("", "1", "2", "3");
    }

    @Test
    void aRepeatedRomanNumeralInCapitalsIsTheNextOne() {
        String doc = "I. MỤC ĐÍCH\na\nII. MỤC TIÊU\nb\nII. NHIỆM VỤ, GIẢI PHÁP\nc\nIV. TỔ CHỨC THỰC HIỆN\nd\n";
        List<Section> s = parser.parse(Docs.pages(doc)).topLevel();
        assertThat(s).extracting(Section::number).containsExactly("I", "II", "III", "IV");
        assertThat(s).extracting(Section::kind).containsExactly(PURPOSE, TARGETS, TASKS, IMPLEMENTATION);
    }

    @Test
    void anArticleHandingTheDecisionToABodyIsItsImplementation() {
        String decision = String.join("\n", "QUYẾT ĐỊNH:", "",
                "Điều 1. Giao chỉ tiêu trồng rừng năm 2024 cho Ủy ban nhân dân các xã: trồng mới 120 ha.", "",
                "Điều 2. Giao Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn, kiểm tra, tổng hợp",
                "kết quả, báo cáo Ủy ban nhân dân huyện hằng tháng.", "",
                "Điều 3. Văn phòng chủ trì, phối hợp với các ngành t6chitc thuc hién.", "",
                "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.", "",
                "Điều 5. Chánh Văn phòng và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.",
                "");
        List<Section> s = parser.parse(Docs.pages(decision)).topLevel();
        assertThat(s).extracting(Section::kind).containsExactly(
                PREAMBLE, ARTICLES, IMPLEMENTATION, IMPLEMENTATION, ARTICLES, IMPLEMENTATION);
        String firstAssigns = String.join("\n", "QUYẾT ĐỊNH:", "",
                "Điều 1. Giao Ủy ban nhân dân các xã chỉ tiêu thu gom rác thải đạt 90%.", "",
                "Điều 2. Tổ công tác có nhiệm vụ giúp Chủ tịch chỉ đạo, đôn đốc việc triển khai Đề án.", "");
        assertThat(parser.parse(Docs.pages(firstAssigns)).topLevel()).extracting(Section::kind)
                .as("the first article is the decision itself; a body's own duties are no hand-over")
                .containsExactly(PREAMBLE, ARTICLES, ARTICLES);
    }

    @Test
    void implementationHeadingsWithWordsRunTogether() {
        assertThat(SectionKinds.tag("IV. T6CHITC THUC HIEN", OTHER)).isEqualTo(IMPLEMENTATION);
        assertThat(SectionKinds.tag("V. TOCHUC THUC HIEN", OTHER)).isEqualTo(IMPLEMENTATION);
        assertThat(SectionKinds.tag("IV. Tổ chức thực hiện", OTHER)).isEqualTo(IMPLEMENTATION);
        assertThat(SectionKinds.tag("III. NHIỆM VỤ TỔ CHỨC", OTHER)).isEqualTo(TASKS);
    }

    @Test
    void romanNumeralsReadThroughOcrNoise() {
        assertThat(SectionParser.romanValue(line("II1. NHIỆM VỤ"))).isEqualTo(3);
        assertThat(SectionParser.romanValue(line("I11. NHIỆM VỤ"))).isEqualTo(3);
        assertThat(SectionParser.romanValue(line("IL. MỤC TIÊU"))).isEqualTo(2);
        assertThat(SectionParser.romanValue(line("1V. TỔ CHỨC THỰC HIỆN"))).isEqualTo(4);
        assertThat(SectionParser.romanValue(line("IL. MỤC TIÊU"))).isEqualTo(2);
        assertThat(SectionParser.romanValue(line("IV. KINH PHÍ"))).isEqualTo(4);
        assertThat(SectionParser.romanValue(line("1. Mục đích"))).isZero();
        assertThat(SectionParser.romanValue(line("I. Mục đích, yêu cầu"))).isEqualTo(1);
        assertThat(SectionParser.romanValue(line("V. Nguyễn văn bản"))).isZero();
        assertThat(SectionParser.romanValue(line("1Ị. MỤC TIỂU"))).isEqualTo(2);
        assertThat(SectionParser.romanValue(line("1V.'TÕ CHỨC THỰC HIỆN"))).isEqualTo(4);
        assertThat(SectionParser.romanValue(line("1H. NHIỆM VỤ"))).as("look-alikes only: a guess").isEqualTo(-3);
        assertThat(SectionParser.romanValue(line("1. MỤC ĐÍCH"))).isEqualTo(-1);
    }

    @Test
    void emptyAndInvalidInput() {
        assertThat(parser.parse(List.of()).sections()).isEmpty();
        assertThatThrownBy(() -> parser.parse((List<Page>) null)).hasMessageContaining("pages");
        assertThatThrownBy(() -> parser.parse((DocumentText) null)).hasMessageContaining("text");
        assertThat(SectionKinds.tag("KẾT QUẢ THỰC HIỆN NĂM 2020", OTHER)).isEqualTo(CONTEXT);
        assertThat(SectionKinds.tag("MUC DICH, YEU CAU VA MUC TIEU", OTHER)).isEqualTo(PURPOSE);
        assertThat(SectionKinds.tag("Linh tinh", SectionKind.OTHER)).isEqualTo(OTHER);
    }

    private static Line line(String s) {
        return Line.split(s).get(0);
    }

    @Test
    void kindsReadFromEnglishModelOcrAndHeadingsRunIntoTheLineBefore() {
        assertThat(SectionKinds.tag("V. T6 chitc thurc hién", SectionKind.OTHER)).isEqualTo(IMPLEMENTATION);
        assertThat(SectionKinds.tag("II. MỤC TIÊU", SectionKind.OTHER)).isEqualTo(TARGETS);
        assertThat(SectionKinds.tag("Mức tăng trưởng", SectionKind.OTHER)).isEqualTo(SectionKind.OTHER);
        String text = "KẾ HOẠCH\nI. MỤC ĐÍCH\nNâng cao chất lượng. II. MỤC TIÊU\n- 100% hồ sơ đúng hạn.";
        DocumentStructure d = parser.parse(Docs.pages(text));
        assertThat(d.topLevel()).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TARGETS);
        Section targets = d.topLevel().get(2);
        assertThat(text.substring(targets.start())).startsWith("II. MỤC TIÊU");
        assertThat(targets.text()).isEqualTo("- 100% hồ sơ đúng hạn.");
        assertThat(StructureParser.asReadForSections(text)).hasSameSizeAs(text).contains("chất lượng.\nII. MỤC TIÊU");
    }
}
