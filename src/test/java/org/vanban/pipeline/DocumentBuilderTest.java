package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stages after OCR on one file's raw pages, with the committed language model. */
class DocumentBuilderTest {
    private final DocumentBuilder builder = new DocumentBuilder();

    @Test
    void englishOcrHeaderIsRepairedAndItsLocalityFound() {
        String raw = """
                UBND TINH QUANG NAM CONG HOA XA HOI CHU NGHIA VIET NAM
                UBND THANH PHO HOI AN Déc lap - Tw do - Hanh phiic
                S6: 230/KH-UBND Hoi An, ngay 08 thang 3 nam 2022
                KE HOACH
                Phat trien du lich ben vung nam 2022
                I. MUC DICH, YEU CAU
                Nang cao chat lwong dich vu du lich.
                II. MUC TIEU
                Tong lwot khach dat tren 2 trieu lwot.
                """;
        List<VanbanDocument> docs = builder.buildAll("/x/hoi-an.txt", "ab".repeat(32), "text/plain",
                List.of(new Page(1, raw, raw, 70, PageSource.OCR)));
        assertThat(docs).hasSize(1);
        VanbanDocument d = docs.get(0);
        assertThat(d.header().number()).isEqualTo("230/KH-UBND");
        assertThat(d.header().date()).isEqualTo("2022-03-08");
        assertThat(d.locality().code()).as(d.locality().toString()).isEqualTo("503");
        assertThat(d.pages().get(0).rawText()).isEqualTo(raw);
        assertThat(d.pages().get(0).text()).contains("KẾ HOẠCH").contains("MỤC TIÊU");
        assertThat(d.pages().get(0).corrections()).isNotEmpty();
    }

    @Test
    void anEmptyPageIsKeptInItsDocument() {
        List<VanbanDocument> docs = builder.buildAll("/x/a.pdf", "cd".repeat(32), "application/pdf", List.of(
                new Page(1, "QUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch", null, 90, PageSource.OCR),
                new Page(2, "", "", 0, PageSource.OCR)));
        assertThat(DocumentBuilder.rawPages(docs)).extracting(Page::number).containsExactly(1, 2);
    }
}
