package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vanban.vi.Letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** decode(encode(x)) == x for every Vietnamese letter, both cases, and for whole sentences. */
class RoundTripTest {
    static final List<String> SENTENCES = List.of(
            "Thông qua Kế hoạch tiếp tục đẩy mạnh cải cách hành chính thị xã Phước Long năm 2024.",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa các cơ quan, đơn vị.",
            "Ủy ban nhân dân tỉnh Bình Dương; Hội đồng nhân dân huyện Ỷ Yên, xã Đắk Ơ.",
            "Người ký: Nguyễn Thị Hường — “ưu tiên” những việc khẩn cấp; giữ gìn, rửa ruộng, khuya.",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc");

    @Test
    void letterInventoryHas134DistinctLetters() {
        assertThat(Letters.lower()).hasSize(67).doesNotHaveDuplicates();
        assertThat(Letters.upper()).hasSize(67).doesNotHaveDuplicates();
        Set<String> all = new HashSet<>(Letters.all());
        assertThat(all).hasSize(134).contains("ặ", "Ặ", "ỵ", "Ỵ", "đ", "Đ", "ữ", "Ữ", "ơ", "Ơ");
        for (String s : all) assertThat(s).hasSize(1).matches(x -> Normalizer2.getNFCInstance().isNormalized(x));
    }

    @ParameterizedTest
    @EnumSource(value = LegacyEncoding.class, names = {"VNI", "VIQR", "CP1258", "UNICODE"})
    void everyLetterBothCasesRoundTrips(LegacyEncoding enc) {
        LegacyCodec codec = LegacyCodec.of(enc);
        Set<String> codes = new HashSet<>();
        for (String letter : Letters.all()) {
            String code = codec.encode(letter);
            if (enc == LegacyEncoding.VIQR) assertThat(code).as("VIQR is ASCII").matches("\\p{ASCII}+");
            codes.add(code);
            assertThat(codec.decode(code)).as(enc + " " + letter + " via " + code).isEqualTo(letter);
            // inside a word and next to its neighbours too
            String word = letter + "n, (" + letter + ").";
            assertThat(codec.decode(codec.encode(word))).as(enc + " word " + word).isEqualTo(word);
        }
        assertThat(codes).as("distinct codes").hasSize(134);
    }

    @Test
    void tcvn3LowerCaseAndBaseCapitalsRoundTrip() {
        Tcvn3Codec codec = new Tcvn3Codec(CapitalsMode.NONE);
        Set<String> codes = new HashSet<>();
        for (String letter : Letters.lower()) {
            String code = codec.encode(letter);
            assertThat(code).hasSize(1);
            codes.add(code);
            assertThat(codec.decode(code)).isEqualTo(letter);
        }
        for (String letter : List.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ")) {
            String code = codec.encode(letter);
            codes.add(code);
            assertThat(codec.decode(code)).isEqualTo(letter);
        }
        assertThat(codes).hasSize(74);
    }

    @Test
    void tcvn3UpperCaseLettersRoundTripThroughTheCapitalsFont() {
        Tcvn3Codec plain = new Tcvn3Codec(CapitalsMode.NONE);
        Tcvn3Codec caps = new Tcvn3Codec(CapitalsMode.ALL);
        for (String letter : Letters.upper()) {
            String code = caps.encode(letter, true);
            assertThat(caps.decode(code)).as("capitals font " + letter).isEqualTo(letter);
        }
        assertThatThrownBy(() -> plain.encode("Ấ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TCVN3").hasMessageContaining("U+1EA4");
        assertThat(caps.decode(caps.encode("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true)))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void sentencesRoundTrip(LegacyEncoding enc) {
        LegacyCodec codec = LegacyCodec.of(enc);
        for (String s : SENTENCES) {
            if (enc == LegacyEncoding.TCVN3) {
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                assertThat(codec.decode(codec.encode(lower))).isEqualTo(lower);
            } else {
                assertThat(codec.decode(codec.encode(s))).as(enc + ": " + codec.encode(s)).isEqualTo(s);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = LegacyEncoding.class, names = {"TCVN3", "VNI", "CP1258"})
    void bytePathAndCharPathDecodeAlike(LegacyEncoding enc) {
        LegacyCodec codec = LegacyCodec.of(enc);
        for (String s : SENTENCES) {
            String text = enc == LegacyEncoding.TCVN3 ? s.toLowerCase(java.util.Locale.ROOT) : s;
            byte[] bytes = codec.encodeBytes(text);
            String latin1 = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            String cp1252 = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            assertThat(codec.decode(latin1)).isEqualTo(text);
            assertThat(codec.decode(cp1252)).isEqualTo(text);
            assertThat(codec.decode(bytes)).isEqualTo(text);
        }
    }

    @Test
    void viqrEscapesLiteralMnemonicsAfterAVowel() {
        LegacyCodec viqr = LegacyCodec.of(LegacyEncoding.VIQR);
        assertThat(viqr.encode("Hà Nội.")).isEqualTo("Ha` No^.i\\.");
        assertThat(viqr.encode("Đi đâu?")).isEqualTo("DDi dda^u\\?");
        assertThat(viqr.decode("Ha` No^.i.")).isEqualTo("Hà Nội.");
        assertThat(viqr.decode("Vie^.t Nam, d-o^`ng bo^`ng, DDa('k La('k")).isEqualTo("Việt Nam, đồng bồng, Đắk Lắk");
        assertThat(viqr.decode("ca?i ca'ch ha`nh chi'nh")).isEqualTo("cải cách hành chính");
        assertThat(viqr.decode("ngu+o+`i, tru+o+'c, (ghi chu'), ba\\(c")).isEqualTo("người, trước, (ghi chú), ba(c");
    }
}
