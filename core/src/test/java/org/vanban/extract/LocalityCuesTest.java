package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cues of the issuing unit beyond a clean header, each with its own hand-written text: the issuing sentence,
 * a decision's authority line and the signature block of a scan whose header is gone; the recipients list (no
 * evidence); OCR damage in names, in "của" and in the motto glued to the issuer; the list a date picks.
 */
class LocalityCuesTest {
    private final LocalityResolver resolver = new LocalityResolver();

    private static Header issuer(String date, String issuer, String superior) {
        return new Header(DocType.KE_HOACH, "7/KH-UBND", "", date, issuer, superior, "");
    }

    @Test
    void theIssuingSentenceNamesTheCommuneAndTheCitedDistrictPlacesIt() {
        // Tân Thành is a commune name in some thirty districts; the district's cited plan says which
        String text = """
                Phát triển giao thông nông thôn năm 2023
                Căn cứ Kế hoạch số 18/KH-UBND ngày 10/02/2023 của UBND huyện Bù Đốp;
                UBND xã Tân Thành xây dựng Kế hoạch như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                Bê tông hóa các tuyến đường liên ấp.
                """;
        LocalityResolver.Resolution r = resolver.resolveDetailed(Header.EMPTY, text);
        assertThat(r.status()).isEqualTo(LocalityResolver.Resolution.Status.RESOLVED);
        assertThat(r.locality().code()).isEqualTo("25318");
        assertThat(r.locality().districtName()).isEqualTo("Huyện Bù Đốp");
        // without the district the commune is one of many: named as such, no guess
        LocalityResolver.Resolution alone = resolver.resolveDetailed(Header.EMPTY,
                "UBND xã Tân Thành xây dựng Kế hoạch như sau: bê tông hóa các tuyến đường liên ấp.");
        assertThat(alone.status()).isEqualTo(LocalityResolver.Resolution.Status.AMBIGUOUS);
        assertThat(alone.candidates()).extracting(Locality::code).contains("25318", "25207");
    }

