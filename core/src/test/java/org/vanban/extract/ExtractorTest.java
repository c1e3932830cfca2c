package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.Extraction;
import org.vanban.model.LegalReference;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.StructureParser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractorTest {
    private static final String PAGE_1 = """
            UBND TỈNH BÌNH PHƯỚC           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            UBND THỊ XÃ PHƯỚC LONG                Độc lập - Tự do - Hạnh phúc
            Số: 39/KH-UBND                  Phước Long, ngày 15 tháng 3 năm 2021
            KẾ HOẠCH
            Cải cách hành chính năm 2021
            Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh, Kế hoạch số 39/KH-UBND được ban hành như sau:
            I. MỤC TIÊU
            - 100% thủ tục hành chính được công khai;
            """;
    private static final String PAGE_2 = """
            - Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 95%.
            II. NHIỆM VỤ
            1. Rà soát thủ tục.
            - Cơ quan chủ trì: Phòng Tư pháp.
            - Thời gian thực hiện: Quý II/2021.
            """;

    @Test
    void extractsTargetsTasksAndReferencesButNotTheOwnNumber() {
        List<Page> pages = List.of(new Page(3, PAGE_1, PAGE_1, 90, PageSource.OCR),
                new Page(4, PAGE_2, PAGE_2, 90, PageSource.OCR));
        DocumentStructure s = new StructureParser().parse(pages);
        String text = PAGE_1 + "\n\f\n" + PAGE_2;
        Extraction e = new Extractor().extract(s, text, pages);
        assertThat(e.targets()).extracting(TargetClause::value).containsExactly("100", "95");
        assertThat(e.targets()).extracting(TargetClause::page).containsExactly(3, 4);
        assertThat(e.targets()).extracting(TargetClause::sectionKind).containsOnly(SectionKind.TARGETS);
        assertThat(e.references()).extracting(LegalReference::key).containsExactly("12/QD-UBND");
        assertThat(e.tasks()).hasSize(1);
        assertThat(e.tasks().get(0).task()).isEqualTo("Rà soát thủ tục");
        assertThat(e.tasks().get(0).lead()).isEqualTo("Phòng Tư pháp");
        assertThat(e.tasks().get(0).page()).isEqualTo(4);
    }

    @Test
    void aTargetWithoutDeadlineTakesThePeriodTheTitleNamesMarkedAsInferred() {
        List<Page> pages = List.of(new Page(3, PAGE_1, PAGE_1, 90, PageSource.OCR),
                new Page(4, PAGE_2, PAGE_2, 90, PageSource.OCR));
        DocumentStructure s = new StructureParser().parse(pages);
        Extraction e = new Extractor().extract(s, PAGE_1 + "\n\f\n" + PAGE_2, pages);
        assertThat(e.targets()).extracting(TargetClause::deadline).containsOnly("2021");
        assertThat(e.targets()).extracting(TargetClause::deadlineInferred).containsOnly(true);
        // a deadline of its own is kept and not marked; a title without a period adds none
        TargetClause own = new TargetClause("s", "m", "=", "1", "%", "2025", SectionKind.TARGETS, 1, 0, 1);
        TargetClause none = new TargetClause("s", "m", "=", "1", "%", "", SectionKind.TARGETS, 1, 0, 1);
        assertThat(Extractor.withPeriod(List.of(own, none), "Kế hoạch giai đoạn 2021 - 2025"))
                .extracting(TargetClause::deadline, TargetClause::deadlineInferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025", false),
                        org.assertj.core.groups.Tuple.tuple("2021-2025", true));
        assertThat(Extractor.withPeriod(List.of(none), "Về việc kiện toàn Ban Chỉ đạo")).containsExactly(none);
    }

    @Test
    void nullInputIsRejected() {
        assertThatThrownBy(() -> new Extractor().extract(null, "", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
