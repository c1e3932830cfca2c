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
}