    @Test
    void ocrDamageInTheCommuneAndTheDistrictIsTolerated() {
        // "Tân Thàmh" (m for n) and "Bù Đốq" (q for p): neither name is in the gazetteer as written
        String text = """
                Căn cứ Kế hoạch số 18/KH-UBND ngày 10/02/2023 cia UBND huyện Bù Đốq,
                UBND xã Tân Thàmh xây dựng Kế hoạch như sau:
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.code()).isEqualTo("25318");
    }

    @Test
    void anIssuingSentenceOfItsOwnLevelTakesTheUnitTheTitleNames() {
        // "thị x4": the 4 of an English-model OCR for a; the unit itself is named once, in the title
        String text = """
                KẾ HOẠCH
                Phát triển du lịch trên địa bàn thị xã Bình Long năm 2022
                Thực hiện Kế hoạch số 3/KH-UBND ngày 05/01/2022 của UBND tỉnh Bình Phước, Ủy ban nhân dân thị x4
                ban hành Kế hoạch như sau:
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.name()).isEqualTo("Thị xã Bình Long");
    }

    @Test
    void theRecipientsListIsNoEvidenceOfTheIssuer() {
        // the recipients name another district and the communes; only the text above them speaks of the issuer
        String text = """
                Ủy ban nhân dân huyện ban hành Kế hoạch phòng chống thiên tai trên địa bàn huyện Lộc Ninh, tỉnh Bình Phước.
                1. Kiểm tra các công trình thủy lợi trước mùa mưa.
                Nơi nhận:
                - UBND huyện Bù Đốp;
                - UBND các xã Lộc Hòa, Lộc An;
                - Lưu: VT.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.name()).isEqualTo("Huyện Lộc Ninh");
        // a text whose only unit is in its recipients list has none
        String onlyRecipients = """
                Kiểm tra các công trình thủy lợi trước mùa mưa.
                Nơi nhận:
                - UBND huyện Bù Đốp;
                - UBND huyện Bù Đốp (để báo cáo);
                """;
        assertThat(resolver.resolve(Header.EMPTY, onlyRecipients).isKnown()).isFalse();
    }

    @Test
    void aCitedBodyIsNoMentionEvenWhenOcrDamagedItsOf() {
        // "cia UBND huyện Lộc Ninh" is the district's cited plan, not this text's unit, though it speaks of a huyện
        String text = """
                Thực hiện Kế hoạch số 9/KH-UBND ngày 02/3/2023 cia UBND huyện Lộc Ninh, các ngành của huyện
                triển khai thực hiện.
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
        assertThat(resolver.resolve(Header.EMPTY, text.replace("cia", "và")).name()).isEqualTo("Huyện Lộc Ninh");
    }

    @Test
    void whatABodyDidBeforeIsNoIssuingSentence() {
        String text = "Năm 2022, UBND xã Lộc Hòa đã ban hành Kế hoạch số 4/KH-UBND; các thôn triển khai thực hiện.";
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
    }

    @Test
    void aDecisionsAuthorityLineNamesItsIssuer() {
        String text = """
                QUYẾT ĐỊNH
                Về việc thành lập Tổ công tác
                CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LỘC THẠNH
                Căn cứ Luật Tổ chức chính quyền địa phương;
                QUYẾT ĐỊNH:
                Điều 1. Thành lập Tổ công tác.
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).code()).isEqualTo("25280");
    }

    @Test
    void theSignatureBlockNamesItsIssuer() {
        String text = """
                Các phòng, ban chuyên môn tổ chức thực hiện.
                TM. ỦY BAN NHÂN DÂN HUYỆN LỘC NINH
                CHỦ TỊCH
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).name()).isEqualTo("Huyện Lộc Ninh");
    }

    @Test
    void aNameDoesNotRunOnAcrossTheEndOfASentence() {
        // "… báo cáo Chủ tịch UBND phường." and the signature "CHỦ TỊCH" are no "phường Chũ"
        String text = """
                Sau khi sắp xếp, Chủ tịch UBND phường yêu cầu các đơn vị thực hiện nghiêm.
                Định kỳ hằng tháng báo cáo Chủ tịch UBND phường.
                CHỦ TỊCH
                Nguyễn Văn An
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
    }

    @Test
    void theMottoGluedToTheIssuerIsDropped() {
        Locality glued = resolver.resolve(issuer("2023-04-02",
                "UBND HUYỆN LỘC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND TỈNH BÌNH PHƯỚC"), "");
        assertThat(glued.name()).isEqualTo("Huyện Lộc Ninh");
        // its damaged start only ("Để~ lập"): the name before it, when the whole is no unit
        Locality damaged = resolver.resolve(issuer("2023-04-02", "Ủy ban nhân dân xã Lộc Thạnh Đệ lập", "UBND HUYỆN LỘC NINH"), "");
        assertThat(damaged.code()).isEqualTo("25280");
    }

    @Test
    void symbolsAndDigitsForLettersInTheIssuer() {
        for (String damaged : List.of("UBND HUYỆN LONG M§", "UBND HUYỆN LONG M¥", "UBND HUYỆN 1ONG MỸ")) {
            Locality l = resolver.resolve(issuer("2022-05-10", damaged, "UBND TỈNH HẬU GIANG"), "");
            assertThat(l.code()).as(damaged).isEqualTo("936");
        }
    }

    @Test
    void anExactNameInTheNewListGoesBeforeANearOneInTheOld() {
        // undated: Phường Hội An exists from July 2025 only; the old list has a Phường Hòa An in the same city
        String text = """
                Căn cứ Kế hoạch số 98/KH-UBND của UBND thành phố Đà Nẵng;
                UBND phường Hội An ban hành Kế hoạch bảo tồn di sản như sau:
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.code()).isEqualTo("20410");
    }

    @Test
    void aDocumentDatedBeforeTheChangeGetsTheOldUnitAndNamesTheNewOne() {
        Locality l = resolver.resolve(issuer("2024-11-20", "Ủy ban nhân dân xã Tân Lập", "UBND HUYỆN ĐỒNG PHÚ"), "");
        assertThat(l.code()).isEqualTo("25381");
        assertThat(l.districtName()).isEqualTo("Huyện Đồng Phú");
        assertThat(l.currentNames()).contains("Xã Đồng Phú");
        assertThat(l.currentCodes()).contains("25363");
    }
}
