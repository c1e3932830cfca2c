package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.Header;
import org.vanban.model.Locality;

import static org.assertj.core.api.Assertions.assertThat;

/** The locality of a scan whose header is missing: the body's own "huyện …" cues (hand-written texts). */
class LocalityFromTextTest {
    private final LocalityResolver resolver = new LocalityResolver();

    @Test
    void aPlanWithoutHeaderIsPlacedByTheUnitItKeepsNaming() {
        String text = """
                Phát triển nông nghiệp huyện Thạch Thành giai đoạn 2021 - 2025
                Nông nghiệp được huyện xác định là thế mạnh. Trên địa bàn huyện có nhiều vùng chuyên canh.
                Căn cứ Nghị quyết Đại hội Đảng bộ huyện Thạch Thành lần thứ XXV;
                Ủy ban nhân dân huyện xây dựng Kế hoạch với những nội dung sau:
                Phát triển vùng mía của huyện Thạch Thành; liên kết với huyện Đông Anh tiêu thụ sản phẩm.
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.name()).isEqualTo("Huyện Thạch Thành");
        assertThat(l.code()).isEqualTo("391");
    }

    @Test
    void twoUnitsNamedAlikeGiveNoUnit() {
        String text = """
                Trên địa bàn huyện, việc liên kết giữa huyện Thạch Thành và huyện Đông Anh được đẩy mạnh;
                huyện Thạch Thành cung cấp mía, huyện Đông Anh tiêu thụ; huyện Thạch Thành và huyện Đông Anh ký kết.
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
    }

    @Test
    void aNamesakeIsPlacedByItsProvinceNamedInTheText() {
        String text = """
                Trên địa bàn huyện Châu Thành, tỉnh Bến Tre, công tác cải cách hành chính của huyện được quan tâm.
                Ủy ban nhân dân huyện ban hành Kế hoạch; huyện Châu Thành phấn đấu đến năm 2025 hoàn thành; nhân dân huyện Châu Thành đồng thuận.
                """;
        Locality l = resolver.resolve(Header.EMPTY, text);
        assertThat(l.name()).isEqualTo("Huyện Châu Thành");
        assertThat(l.provinceName()).isEqualTo("Tỉnh Bến Tre");
    }

    @Test
    void noBareCueOfTheLevelGivesNoUnit() {
        // names a district three times but never speaks of its own level: a provincial text about a district
        String text = "Tỉnh hỗ trợ huyện Thạch Thành; huyện Thạch Thành nhận vốn; huyện Thạch Thành báo cáo.";
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
    }

    @Test
    void aUnitNamedOnceIsTakenWithASecondCueAndNoOtherUnitOfItsLevel() {
        // its province named too
        String withProvince = """
                Huyện Phú Tân là địa bàn ven biển của tỉnh Cà Mau, thường xuyên chịu ảnh hưởng của triều cường.
                Để chủ động ứng phó, Chủ tịch UBND huyện yêu cầu các cơ quan thực hiện.
                """;
        assertThat(resolver.resolve(Header.EMPTY, withProvince).code()).isEqualTo("972");
        // named as the body that issues the document
        String asBody = """
                Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh;
                Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch như sau: trên địa bàn xã tổ chức ra quân.
                """;
        Locality l = resolver.resolve(Header.EMPTY, asBody);
        // Tân Lập is a name many communes share: without its district or province named, no guess
        assertThat(l.isKnown() ? l.name() : "").isIn("", "Xã Tân Lập");
        // one mention and no second cue: nothing
        assertThat(resolver.resolve(Header.EMPTY, "Trên địa bàn huyện, huyện Phú Tân triển khai.").isKnown()).isFalse();
    }

    @Test
    void aBodyCitedAfterCuaIsAnotherDocumentsIssuerNotThisUnit() {
        // a city plan citing its province's decision twice; it never names itself
        String text = """
                Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/4/2021 của UBND tỉnh Quảng Nam;
                Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Quảng Nam;
                UBND thành phố ban hành Kế hoạch như sau: UBND tỉnh chỉ đạo, các phường thực hiện.
                """;
        assertThat(resolver.resolve(Header.EMPTY, text).isKnown()).isFalse();
    }
}
