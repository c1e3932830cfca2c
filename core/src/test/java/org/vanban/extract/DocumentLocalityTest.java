package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.structure.DocumentPart;
import org.vanban.structure.HeaderParser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The locality step the pipeline and the structure bench share. */
class DocumentLocalityTest {
    private final DocumentLocality localities = new DocumentLocality();
    private final HeaderParser headers = new HeaderParser();

    private static final String RAW = """
            UBND TINH QUANG NAM CONG HOA XA HOI CHU NGHIA VIET NAM
            UBND THANH PHO HOI AN Déc lap - Tw do - Hanh phiic
            S6: 230/KH-UBND H@i An, ngay 08 thang 3 nam 2022
            KE HOACH
            """;
    /** What the language model made of it: a real district of Hải Phòng. */
    private static final String REPAIRED = """
            UBND TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            UBND QUẬN HẢI AN Độc lập - Tự do - Hạnh phúc
            Số: 230/KH-UBND Hải An, ngày 08 tháng 3 năm 2022
            KẾ HOẠCH
            """;

    @Test
    void theRawPagesGiveASecondReading() {
        Header repaired = headers.parse(REPAIRED);
        List<Page> pages = List.of(new Page(1, RAW, REPAIRED, 70, PageSource.OCR));
        LocalityResolver.Resolution r = localities.resolve(repaired, REPAIRED, pages);
        assertThat(r.locality().code()).as(r.toString()).isEqualTo("503");
        // without the raw text the repaired header contradicts itself (Hải An does not lie in Quảng Nam)
        List<Page> noRaw = List.of(new Page(1, REPAIRED, REPAIRED, 70, PageSource.OCR));
        assertThat(localities.resolve(repaired, REPAIRED, noRaw).locality()).isEqualTo(Locality.UNKNOWN);
    }

    @Test
    void anAttachedPartWithoutAUnitTakesItsParents() {
        String decision = """
                ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN ĐỊNH QUÁN                      Độc lập - Tự do - Hạnh phúc
                Số: 1455/QĐ-UBND               Định Quán, ngày 07 tháng 6 năm 2021
                QUYẾT ĐỊNH
                """;
        String plan = """
                KẾ HOẠCH
                Phát triển lâm nghiệp năm 2021
                (Kèm theo Quyết định số 1455/QĐ-UBND ngày 07/6/2021)
                """;
        Page p1 = new Page(1, decision, decision, -1, PageSource.TEXT_FILE);
        Page p2 = new Page(2, plan, plan, -1, PageSource.TEXT_FILE);
        List<DocumentPart> parts = List.of(new DocumentPart(1, 1, 1, List.of(p1), -1),
                new DocumentPart(2, 2, 2, List.of(p2), 1));
        List<Locality> got = localities.resolveAll(parts, List.of(headers.parse(decision), headers.parse(plan)));
        assertThat(got).extracting(Locality::code).containsExactly("736", "736");
        // not attached: it stays unknown
        List<DocumentPart> loose = List.of(parts.get(0), new DocumentPart(2, 2, 2, List.of(p2), -1));
        assertThat(localities.resolveAll(loose, List.of(headers.parse(decision), headers.parse(plan))))
                .extracting(Locality::code).containsExactly("736", "");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> localities.resolveAll(List.of(), List.of(Header.EMPTY)))
                .hasMessageContaining("one header per part");
        assertThatThrownBy(() -> localities.resolve(null, "", List.of())).hasMessageContaining("header");
    }
}
