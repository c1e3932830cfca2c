package org.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StampNoiseTest {
    private final NoiseLineFilter filter = new NoiseLineFilter();

    @Test
    void realShortLinesOfASignatureBlockSurvive() {
        for (String s : new String[]{"Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
                "Nguyễn Văn A", "Trần Thị Bích Ngọc", "- Lưu: VT, KT.", "- UBND các huyện, TP;", "Chương II",
                "Mục 2", "Điều 1.", "Số: 12/QĐ-UBND", "TP.HCM, ngày 5 tháng 3 năm 2020", "a) Sở Tài chính;",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "STT", "ĐVT", "BCĐ"}) {
            assertEquals(s, StampNoise.clean(s), s);
        }
    }

    @Test
    void junkTokensAreTold() {
        for (String s : new String[]{"ˆ", "~", "HN", "LQ", "nh", "…", "§"}) assertTrue(StampNoise.isJunkToken(s), s);
        for (String s : new String[]{"-", "UBND", "TM.", "tỉnh;", "12/QĐ-UBND", "1.", "Nơi", "hànhchính", "......"}) {
            assertFalse(StampNoise.isJunkToken(s), s);
        }
    }

    @Test
    void cleanTextWithOddLettersStays() {
        for (String s : new String[]{"c) Nhân sự:", "d) Nước thải:", "b) Chẩn đoán HIV:", "c, d và đ khoản 1 Điều này;",
                "Xã Đăk Rơ Wa", "xã Ia Tôr.", "huyén Long M§.", "Ty 1& v&i S& hi¢u", "phường Đăk Cấm.", "UBND TỈNH, TP…",
                "Kính gửi: . . . . . . . . . . (1)", "- Tên: ...................................;"}) {
            assertEquals(s, StampNoise.clean(s), s);
        }
    }

    @Test
    void inkIsBlankedAndTheWordsAfterItKept() {
        assertEquals("", StampNoise.clean("' ˆ"));
        // letters alone are not proof of ink (see cleanTextWithOddLettersStays): the fragment stays
        assertEquals("hành nh TM.", StampNoise.clean("hành nh TM."));
        String cleaned = StampNoise.clean("2 HN ~ TT TU … LQ CHỦ TỊCH");
        assertEquals("CHỦ TỊCH", cleaned.strip());
        assertEquals("2 HN ~ TT TU … LQ CHỦ TỊCH".length(), cleaned.length(), "columns stay where they were");
        assertEquals("6/2021.  ", StampNoise.clean("6/2021. '"), "numbers are never ink");
        assertEquals("~ Lưu: VT.      ", StampNoise.clean("~ Lưu: VT. ˆ \\/Z"), "a leading ~ is a list dash");
        assertEquals("UBND TỈNH HẢI DƯƠNG   CỘNG HÒA", StampNoise.clean("UBND TỈNH HẢI DƯƠNG ˆ CỘNG HÒA"), "a lone accent is ink");
        assertEquals("UBND THÀNH PHỐ HÀ NỘI", StampNoise.clean("UBND THÀNH PHỐ.HÀ NỘI"));
        assertEquals("UBND TP.HÀ NỘI", StampNoise.clean("UBND TP.HÀ NỘI"), "an abbreviation's dot stays");
    }

    @Test
    void inkAfterAListItemsEndIsBlankedOnALineWithoutColumnGaps() {
        // OCR joins the recipients column and the signature column with one space: the tail after the item's ';'
        assertEquals("- Sở Nội vụ;", StampNoise.clean("- Sở Nội vụ; - 2 HN").stripTrailing());
        assertEquals("~ TT TU, TT.HĐND thị xã;    CHỦ TỊCH", StampNoise.clean("~ TT TU, TT.HĐND thị xã; IQ CHỦ TỊCH"));
        assertEquals("- CT, các PCT UBND thị xã;", StampNoise.clean("- CT, các PCT UBND thị xã; 7").stripTrailing());
        assertEquals("~ TT Đảng ủy, TT HĐND xã;", StampNoise.clean("~ TT Đảng ủy, TT HĐND xã; = ) TỊCH").stripTrailing());
        assertEquals("- Các phòng chuyên môn;", StampNoise.clean("- Các phòng chuyên môn; §").stripTrailing());
        assertEquals("~ Sở Nội vụ thành phố;", StampNoise.clean("~ Sở Nội vụ thành phố; N").stripTrailing());
        String line = "- Sở Nội vụ; - 2 HN";
        assertEquals(line.length(), StampNoise.clean(line).length(), "columns stay where they were");
        // the filter drops the blanks the tail leaves
        assertEquals("- Sở Nội vụ;\n- CT, các PCT UBND thị xã;",
                filter.apply("- Sở Nội vụ; - 2 HN\n- CT, các PCT UBND thị xã; 7"));
    }

    @Test
    void whatFollowsAListItemsEndStaysWhenItIsText() {
        for (String s : new String[]{
                "- UBND tỉnh (b/c); KT. CHỦ TICH", // the signature column's title
                "- Như trên; - Bộ Tài chính;", // two items on one line
                "- Xây dựng nền móng cho cơ sở hạ tầng; Ứng", // the next item wraps onto the next line
                "- Xay dung nén méng cho co sé ha tdng; Gmg", // the same, as English OCR reads it
                "- tô chức → tổ chức; qi → đi.", // one lower-case word after a symbol may be text
                "- Các điểm a, b; khoản 2; 3", // numbers are never ink
                "- Lưu: VT, NV.", "- Căn cứ vào đời sống của các hộ. …", "Điều 5; 6 HN", // not a list item
        }) {
            assertEquals(s, StampNoise.clean(s), s);
        }
    }

    @Test
    void aSignatureBlockWithJunkKeepsItsColumnsAndLosesTheInk() {
        String block = String.join("\n",
                "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN",
                "- Như trên;                                 KT. CHỦ TỊCH",
                "- Sở Tài chính;                    ~ qx ˆ ' PHÓ CHỦ TỊCH",
                "- Lưu: VT.                                  ' ˆ ~",
                "  ` ~ hn ˆ",
                "                                            Nguyễn Văn Bình");
        String out = filter.apply(block);
        String expected = String.join("\n",
                "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN",
                "- Như trên;                                 KT. CHỦ TỊCH",
                "- Sở Tài chính;                             PHÓ CHỦ TỊCH",
                "- Lưu: VT.",
                "                                            Nguyễn Văn Bình");
        assertEquals(expected, out);
        assertFalse(out.contains("ˆ"));
    }
}
