package org.vanban.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderDetailsTest {
    private final StructureParser parser = new StructureParser();

    @Test
    void decisionWithSideBySideRecipientsAndSignature() {
        HeaderDetails d = parser.details(Docs.DECISION);
        assertThat(d.legalBases()).containsExactly(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh");
        assertThat(d.recipients()).containsExactly("Như Điều 3", "Lưu: VT");
        assertThat(d.signerCapacity()).isEqualTo("TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH");
        assertThat(d.signerName()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void planWithStackedBlocksAndDeputySigner() {
        String text = Docs.PLAN_PAGE_1 + "\n\f\n" + Docs.PLAN_PAGE_2;
        HeaderDetails d = parser.details(text);
        assertThat(d.legalBases()).containsExactly(
                "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh về ban hành Kế hoạch "
                        + "cải cách hành chính năm 2021");
        assertThat(d.recipients()).containsExactly("UBND tỉnh", "Lưu: VT");
        assertThat(d.signerCapacity()).isEqualTo("TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH");
        assertThat(d.signerName()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void directiveWithoutRecipientsOrBases() {
        HeaderDetails d = parser.details(Docs.DIRECTIVE);
        assertThat(d.legalBases()).isEmpty();
        assertThat(d.recipients()).isEmpty();
        assertThat(d.signerCapacity()).isEqualTo("CHỦ TỊCH");
        assertThat(d.signerName()).isEqualTo("Trần Văn B");
    }

    @Test
    void blankDayAndMonthGiveTheYearOnly() {
        String text = """
                ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN LỘC NINH               Độc lập - Tự do - Hạnh phúc
                Số:     /KH-UBND           Lộc Ninh, ngày    tháng    năm 2021
                KẾ HOẠCH
                Phòng, chống dịch năm 2021
                """;
        assertThat(new HeaderParser().parse(text).date()).isEqualTo("2021");
        assertThat(new HeaderParser().parse(text.replace("ngày    tháng", "ngày    tháng 5")).date()).isEqualTo("2021-05");
    }

    @Test
    void ocrDamagedClosingWithoutGapIsCutAtTheSignatureTitle() {
        HeaderDetails d = parser.details(Docs.DAMAGED_PLAN);
        assertThat(d.recipients()).containsExactly("UBND nh");
        assertThat(d.signerCapacity()).isEqualTo("TM. ỦY BAN NHÂN HÂN, CHỦ TỊCH");
    }
}
