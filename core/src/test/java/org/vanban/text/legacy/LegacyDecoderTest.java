package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade: per-line detection, mixed documents, explicit encodings, TCVN3 capitals. */
class LegacyDecoderTest {
    private final LegacyDecoder decoder = new LegacyDecoder();

    @Test
    void decodesTheUsualHeader() {
        assertThat(decoder.decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc"))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        assertThat(decoder.decode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\r\nÑoäc laäp - Töï do - Haïnh phuùc\r\n"))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc\r\n");
        assertThat(decoder.decode("Vie^.t Nam, tha`nh pho^' DDa` Na(~ng")).isEqualTo("Việt Nam, thành phố Đà Nẵng");
    }

    @Test
    void mixedDocumentKeepsPlainLinesAndLineCount() {
        Tcvn3Codec tcvn3 = new Tcvn3Codec(CapitalsMode.NONE);
        String legacy1 = tcvn3.encode("thông qua kế hoạch cải cách hành chính");
        String legacy2 = tcvn3.encode("giao phòng nội vụ chủ trì thực hiện");
        String unicode = "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành.";
        String ascii = "So: 39/KH-UBND";
        String english = "Annex 1: budget (in VND)";
        String latin1Unicode = "Ký tên"; // valid Unicode whose ê is also a TCVN3 code (ờ)
        String doc = String.join("\n", legacy1, unicode, ascii, "", legacy2, english, latin1Unicode);
        String out = decoder.decode(doc);
        assertThat(out.split("\n", -1)).containsExactly(
                "thông qua kế hoạch cải cách hành chính", unicode, ascii, "",
                "giao phòng nội vụ chủ trì thực hiện", english, latin1Unicode);
        List<LegacyDecoder.Line> lines = decoder.decodeLines(doc);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).detection().encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(lines.get(1).detection().needsDecoding()).isFalse();
        assertThat(lines.get(0).raw()).isEqualTo(legacy1);
    }

    @Test
    void strayLatin1LettersOfEnglishOcrAreNoLegacyText() {
        // an English OCR model writes "về" as "vé" and "với" as "véi": é is also a TCVN3 code, but one or two such
        // words in a long line of plain words make no TCVN3 line
        String ocr = "de nghi cac phong chuyen mon tham muu giai phap vé cong tac can bo véi tinh than moi";
        assertThat(decoder.decode(ocr)).isEqualTo(ocr);
        // nor do a few "dd" words (VIQR for đ) pooled over a page of such lines make a VIQR document
        String page = String.join("\n", "tiep tuc ddy manh cong tac cai cach hanh chinh tren dia ban huyen nam nay",
                "theo ddi, danh gia ket qua thuc hien cua cac co quan don vi trong huyen", ocr,
                "bao cao ket qua thuc hien ve Uy ban nhan dan huyen truoc ngay 15 hang thang",
                "cac co quan chuyen mon phoi hop chat che voi nhau trong qua trinh thuc hien",
                "giao Phong Noi vu theo doi, huong dan, kiem tra viec thuc hien ke hoach nay");
        assertThat(decoder.decode(page)).isEqualTo(page);
    }

    @Test
    void shortLinesFollowTheDocumentEncoding() {
        Tcvn3Codec tcvn3 = new Tcvn3Codec(CapitalsMode.NONE);
        // "sè vÒ" (TCVN3 for "số về") is also valid Unicode Vietnamese on its own; the document decides
        String doc = tcvn3.encode("số về") + "\n" + tcvn3.encode("danh sách các đơn vị được giao thực hiện nhiệm vụ");
        assertThat(tcvn3.encode("số về")).isEqualTo("sè vÒ");
        assertThat(decoder.decode(doc)).isEqualTo("số về\ndanh sách các đơn vị được giao thực hiện nhiệm vụ");
        assertThat(decoder.decode("sè vÒ")).as("alone it stays").isEqualTo("sè vÒ");
    }

    @Test
    void plainTextIsReturnedUnchanged() {
        String text = "Thong qua Ke hoach\nCafé à Paris\nThông qua Kế hoạch\nHello, world.\n";
        assertThat(decoder.decode(text)).isEqualTo(text);
    }

    @Test
    void decomposedUnicodeBecomesNfc() {
        String nfc = "Kế hoạch cải cách hành chính, người dân";
        String nfd = Normalizer2.getNFDInstance().normalize(nfc);
        assertThat(decoder.decode("abc\n" + nfd)).isEqualTo("abc\n" + nfc);
        // tone typed before the vowel mark still composes
        assertThat(decoder.decode("Ke\u0301\u0302 hoa\u0323ch", LegacyEncoding.UNICODE)).isEqualTo("Kế hoạch");
    }

    @Test
    void explicitEncodingSkipsDetection() {
        assertThat(decoder.decode("c¸c", LegacyEncoding.TCVN3)).isEqualTo("các");
        assertThat(decoder.decode("caùc", LegacyEncoding.VNI)).isEqualTo("các");
        assertThat(decoder.decode("ca'c", LegacyEncoding.VIQR)).isEqualTo("các");
        assertThat(decoder.decode("Viêòt", LegacyEncoding.CP1258)).isEqualTo("Việt");
        assertThatThrownBy(() -> decoder.decode("x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tcvn3CapitalsModes() {
        String heading = "CéNG HOµ X· HéI";
        assertThat(new Tcvn3Codec(CapitalsMode.NONE).decode(heading)).isEqualTo("CộNG HOà Xã HộI");
        assertThat(new Tcvn3Codec(CapitalsMode.AUTO).decode(heading)).isEqualTo("CỘNG HOÀ XÃ HỘI");
        assertThat(new Tcvn3Codec(CapitalsMode.AUTO).decode("Hµ Néi")).as("title case stays").isEqualTo("Hà Nội");
        assertThat(new Tcvn3Codec(CapitalsMode.AUTO).decode("TØNH Hµ TÜNH")).isEqualTo("TỈNH HÀ TĨNH");
        assertThat(new Tcvn3Codec(CapitalsMode.AUTO).decode("Tê TR×NH\nTê tr×nh")).isEqualTo("TỜ TRÌNH\nTờ trình");
        assertThat(decoder.decode("I- T×NH H×NH\nTHõA KÕ THEO DI CHóC\n§IÒU 1. PH¹M VI §IÒU CHØNH"))
                .isEqualTo("I- TÌNH HÌNH\nTHỪA KẾ THEO DI CHÚC\nĐIỀU 1. PHẠM VI ĐIỀU CHỈNH");
        // typed in lower case in .VnTimeH: only the caller can know
        assertThat(new Tcvn3Codec(CapitalsMode.ALL).decode("céng hoµ")).isEqualTo("CỘNG HOÀ");
        assertThat(new LegacyDecoder(CapitalsMode.ALL).decode("céng hoµ x· héi chñ nghÜa viÖt nam"))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void viqrSentenceEndAndEscapes() {
        assertThat(decoder.decode("To^i ye^u Ha` No^.i.")).isEqualTo("Tôi yêu Hà Nội.");
        assertThat(decoder.decode("Quye^'t ddi.nh so^' 12/QDD-UBND cu?a HDDND ti?nh")).isEqualTo("Quyết định số 12/QĐ-UBND của HĐND tỉnh");
        // syllables glued without a space still take their own tone and đ
        assertThat(decoder.decode("na(m ta`i chi'nhdde^? quye^'t, tru+o+`ngho+.p kha'c"))
                .isEqualTo("năm tài chínhđể quyết, trườnghợp khác");
        LegacyCodec viqr = LegacyCodec.of(LegacyEncoding.VIQR);
        for (String s : List.of("address, hidden, ADD, odd-even", "đi học. Hà Nội? Có 'ngoặc'"))
            assertThat(viqr.decode(viqr.encode(s))).isEqualTo(s);
    }
}
