package org.vanban.structure;

import org.junit.jupiter.api.Test;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Section;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.model.SectionKind.*;

/** Headers and headings as English-model OCR leaves them on real scans (hand-written, not copied). */
class DamagedHeaderTest {
    private final HeaderParser header = new HeaderParser();
    private final StructureParser parser = new StructureParser();

    @Test
    void aDateCitedInTheBodyIsNotTheDocumentsDate() {
        // the scan starts at the type line: no number, no place and date
        String text = """
                 CHỈ THỊ
                Về việc tăng cường kỷ luật hành chính trên địa bàn xã

                Thời gian qua, công tác cải cách hành chính của xã có chuyển biến.
                Để thực hiện Quyết định số 45/QĐ-UBND ngày 03 tháng 5 năm 2022 của UBND huyện
                và Công văn số 118/UBND-NV ngày 9 tháng 6 năm 2022, Chủ tịch UBND xã yêu cầu:
                1. Công chức các bộ phận chấn chỉnh việc giải quyết hồ sơ.
                """;
        Header h = header.parse(text);
        assertThat(h.type()).isEqualTo(DocType.CHI_THI);
        assertThat(h.date()).isEmpty();
        assertThat(h.place()).isEmpty();
    }

    @Test
    void theOwnDateOnTheNumberLineIsStillRead() {
        String text = """
                UBND HUYỆN ĐÔNG ANH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 21/CT-UBND                ngày 07 tháng 3 năm 2024

                CHỈ THỊ
                Về công tác phòng chống thiên tai năm 2024
                """;
        Header h = header.parse(text);
        assertThat(h.number()).isEqualTo("21/CT-UBND");
        assertThat(h.date()).isEqualTo("2024-03-07");
    }

