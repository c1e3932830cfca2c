package org.vanban.vi;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {
    private static final String TEXT = "ỦY BAN NHÂN DÂN Thị xã Phước Long, Đồng Nai: Đẩy mạnh cải cách hành chính";

    @Test
    void charByCharFoldingKeepsLengthAndOffsets() {
        assertThat(Fold.base(TEXT)).isEqualTo("UY BAN NHAN DAN Thi xa Phuoc Long, Dong Nai: Day manh cai cach hanh chinh");
        assertThat(Fold.lower(TEXT)).isEqualTo("uy ban nhan dan thi xa phuoc long, dong nai: day manh cai cach hanh chinh");
        assertThat(Fold.lower(TEXT)).hasSameSizeAs(TEXT);
        // an offset found in the folded text cuts the text as written
        int at = Fold.lower(TEXT).indexOf("phuoc long");
        assertThat(TEXT.substring(at, at + "phuoc long".length())).isEqualTo("Phước Long");
    }

    @Test
    void everyVietnameseLetterFoldsToItsAsciiBase() {
        for (String letter : Letters.all()) {
            char folded = Fold.base(letter.charAt(0));
            assertThat(folded).as(letter).isBetween('A', 'z');
            assertThat(Character.isUpperCase(folded)).as(letter).isEqualTo(Character.isUpperCase(letter.charAt(0)));
            assertThat(Fold.lower(letter.charAt(0))).as(letter).isEqualTo(Character.toLowerCase(folded));
        }
        assertThat(Fold.base("a-Z 09 .,;")).isEqualTo("a-Z 09 .,;");
    }

    @Test
    void stripTakesDecomposedTextToo() {
        String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(TEXT);
        assertThat(Fold.strip(nfd)).isEqualTo(Fold.base(TEXT));
        assertThat(Fold.strip(TEXT)).isEqualTo(Fold.base(TEXT));
        // char by char leaves separate marks where they are: that is what strip is for
        assertThat(Fold.base(nfd)).isNotEqualTo(Fold.base(TEXT));
    }

    @Test
    void stripIntoAppendsAndReusesItsBuffers() {
        StringBuilder scratch = new StringBuilder();
        StringBuilder out = new StringBuilder("x:");
        Fold.stripInto("cường", scratch, out);
        Fold.stripInto("đường", scratch, out);
        assertThat(out.toString()).isEqualTo("x:cuongduong");
    }

    @Test
    void hasDiacritics() {
        assertThat(Fold.hasDiacritics("đi")).isTrue();
        assertThat(Fold.hasDiacritics("Hà Nội")).isTrue();
        assertThat(Fold.hasDiacritics("Ha Noi 2025")).isFalse();
        assertThat(Fold.hasDiacritics("")).isFalse();
    }

    @Test
    void keyFoldsAndCollapsesEverythingButLettersAndDigits() {
        assertThat(Fold.key("  Thị xã  Phước-Long ")).isEqualTo("thi xa phuoc long");
        assertThat(Fold.key("Hoà Bình")).isEqualTo(Fold.key("HÒA BÌNH")).isEqualTo("hoa binh");
        // decomposed input is composed first, so its marks fold away too
        assertThat(Fold.key(Normalizer.normalize("Số 12/KH-UBND", Normalizer.Form.NFD))).isEqualTo("so 12 kh ubnd");
    }
}
