package org.vanban.structure;

import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;
import org.vanban.model.DocType;
import org.vanban.model.Page;
import org.vanban.model.PageSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompoundSplitterTest {
    private final CompoundSplitter splitter = new CompoundSplitter();
    private final StructureParser parser = new StructureParser();

    @Test
    void singleDocumentIsOnePart() {
        List<Page> pages = Docs.pages(Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2);
        List<DocumentPart> parts = splitter.split(pages);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).pages()).isEqualTo(pages);
        assertThat(parts.get(0).attachedToIndex()).isEqualTo(-1);
        assertThat(parts.get(0).firstPage()).isEqualTo(1);
        assertThat(parts.get(0).lastPage()).isEqualTo(2);
    }

    @Test
    void decisionFollowedByItsPlanOnNewPages() {
        List<Page> pages = Docs.pages(Docs.DECISION, Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2);
        List<DocumentPart> parts = splitter.split(pages);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).pages()).containsExactly(pages.get(0));
        assertThat(parts.get(1).pages()).containsExactly(pages.get(1), pages.get(2));
        assertThat(parts.get(1).firstPage()).isEqualTo(2);
        assertThat(parts.get(1).attachedToIndex()).isEqualTo(1); // the decision issues it "kèm theo"
        assertThat(parser.parse(parts.get(0).pages()).header().type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(parser.parse(parts.get(1).pages()).header().number()).isEqualTo("39/KH-UBND");
    }

    @Test
    void planStartingMidPageSplitsThePage() {
        String tail = """
                                                      TM. ỦY BAN NHÂN DÂN
                                                      CHỦ TỊCH
                                                      Nguyễn Văn A
                ỦY BAN NHÂN DÂN
                XÃ TÂN THÀNH
                KẾ HOẠCH
                Phòng chống thiên tai năm 2022
                (Kèm theo Quyết định số 15/QĐ-UBND ngày 10/3/2022 của UBND xã)
                I. MỤC ĐÍCH
                Chủ động ứng phó.
                """;
        String first = """
                ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                XÃ TÂN THÀNH                  Độc lập - Tự do - Hạnh phúc
                Số: 15/QĐ-UBND           Tân Thành, ngày 10 tháng 3 năm 2022
                QUYẾT ĐỊNH
                Ban hành Kế hoạch phòng chống thiên tai năm 2022
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống thiên tai.
                Điều 2. Quyết định có hiệu lực từ ngày ký.
                """;
        Page p1 = new Page(1, first, first, 90, PageSource.OCR);
        String text2 = tail;
        int fix = text2.indexOf("Chủ động");
        Page p2 = new Page(2, text2, text2, 90, PageSource.OCR,
                List.of(new Correction(fix, fix + 3, "Chu", "Chủ", 0.9)));
        List<DocumentPart> parts = splitter.split(List.of(p1, p2));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).pages()).hasSize(2);
        assertThat(parts.get(0).lastPage()).isEqualTo(2);
        assertThat(parts.get(0).pages().get(1).text()).contains("Nguyễn Văn A").doesNotContain("KẾ HOẠCH");
        Page planPage = parts.get(1).pages().get(0);
        assertThat(planPage.number()).isEqualTo(2);
        assertThat(planPage.text()).startsWith("ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\nKẾ HOẠCH");
        assertThat(planPage.rawText()).startsWith("ỦY BAN NHÂN DÂN");
        assertThat(planPage.corrections()).hasSize(1);
        Correction c = planPage.corrections().get(0);
        assertThat(planPage.text().substring(c.start(), c.end())).isEqualTo("Chủ");
        assertThat(parts.get(1).attachedToIndex()).isEqualTo(1);
        assertThat(parts.get(1).firstPage()).isEqualTo(2);
    }

    @Test
    void twoIndependentDocumentsAreNotAttached() {
        List<Page> pages = Docs.pages(Docs.DIRECTIVE, Docs.DIRECTIVE.replace("05/CT-UBND", "06/CT-UBND"));
        List<DocumentPart> parts = splitter.split(pages);
        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(DocumentPart::attachedToIndex).containsExactly(-1, -1);
    }

    @Test
    void nullPagesAreRejected() {
        assertThatThrownBy(() -> splitter.split(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(splitter.split(List.of())).isEmpty();
    }

    @Test
    void appendixAfterTheSignatureStaysWithItsDocument() {
        String appendix = """
                PHỤ LỤC
                KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ
                STT | Nhiệm vụ | Cơ quan chủ trì
                1 | Rà soát thủ tục | Phòng Tư pháp
                """;
        List<DocumentPart> parts = splitter.split(Docs.pages(Docs.PLAN_PAGE_1, Docs.PLAN_PAGE_2, appendix));
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).lastPage()).isEqualTo(3);
    }
}
