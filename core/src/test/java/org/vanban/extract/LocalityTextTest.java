package org.vanban.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalityTextTest {
    @Test
    void evidenceLeavesTheRecipientsOutAndReadsSignsAsLetters() {
        String text = "Ủy ban nhân dân thị x4 ban hành.\nNơi nhận:\n- UBND các xã;\n\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n";
        String e = LocalityText.evidence(text);
        assertThat(e).contains("thị xa ban hành").contains("TM. ỦY BAN NHÂN DÂN").doesNotContain("các xã")
                .doesNotContain("Lưu");
    }

    @Test
    void keyKeepsSentenceEndsButNotAnAbbreviationsStop() {
        assertThat(LocalityText.key("báo cáo UBND phường.\nCHỦ TỊCH")).isEqualTo("bao cao ubnd phuong . chu tich");
        assertThat(LocalityText.key("của TP. Huế; UBND")).isEqualTo("cua tp hue . ubnd");
    }

    @Test
    void issuingCuesInOrderOfTrust() {
        String e = LocalityText.evidence("""
                Căn cứ Kế hoạch số 1/KH-UBND của UBND huyện Lộc Ninh ban hành ngày 2/1/2024;
                UBND xã Lộc Hòa xây dựng Kế hoạch như sau:
                TM. ỦY BAN NHÂN DÂN XÃ LỘC HÒA
                """);
        // the cited district's "ban hành" is no cue; the sentence comes before the signature
        assertThat(LocalityText.issuingCues(e)).containsExactly(
                new LocalityResolver.Mention("xa", "loc hoa"), new LocalityResolver.Mention("xa", "loc hoa"));
        assertThat(LocalityText.issuingCues("Ủy ban nhân dân huyện ban hành Kế hoạch"))
                .containsExactly(new LocalityResolver.Mention("huyen", ""));
        // several levels at once name no unit
        assertThat(LocalityText.issuingCues("UBND xã, phường xây dựng kế hoạch")).isEmpty();
    }

    @Test
    void theMottoIsCut() {
        assertThat(LocalityText.withoutMotto("ubnd huyen loc ninh cong hoa xa hoi chu nghia viet nam"))
                .isEqualTo("ubnd huyen loc ninh");
        assertThat(LocalityText.withoutMotto("xa cong hoa")).isEqualTo("xa cong hoa"); // Xã Cộng Hòa is a name
        assertThat(LocalityText.withoutMottoTail("ba dinh de lap")).isEqualTo("ba dinh");
        assertThat(LocalityText.withoutMottoTail("tan lap")).isNull(); // one word is no run
    }

    @Test
    void ofAsOcrDamagesIt() {
        assertThat(LocalityText.isOf("cua")).isTrue();
        assertThat(LocalityText.isOf("cia")).isTrue();
        assertThat(LocalityText.isOf("ctia")).isTrue();
        assertThat(LocalityText.isOf("cha")).isFalse(); // a word of its own
        assertThat(LocalityText.isOf("ca")).isFalse();
    }
}