    @Test
    void aRomanHeadingReadAsOneIsPlacedByItsNeighbours() {
        // "II. Mục tiêu" came out of OCR as "1. Muc tiêu", between "I." and "I11." (= III)
        String text = """
                KẾ HOẠCH
                Phát triển du lịch huyện giai đoạn 2022 - 2025

                I. Quan điểm phát triển
                1. Phát triển du lịch gắn với bảo tồn di sản.
                2. Huy động các nguồn lực xã hội.

                1. Muc tiêu
                1. Mục tiêu chung
                Đưa du lịch trở thành ngành kinh tế quan trọng.
                2. Chỉ tiêu cụ thể
                Đến năm 2025 đón 500.000 lượt khách.

                I11. Nhiệm vụ và giải pháp
                1. Quy hoạch các điểm du lịch.

                IV. Tổ chức thực hiện
                Phòng Văn hóa chủ trì triển khai.
                """;
        List<Section> top = parser.parse(Docs.pages(text)).topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TARGETS, TASKS, IMPLEMENTATION);
        assertThat(top).extracting(Section::number).containsExactly("", "I", "II", "III", "IV");
    }

    @Test
    void anArabicPointIsNotTakenForAMissingRomanHeadingWhenTheSequenceHasNoGap() {
        String text = """
                KẾ HOẠCH
                Phát triển du lịch huyện năm 2023

                I. Mục đích, yêu cầu
                1. Mục tiêu
                Thu hút khách du lịch.

                II. Nhiệm vụ
                Quy hoạch các điểm du lịch.
                """;
        List<Section> top = parser.parse(Docs.pages(text)).topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TASKS);
    }

    @Test
    void aScanWithoutTypeLineTakesTheTypeItNamesItselfBy() {
        String text = """
                Phát triển du lịch huyện giai đoạn 2022 - 2025

                Du lịch được huyện xác định là ngành kinh tế mũi nhọn.
                Ủy ban nhân dân huyện xây dựng Kế hoạch phát triển du lịch với những nội dung sau:
                I. Mục tiêu
                Đón 500.000 lượt khách. Các phòng, ban triển khai Kế hoạch này theo chức năng.
                """;
        assertThat(header.parse(text).type()).isEqualTo(DocType.KE_HOACH);
        // a document that cites other types but never names itself stays unknown
        assertThat(header.parse("Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh về du lịch.").type())
                .isEqualTo(DocType.UNKNOWN);
    }

    @Test
    void theTypeTheRawTextNamesWhenRepairLostTheCue() {
        // repair dropped the line "sau: @" as noise: the repaired text ends the cue at "như"; the raw OCR keeps
        // "nhw sau", one letter misread
        String repaired = """
                Thực hiện Chương trình chuyển đổi số tỉnh năm 2022

                Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như

                I. MỤC TIÊU
                """;
        String raw = """
                Thu hién Chuong trinh chuyén déi sé tinh nam 2022

                Thu hién Quyét dinh s6 749/QD-TTg ngay 03/6/2020 cua Thu tuwéng Chinh phu, UBND tinh ban hanh Ké hoach nhw
                sau: @

                I. MUC TIEU
                """;
        assertThat(header.parse(repaired).type()).isEqualTo(DocType.UNKNOWN);
        assertThat(header.parse(repaired, raw).type()).isEqualTo(DocType.KE_HOACH);
        // the raw text is only a second reading: a raw text that names no type changes nothing
        assertThat(header.parse(repaired, "Thu hien Quyet dinh s6 749/QD-TTg").type()).isEqualTo(DocType.UNKNOWN);
    }

    @Test
    void romanNumeralsAsEnglishOcrReadsThem() {
        // "I." read as "Il.", "II." as "Il." again with a letter of its heading in lower case, "V." as "Vv."
        String text = """
                KE HOACH
                Lap lai trat tu do thi nam 2024

                Il. MUC DICH, YEU CAU
                Lap lai trat tu via he.

                Il. CHi TIEU
                1. Ty le tuyen pho dat chuan van minh khong duoi 90%.

                Ill. NOI DUNG THUC HIEN
                1. Ra quan hang tuan.

                IV. KINH PHI
                Ngan sach phuong.

                Vv. TO CHUC THUC HIEN
                Cong an phuong chu tri.
                """;
        List<Section> top = parser.parse(Docs.pages(text)).topLevel();
        assertThat(top).extracting(Section::number).containsExactly("", "I", "II", "III", "IV", "V");
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TARGETS, TASKS, BUDGET, IMPLEMENTATION);
    }

    @Test
    void aRomanNumeralWithACommaOrTForIIsStillAHeading() {
        // "IV." read as "TV." (a doubtful look-alike: placed by its neighbours) and "V." followed by a comma
        String text = """
                KE HOACH
                Phat trien du lich nam 2022

                I. MUC DICH, YEU CAU
                Thu hut du khach.

                II. MUC TIEU
                Don 500.000 luot khach.

                III. NHIEM VU
                1. Quang ba san pham du lich.

                TV. KINH PHI
                Ngan sach huyen.

                V, TO CHUC THUC HIEN
                Phong Van hoa chu tri.
                """;
        List<Section> top = parser.parse(Docs.pages(text)).topLevel();
        assertThat(top).extracting(Section::number).containsExactly("", "I", "II", "III", "IV", "V");
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, PURPOSE, TARGETS, TASKS, BUDGET, IMPLEMENTATION);
        // out of sequence, "TV." is a word, not a heading; a comma after a numeral before lower-case words is none
        String notHeadings = """
                KE HOACH
                Phat trien du lich nam 2022

                I. MUC DICH, YEU CAU
                TV. KINH PHI
                V, cac phong ban trien khai.
                """;
        assertThat(parser.parse(Docs.pages(notHeadings)).topLevel()).extracting(Section::number).containsExactly("", "I");
    }

    @Test
    void aDirectivePointThatOverseesTheDirectiveIsItsImplementationEvenWhenTheLineWraps() {
        String text = """
                CHI THI
                Ve tang cuong cong tac phong, chong thien tai nam 2021

                Huyen ven bien thuong xuyen chiu anh huong cua trieu cuong. Chu tich UBND huyen yeu cau:

                1. Thu truong cac co quan ra soat phuong an ung pho thien tai.

                2. Phong Nong nghiep kiem tra he thong de bien.

                3. Giao Van phong HDND va UBND huyen theo doi, don doc viec thuc hien Chi thi
                nay, bao cao Chu tich UBND huyen truoc ngay 15/12/2021.
                """;
        List<Section> top = parser.parse(Docs.pages(text)).topLevel();
        assertThat(top).extracting(Section::kind).containsExactly(PREAMBLE, CONTEXT, TASKS, IMPLEMENTATION);
    }

    @Test
    void aScanThatStartsAtItsTitleKeepsItAsTitle() {
        String text = """
                Cải cách hành chính và xây dựng chính quyền điện tử
                huyện Thạch Thành giai đoạn 2021 - 2025

                Cải cách hành chính được huyện xác định là một trong những giải pháp quan trọng.
                Ủy ban nhân dân huyện xây dựng Kế hoạch với những nội dung sau:
                """;
        assertThat(header.parse(text).title())
                .isEqualTo("Cải cách hành chính và xây dựng chính quyền điện tử huyện Thạch Thành giai đoạn 2021 - 2025");
        // a scan that starts in a paragraph of body text has no title
        String body = """
                Trong thời gian qua, công tác cải cách hành chính trên địa bàn huyện
                đã đạt được nhiều kết quả.

                Ủy ban nhân dân huyện xây dựng Kế hoạch với những nội dung sau:
                """;
        assertThat(header.parse(body).title()).isEmpty();
    }
}
