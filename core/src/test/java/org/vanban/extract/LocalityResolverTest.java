package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.extract.Gazetteer.Era;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;

import java.util.List;

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

    private static Header placed(String date, String issuer, String superior, String place) {
        return new Header(DocType.KE_HOACH, "1/KH-UBND", place, date, issuer, superior, "");
    }

    private static LocalityResolver.Reading reading(Header h, String text) {
        return new LocalityResolver.Reading(h, text);
    }

    @Test
    void theRawReadingKeepsAPlaceNameTheRepairChanged() {
        // the language model turned HOI AN into HẢI AN (a district of Hải Phòng); the raw OCR kept it
        Header repaired = placed("2022-03-08", "Ủy ban nhân dân thành phố Hải An", "UBND TỈNH QUẢNG NAM", "Hải An");
        Header raw = placed("2022-03-08", "UBND THANH PHO HOI AN", "UBND TINH QUANG NAM", "H@i An");
        // alone, the repaired reading names no "thành phố Hải An"; the near "Hội An" is taken only because
        // the superior body confirms it, and not at all without one
        assertThat(resolver.resolve(repaired, "").code()).isEqualTo("503");
        assertThat(resolver.resolve(placed("2022-03-08", "Ủy ban nhân dân thành phố Hải An", "", ""), ""))
                .isEqualTo(Locality.UNKNOWN);
        LocalityResolver.Resolution r = resolver.resolveDetailed(List.of(reading(repaired, ""), reading(raw, "")));
        assertThat(r.status()).isEqualTo(LocalityResolver.Resolution.Status.RESOLVED);
        assertThat(r.locality().code()).isEqualTo("503");
        // the same when the repaired type word agrees with the wrong unit: the superior decides
        Header wrongDistrict = placed("2022-03-08", "Ủy ban nhân dân quận Hải An", "UBND TỈNH QUẢNG NAM", "Hải An");
        Header rawDistrict = placed("2022-03-08", "UBND QUAN HOI AN", "UBND TINH QUANG NAM", "Hoi An");
        assertThat(resolver.resolveDetailed(List.of(reading(wrongDistrict, ""), reading(rawDistrict, ""))).status())
                .isEqualTo(LocalityResolver.Resolution.Status.UNKNOWN); // no "quận Hội An": nothing fits both type and name
    }

    @Test
    void aCleanDocumentKeepsItsLocalityWhenBothReadingsAgree() {
        Header h = placed("2023-11-06", "Ủy ban nhân dân quận Hải An", "UBND THÀNH PHỐ HẢI PHÒNG", "Hải An");
        Header raw = placed("2023-11-06", "UBND QUAN HAI AN", "UBND THANH PHO HAI PHONG", "Hai An");
        assertThat(resolver.resolveDetailed(List.of(reading(h, ""), reading(raw, ""))).locality().code())
                .isEqualTo("306");
        assertThat(resolver.resolveDetailed(List.of(reading(h, ""), reading(h, ""))).locality().code())
                .isEqualTo("306");
    }

    @Test
    void readingsThatDisagreeWithoutEvidenceAreAmbiguousNotGuessed() {
        Header repaired = placed("2024-03-12", "Ủy ban nhân dân huyện Đại Lộc", "", "");
        Header raw = placed("2024-03-12", "UBND HUYEN DAI TU", "", "");
        LocalityResolver.Resolution r = resolver.resolveDetailed(List.of(reading(repaired, ""), reading(raw, "")));
        assertThat(r.status()).isEqualTo(LocalityResolver.Resolution.Status.AMBIGUOUS);
        assertThat(r.candidates()).extracting(Locality::name)
                .containsExactlyInAnyOrder("Huyện Đại Lộc", "Huyện Đại Từ");
        // a superior in either reading, the place of issue or the province named in the text decides
        Header rawWithSuperior = placed("2024-03-12", "UBND HUYEN DAI TU", "UBND TINH THAI NGUYEN", "");
        assertThat(resolver.resolveDetailed(List.of(reading(repaired, ""), reading(rawWithSuperior, "")))
                .locality().code()).isEqualTo("171");
        Header rawWithPlace = placed("2024-03-12", "UBND HUYEN DAI TU", "", "Dai Tu");
        assertThat(resolver.resolveDetailed(List.of(reading(repaired, ""), reading(rawWithPlace, "")))
                .locality().code()).isEqualTo("171");
        assertThat(resolver.resolveDetailed(List.of(reading(repaired, "trên địa bàn tỉnh Thái Nguyên"),
                reading(raw, ""))).locality().code()).isEqualTo("171");
    }

    @Test
    void ocrMisreadNamesAreMatchedWithTolerance() {
        // digits read for letters: L6c Ninh
        assertThat(resolver.resolve(header("2022-05-09", "UBND HUYEN L6C NINH", "UBND TINH BINH PHUOC"), "").code())
                .isEqualTo("692");
        // one letter misread: Pinh Quan for Định Quán, ư read as w
        assertThat(resolver.resolve(header("2021-06-07", "UBND HUYEN PINH QUAN", "UBND TINH DONG NAI"), "").code())
                .isEqualTo("736");
        assertThat(resolver.resolve(header("2021-03-15", "UBND THI XA PHUWOC LONG", "UBND TINH BINH PHUWOC"), "")
                .code()).isEqualTo("688");
        // an exact name is never displaced by a near one
        assertThat(resolver.resolve(header("2023-11-06", "UBND QUẬN HẢI AN", "UBND THÀNH PHỐ HẢI PHÒNG"), "").code())
                .isEqualTo("306");
        // a short or far name gives nothing rather than a guess
        assertThat(resolver.resolve(header("2021-06-07", "UBND HUYEN XQZW KLM", "UBND TINH DONG NAI"), ""))
                .isEqualTo(Locality.UNKNOWN);
    }

    @Test
    void aNameHoldingATypeWordOnceFolded() {
        // "Quán" folds to "quan", the type word of a district (quận)
        assertThat(LocalityResolver.mention("Ủy ban nhân dân huyện Định Quán", true))
                .isEqualTo(new LocalityResolver.Mention("huyen", "dinh quan"));
        assertThat(LocalityResolver.mention("UBND HUYEN DINH QUAN", true))
                .isEqualTo(new LocalityResolver.Mention("huyen", "dinh quan"));
        assertThat(resolver.resolve(header("2021-06-07", "Ủy ban nhân dân huyện Định Quán", ""), "").code())
                .isEqualTo("736");
        assertThat(LocalityResolver.mention("Hội đồng nhân dân huyện Chơn Thành tỉnh Bình Phước", true))
                .isEqualTo(new LocalityResolver.Mention("huyen", "chon thanh"));
    }

    @Test
    void readingsMustBeGiven() {
        assertThatThrownBy(() -> resolver.resolveDetailed(List.<LocalityResolver.Reading>of()))
                .hasMessageContaining("no reading");
        assertThatThrownBy(() -> new LocalityResolver.Reading(null, "")).hasMessageContaining("header");
    }
}
