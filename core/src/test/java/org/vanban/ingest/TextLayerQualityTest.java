package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextLayerQualityTest {

    private static final String REAL = "QUYẾT ĐỊNH về việc phê duyệt kế hoạch phát triển kinh tế - xã hội "
            + "năm 2024 của Ủy ban nhân dân tỉnh Quảng Nam. Điều 1. Giao Sở Tài chính chủ trì thực hiện.";

    @Test
    void realVietnameseTextIsUsable() {
        TextLayerQuality.Assessment a = TextLayerQuality.assess(REAL, 0.0);
        assertThat(a.usable()).isTrue();
        assertThat(a.reason()).isEqualTo("ok");
        assertThat(a.letters()).isGreaterThan(100);
    }

    @Test
    void decomposedVietnameseIsStillUsable() {
        String nfd = Normalizer.normalize(REAL, Normalizer.Form.NFD);
        assertThat(TextLayerQuality.isUsable(nfd, 0.0)).isTrue();
    }

    @Test
    void realTextOverAFullPageImageIsUsable() {
        // a scan with a good invisible OCR layer, or a letterhead background image
        String page = REAL + "\n" + REAL;
        assertThat(TextLayerQuality.isUsable(page, 1.0)).isTrue();
    }

    @Test
    void emptyOrBlankIsNone() {
        assertThat(TextLayerQuality.assess("", 0).reason()).isEqualTo("no text");
        assertThat(TextLayerQuality.isUsable(" \n\t ", 0)).isFalse();
        assertThat(TextLayerQuality.isUsable(null, 0)).isFalse();
    }

    @Test
    void strayCharactersOnAScanAreNone() {
        String stray = "Số: 12/QĐ-UBND  trang 1";
        assertThat(TextLayerQuality.assess(stray, 0.95).reason()).isEqualTo("stray text on a scanned page");
        // the same few letters on a page without an image are a genuine (short) page
        assertThat(TextLayerQuality.isUsable(stray, 0.0)).isTrue();
    }

    @Test
    void shortTypedHeaderOverAFullPageScanIsOcrd() {
        String header = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                + "Độc lập - Tự do - Hạnh phúc";
        assertThat(TextLayerQuality.assess(header, 0.9).usable()).isFalse();
        assertThat(TextLayerQuality.assess(header, 0.1).usable()).isTrue();
    }

    @Test
    void mostlyNonLettersIsGarbage() {
        assertThat(TextLayerQuality.assess("..:: ||| ### ~~~ --- /// ((( ))) ,,, ;;; a b", 0).reason())
                .isEqualTo("mostly non-letters");
    }

    @Test
    void tablesOfNumbersAreUsable() {
        assertThat(TextLayerQuality.isUsable("1.250.000 2.300.000 4.125.500 12,5% 13,2% Tổng 7.675.500", 0))
                .isTrue();
    }

    @Test
    void tcvn3LegacyFontBytesAreGarbage() {
        String tcvn3 = "NghÞ quyÕt cña Uû ban nh©n d©n tØnh vÒ viÖc phª duyÖt kÕ ho¹ch ph¸t triÓn kinh tÕ";
        assertThat(TextLayerQuality.assess(tcvn3, 0).reason()).contains("outside the Vietnamese alphabet");
    }

    @Test
    void vniLegacyFontBytesAreGarbage() {
        String vni = "Nghò quyeát cuûa UÛy ban nhaân daân tænh veà vieäc pheâ duyeät keá hoaïch phaùt trieån";
        assertThat(TextLayerQuality.isUsable(vni, 0)).isFalse();
    }

    @Test
    void utf8ReadAsLatin1MojibakeIsGarbage() {
        String mojibake = new String(REAL.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(TextLayerQuality.isUsable(mojibake, 0)).isFalse();
    }

    @Test
    void unmappedGlyphsAreGarbage() {
        String broken = "Quy\uFFFDt \uFFFD\uFFFDnh v\uE012 vi\uE013c ph\uE014 duy\uE015t k\uE016 ho\uE017ch";
        assertThat(TextLayerQuality.assess(broken, 0).reason()).isEqualTo("unmapped glyphs");
    }
}
