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
    void anAttachedPlanTakesTheLocalityOfTheDecisionAdoptingIt() {
        String decision = """
                ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN ĐỊNH QUÁN                      Độc lập - Tự do - Hạnh phúc
                Số: 1455/QĐ-UBND               Định Quán, ngày 07 tháng 6 năm 2021

                QUYẾT ĐỊNH
                Ban hành Kế hoạch phát triển lâm nghiệp năm 2021
                CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỊNH QUÁN

                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển lâm nghiệp năm 2021.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                Nơi nhận:
                - Lưu: VT.
                CHỦ TỊCH
                Phạm Văn Lợi
                """;
        String plan = """
                KẾ HOẠCH
                Phát triển lâm nghiệp năm 2021
                (Kèm theo Quyết định số 1455/QĐ-UBND ngày 07/6/2021 của Chủ tịch UBND huyện)
                I. MỤC TIÊU
                Trồng mới tối thiểu 150 ha rừng tập trung.
                II. TỔ CHỨC THỰC HIỆN
                Các cơ quan báo cáo kết quả trước ngày 10/12/2021.
                """;
        List<VanbanDocument> docs = builder.buildAll("/x/dq.txt", "ef".repeat(32), "text/plain", List.of(
                new Page(1, decision, decision, -1, PageSource.TEXT_FILE),
                new Page(2, plan, plan, -1, PageSource.TEXT_FILE)));
        assertThat(docs).hasSize(2);
        assertThat(docs.get(1).attachedTo()).isEqualTo(docs.get(0).id());
        assertThat(docs).extracting(d -> d.locality().code()).containsExactly("736", "736");
    }

    @Test
    void anEmptyPageIsKeptInItsDocument() {
        List<VanbanDocument> docs = builder.buildAll("/x/a.pdf", "cd".repeat(32), "application/pdf", List.of(
                new Page(1, "QUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch", null, 90, PageSource.OCR),
                new Page(2, "", "", 0, PageSource.OCR)));
        assertThat(DocumentBuilder.rawPages(docs)).extracting(Page::number).containsExactly(1, 2);
    }

    @Test
    void aPlanWithoutHeaderTakesIssuerAndLocalityFromTheDecisionAdoptingIt() {
        String decision = """
                UY BAN NHAN DAN               CONG HOA XA HOI CHU NGHIA VIET NAM
                HUYEN DONG ANH                    Doc lap - Tu do - Hanh phuc
                S6: 15/QD-UBND               Dong Anh, ngay 12 thang 01 nam 2024

                QUYET DINH
                Ve viec ban hanh Ke hoach chuyen doi so nam 2024

                QUYET DINH:
                Dieu 1. Ban hanh kem theo Quyet dinh nay Ke hoach chuyen doi so nam 2024.
                Dieu 2. Quyet dinh co hieu luc tu ngay ky.
                Noi nhan:
                - Luu: VT.
                                                TM. UY BAN NHAN DAN
                                                CHU TICH
                                                Nguyen Van Hung
                """;
        String plan = """
                KE HOACH
                Chuyen doi so nam 2024
                (Kem theo Quyet dinh so 15/QD-UBND cua UBND huyen)

                I. MUC TIEU
                90% ho so cong viec duoc xu ly tren moi truong mang.
                """;
        List<VanbanDocument> docs = builder.buildAll("/x/qd.txt", "cd".repeat(32), "text/plain",
                List.of(new Page(1, decision, decision, 70, PageSource.OCR), new Page(2, plan, plan, 70, PageSource.OCR)));
        assertThat(docs).hasSize(2);
        VanbanDocument p = docs.get(1);
        assertThat(p.attachedTo()).isEqualTo(docs.get(0).id());
        assertThat(p.header().type().name()).isEqualTo("KE_HOACH");
        assertThat(p.header().number()).isEmpty();
        assertThat(p.header().date()).isEmpty(); // its own header gives none
        assertThat(p.header().issuer()).isEqualTo(docs.get(0).header().issuer()).isNotEmpty();
        assertThat(p.locality().code()).isEqualTo("017");
    }
}
