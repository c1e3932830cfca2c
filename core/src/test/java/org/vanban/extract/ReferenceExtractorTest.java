package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.DocType;
import org.vanban.model.LegalReference;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceExtractorTest {
    private final ReferenceExtractor extractor = new ReferenceExtractor();

    private static final String BASES = """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
            Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể
            cải cách hành chính nhà nước giai đoạn 2021-2030;
            Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án;
            Căn cứ Thông tư số 01/2023/TT-VPCP của Văn phòng Chính phủ;
            Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh Bình Phước về
            cải cách hành chính; theo Nghị quyết 76/NQ-CP và công văn số 345/UBND-NC.
            """;

    @Test
    void citationsWithTypeNumberDateIssuerAndKey() {
        List<LegalReference> refs = extractor.extract(BASES);
        assertThat(refs).extracting(LegalReference::key).containsExactly(
                "LUAT TO CHUC CHINH QUYEN DIA PHUONG", "30/2020/ND-CP", "76/NQ-CP", "06/QD-TTG",
                "01/2023/TT-VPCP", "12/KH-UBND", "345/UBND-NC");
        assertThat(refs).extracting(LegalReference::type).containsExactly(
                DocType.LUAT, DocType.NGHI_DINH, DocType.NGHI_QUYET, DocType.QUYET_DINH, DocType.THONG_TU,
                DocType.KE_HOACH, DocType.CONG_VAN);
        assertThat(refs).extracting(LegalReference::date).containsExactly(
                "2015-06-19", "2020-03-05", "2021-07-15", "2022-01-06", "", "2021-01-05", "");
        assertThat(refs).extracting(LegalReference::issuer).containsExactly(
                "", "Chính phủ", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ",
                "Ủy ban nhân dân tỉnh Bình Phước", "");
        assertThat(refs.get(2).number()).isEqualTo("76/NQ-CP");
        assertThat(refs.get(2).text()).isEqualTo("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
        assertThat(refs.get(1).number()).isEqualTo("30/2020/NĐ-CP");
    }

    @Test
    void lawDateIsRead() {
        List<LegalReference> refs = extractor.extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).date()).isEqualTo("2015-06-19");
        assertThat(refs.get(0).number()).isEmpty();
    }

    @Test
    void strippedTextGivesTheSameKeys() {
        String stripped = Normalizer.normalize(BASES, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        assertThat(extractor.extract(stripped)).extracting(LegalReference::key).containsExactly(
                "LUAT TO CHUC CHINH QUYEN DIA PHUONG", "30/2020/ND-CP", "76/NQ-CP", "06/QD-TTG",
                "01/2023/TT-VPCP", "12/KH-UBND", "345/UBND-NC");
    }

    @Test
    void datesAndPlainNumbersAreNotReferences() {
        assertThat(extractor.extract("Ngày 05/01/2021, đạt 90% số hồ sơ; Luật này có hiệu lực.")).isEmpty();
    }

    @Test
    void aDatedSymbolThatLostItsHyphenIsReadWithIt() {
        String text = """
                công khai ngân sách theo Thông tự số
                215/2017/TTBTC và Nghị định số 45/2019/NĐCP; thực hiện theo Công văn số 12/2020/UBND
                """;
        assertThat(extractor.extract(text)).extracting(LegalReference::key)
                .contains("215/2017/TT-BTC", "45/2019/ND-CP");
        assertThat(extractor.extract(text)).extracting(LegalReference::number).contains("45/2019/NĐ-CP");
        // an issuer alone after the year (no type to split off) is left as written
        assertThat(ReferenceExtractor.withTypeHyphen("12/2020/UBND")).isEqualTo("12/2020/UBND");
        assertThat(ReferenceExtractor.withTypeHyphen("76/NQ-CP")).isEqualTo("76/NQ-CP");
    }
}
