package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.vanban.vi.Syllables;

import static org.assertj.core.api.Assertions.assertThat;

/** Detection on samples built by encoding our own sentences, and on text that must not be taken for legacy. */
class LegacyDetectorTest {
    private final LegacyDetector detector = new LegacyDetector();

    static final List<String> SAMPLES = List.of(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Ủy ban nhân dân thị xã ban hành kế hoạch thực hiện công tác cải cách hành chính năm 2021.",
            "Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai.",
            "Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ mười một thông qua nghị quyết này.",
            "Nơi nhận: như Điều 3; lưu văn thư, phòng tư pháp.");

    private static String legacy(LegacyEncoding enc, String s) {
        return enc == LegacyEncoding.TCVN3
                ? LegacyCodec.of(enc).encode(s.toLowerCase(Locale.ROOT))
                : LegacyCodec.of(enc).encode(s);
    }

    @ParameterizedTest
    @EnumSource(value = LegacyEncoding.class, names = {"TCVN3", "VNI", "VIQR", "CP1258"})
    void detectsEachEncodingLineByLine(LegacyEncoding enc) {
        for (String s : SAMPLES) {
            String src = legacy(enc, s);
            Detection d = detector.detectLine(src);
            assertThat(d.encoding()).as(src).isEqualTo(enc);
            assertThat(d.confidence()).as(src).isGreaterThan(0.5);
            assertThat(d.evidence()).isGreaterThan(d.against());
        }
        String block = String.join("\n", SAMPLES.stream().map(s -> legacy(enc, s)).toList());
        assertThat(detector.detect(block).encoding()).isEqualTo(enc);
    }

    @Test
    void detectsWellKnownHeadingsInTheWild() {
        // typed in .VnTimeH: ASCII capitals with lower-case TCVN3 codes
        assertThat(detector.detectLine("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM").encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(detector.detectLine("§éc lËp - Tù do - H¹nh phóc").encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(detector.detectLine("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM").encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(detector.detectLine("Ñoäc laäp - Töï do - Haïnh phuùc").encoding()).isEqualTo(LegacyEncoding.VNI);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thong qua Ke hoach tiep tuc day manh cai cach hanh chinh thi xa Phuoc Long",
            "HOI DONG NHAN DAN TINH BINH PHUOC",
            "So: 39/KH-UBND ngay 08/11/2011, 100% dat chi tieu",
            "The committee shall meet on Monday. What's the agenda? It's John's turn, isn't it?",
            "Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>",
            "you're right, I'd say O'Brien's report (draft) is due e.g. today.",
            "Café à Paris, où est la gare ? Très bien, merci.",
            "Der Bär läuft über die Straße nach Österreich.",
            "El señor de España habla español.",
            "Thông qua Kế hoạch tiếp tục đẩy mạnh cải cách hành chính",
            "Có các bà mẹ và trẻ em",
            "Số: 12/QĐ-UBND, ngày 3 tháng 4 năm 2020",
            "“Tài liệu” – mục 1.2 … xem phụ lục",
            ""})
    void doesNotFireOnPlainText(String line) {
        Detection d = detector.detectLine(line);
        assertThat(d.encoding()).as(line).isEqualTo(LegacyEncoding.UNICODE);
        assertThat(d.needsDecoding()).isFalse();
    }

    @Test
    void decomposedUnicodeIsUnicodeNeedingNfc() {
        String nfd = Normalizer2.getNFDInstance().normalize("Kế hoạch cải cách hành chính");
        Detection d = detector.detectLine(nfd);
        assertThat(d.encoding()).isEqualTo(LegacyEncoding.UNICODE);
        assertThat(d.needsDecoding()).isTrue();
        assertThat(d.evidence()).isGreaterThan(0);
    }

    @ParameterizedTest
    @EnumSource(value = LegacyEncoding.class, names = {"TCVN3", "VNI", "CP1258"})
    void isoLatin1BytePathAndCp1252CharPathAgree(LegacyEncoding enc) {
        // “quotes” and an en dash use bytes 0x93 0x94 0x96: C1 controls in ISO-8859-1, punctuation in cp1252
        String s = "“Kế hoạch” số 12 – năm 2021 về cải cách hành chính";
        String text = enc == LegacyEncoding.TCVN3 ? s.toLowerCase(Locale.ROOT) : s;
        byte[] bytes = LegacyCodec.of(enc).encodeBytes(text);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        String cp1252 = new String(bytes, Charset.forName("windows-1252"));
        assertThat(latin1).isNotEqualTo(cp1252);
        assertThat(detector.detectLine(latin1).encoding()).isEqualTo(enc);
        assertThat(detector.detectLine(cp1252).encoding()).isEqualTo(enc);
        assertThat(detector.detect(bytes).encoding()).isEqualTo(enc);
        LegacyDecoder decoder = new LegacyDecoder();
        assertThat(decoder.decode(latin1)).isEqualTo(text);
        assertThat(decoder.decode(cp1252)).isEqualTo(text);
        assertThat(decoder.decode(bytes)).isEqualTo(text);
        // the same text as UTF-8 mojibake (legacy chars saved as UTF-8) also decodes
        assertThat(decoder.decode(cp1252.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void strictSyllableCheck() {
        for (String ok : List.of("giới", "gì", "quốc", "khuya", "thuở", "người", "rượu", "khuỷu", "xoong", "thuý", "hoà", "ĐƯỢC"))
            assertThat(Syllables.isValid(ok)).as(ok).isTrue();
        for (String bad : List.of("cỏc", "Cafộ", "yoủ", "oâng", "giii", "cac", "bơị", "ngaỳ", "tynh", "hello", "Paris"))
            assertThat(Syllables.isValid(bad)).as(bad).isFalse();
    }
}
