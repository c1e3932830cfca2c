package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.extract.Gazetteer.Era;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalityResolverTest {
    private final LocalityResolver resolver = new LocalityResolver();

    private static Header header(String date, String issuer, String superior) {
        return new Header(DocType.KE_HOACH, "1/KH-UBND", "", date, issuer, superior, "");
    }

    @Test
    void phuocLongTownIn2021IsInBinhPhuocAndTodayInDongNai() {
        Locality l = resolver.resolve(header("2021-03-15", "Ủy ban nhân dân thị xã Phước Long", "UBND TỈNH BÌNH PHƯỚC"),
                "Cải cách hành chính trên địa bàn thị xã.");
        assertThat(l.isKnown()).isTrue();
        assertThat(l.name()).isEqualTo("Thị xã Phước Long");
        assertThat(l.level()).isEqualTo("district");
        assertThat(l.code()).isEqualTo("688");
        assertThat(l.provinceName()).isEqualTo("Tỉnh Bình Phước");
        assertThat(l.provinceCode()).isEqualTo("70");
        assertThat(l.districtName()).isEqualTo("Thị xã Phước Long");
        assertThat(l.currentNames()).contains("Tỉnh Đồng Nai", "Phường Phước Long");
        assertThat(l.currentNames().get(l.currentNames().size() - 1)).isEqualTo("Tỉnh Đồng Nai");
        assertThat(l.currentCodes()).hasSameSizeAs(l.currentNames()).contains("75", "25217");
    }

    @Test
    void issuerWrittenWithoutDiacriticsOrTypeIsResolvedBySuperior() {
        Locality l = resolver.resolve(header("2021", "Uy ban nhan dan Phuoc Long", "UBND TINH BINH PHUOC"), "");
        assertThat(l.code()).isEqualTo("688");
    }

    @Test
    void wardAfterJuly2025() {
        Locality l = resolver.resolve(header("2025-08-15", "Ủy ban nhân dân phường Phước Long", "UBND TỈNH ĐỒNG NAI"), "");
        assertThat(l.name()).isEqualTo("Phường Phước Long");
        assertThat(l.level()).isEqualTo("commune");
        assertThat(l.code()).isEqualTo("25217");
        assertThat(l.provinceName()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(l.districtName()).isEmpty();
        assertThat(l.currentNames()).containsExactly("Phường Phước Long", "Tỉnh Đồng Nai");
        assertThat(l.currentCodes()).containsExactly("25217", "75");
    }

    @Test
    void wardWithTwoNamesakesAndNoHintIsUnknown() {
        // Phường Phước Long exists in Đồng Nai and in Hồ Chí Minh City
        assertThat(resolver.resolve(header("2025-08-15", "Ủy ban nhân dân phường Phước Long", ""), ""))
                .isEqualTo(Locality.UNKNOWN);
        Locality byText = resolver.resolve(header("2025-08-15", "Ủy ban nhân dân phường Phước Long", ""),
                "trên địa bàn Thành phố Hồ Chí Minh");
        assertThat(byText.code()).isEqualTo("26848");
        assertThat(byText.provinceName()).isEqualTo("Thành phố Hồ Chí Minh");
    }

    @Test
    void thuongHongIsResolvedByTypeProvinceAndDate() {
        assertThat(resolver.resolve(header("2025-09-01", "Ủy ban nhân dân xã Thượng Hồng", ""), "").provinceName())
                .isEqualTo("Thành phố Hải Phòng");
        // type word lost by OCR: a tie without more evidence
        assertThat(resolver.resolve(header("2025-09-01", "UBND THƯỢNG HỒNG", ""), "")).isEqualTo(Locality.UNKNOWN);
        Locality hy = resolver.resolve(header("2025-09-01", "UBND THƯỢNG HỒNG", "UBND TỈNH HƯNG YÊN"), "");
        assertThat(hy.name()).isEqualTo("Phường Thượng Hồng");
        assertThat(hy.code()).isEqualTo("12127");
        Locality hp = resolver.resolve(header("2025-09-01", "UBND THUONG HONG", ""),
                "Kế hoạch của thành phố Hải Phòng năm 2025");
        assertThat(hp.name()).isEqualTo("Xã Thượng Hồng");
        // before the reorganisation there was no Thượng Hồng
        assertThat(resolver.resolve(header("2024-05-01", "Ủy ban nhân dân xã Thượng Hồng", ""), ""))
                .isEqualTo(Locality.UNKNOWN);
    }

    @Test
    void oldCommuneGetsItsDistrictAndSuccessors() {
        Locality l = resolver.resolve(header("2024-05-01", "Ủy ban nhân dân phường Thác Mơ", "UBND THỊ XÃ PHƯỚC LONG"), "");
        assertThat(l.name()).isEqualTo("Phường Thác Mơ");
        assertThat(l.districtName()).isEqualTo("Thị xã Phước Long");
        assertThat(l.provinceName()).isEqualTo("Tỉnh Bình Phước");
        assertThat(l.currentNames()).containsExactly("Phường Phước Long", "Tỉnh Đồng Nai");
    }

    @Test
    void bodyWithoutUnitUsesTheSuperiorAndProvinceMapsToToday() {
        Locality l = resolver.resolve(header("2022-01-10", "Sở Tài chính", "UBND TỈNH HÒA BÌNH"), "");
        assertThat(l.level()).isEqualTo("province");
        assertThat(l.name()).isEqualTo("Tỉnh Hòa Bình"); // tone marks in the system's old style
        assertThat(l.currentNames()).containsExactly("Tỉnh Phú Thọ");
    }

    @Test
    void unknownNamesAndEmptyHeaders() {
        assertThat(resolver.resolve(header("2021-01-01", "Ủy ban nhân dân xã Không Có Thật", "UBND TỈNH BÌNH PHƯỚC"), ""))
                .isEqualTo(Locality.UNKNOWN);
        assertThat(resolver.resolve(Header.EMPTY, "")).isEqualTo(Locality.UNKNOWN);
        assertThatThrownBy(() -> resolver.resolve(null, "")).hasMessageContaining("header");
    }

    @Test
    void erasFollowTheDate() {
        assertThat(LocalityResolver.eras("2021-03-15")).containsExactly(Era.BEFORE_2025_07);
        assertThat(LocalityResolver.eras("2025-06-30")).containsExactly(Era.BEFORE_2025_07);
        assertThat(LocalityResolver.eras("2025-07-01")).startsWith(Era.FROM_2025_07);
        assertThat(LocalityResolver.eras("2025-07")).startsWith(Era.FROM_2025_07);
        assertThat(LocalityResolver.eras("")).hasSize(2);
    }

    @Test
    void mentionsAreReadFromBodies() {
        assertThat(LocalityResolver.mention("UBND TP. HỒ CHÍ MINH", true))
                .isEqualTo(new LocalityResolver.Mention("thanh pho", "ho chi minh"));
        assertThat(LocalityResolver.mention("Hội đồng nhân dân huyện Chơn Thành tỉnh Bình Phước", true))
                .isEqualTo(new LocalityResolver.Mention("huyen", "chon thanh"));
        assertThat(LocalityResolver.mention("Sở Tài chính", true)).isNull();
    }

    @Test
    void ambiguityIsReportedWithItsCandidates() {
        LocalityResolver.Resolution r = resolver.resolveDetailed(header("2025-09-01", "UBND THƯỢNG HỒNG", ""), "");
        assertThat(r.status()).isEqualTo(LocalityResolver.Resolution.Status.AMBIGUOUS);
        assertThat(r.locality()).isEqualTo(Locality.UNKNOWN);
        assertThat(r.candidates()).extracting(Locality::provinceName)
                .containsExactlyInAnyOrder("Thành phố Hải Phòng", "Tỉnh Hưng Yên");
        LocalityResolver.Resolution ok = resolver.resolveDetailed(
                header("2025-09-01", "UBND THƯỢNG HỒNG", "UBND TỈNH HƯNG YÊN"), "");
        assertThat(ok.status()).isEqualTo(LocalityResolver.Resolution.Status.RESOLVED);
        assertThat(ok.locality().code()).isEqualTo("12127");
        assertThat(ok.candidates()).isEmpty();
        LocalityResolver.Resolution none = resolver.resolveDetailed(header("2024-05-01", "Sở Tài chính", ""), "");
        assertThat(none.status()).isEqualTo(LocalityResolver.Resolution.Status.UNKNOWN);
    }
}
