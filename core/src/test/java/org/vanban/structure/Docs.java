package org.vanban.structure;

import org.vanban.model.Page;
import org.vanban.model.PageSource;

import java.util.ArrayList;
import java.util.List;

/** Small hand-written documents for the structure tests. */
final class Docs {
    private Docs() {
    }

    static List<Page> pages(String... texts) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) pages.add(new Page(i + 1, texts[i], texts[i], 90, PageSource.OCR));
        return pages;
    }

    static final String PLAN_PAGE_1 = """
            UBND TỈNH BÌNH PHƯỚC           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            UBND THỊ XÃ PHƯỚC LONG                Độc lập - Tự do - Hạnh phúc
                                                  ---------------
            Số: 39/KH-UBND                  Phước Long, ngày 15 tháng 3 năm 2021

            KẾ HOẠCH
            Cải cách hành chính trên địa bàn thị xã
            Phước Long năm 2021

            Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh về ban hành Kế hoạch
            cải cách hành chính năm 2021, Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Nâng cao chất lượng phục vụ người dân và doanh nghiệp.
            2. Yêu cầu
            Bám sát chỉ đạo của tỉnh; phân công rõ ràng.
            IL. MỤC TIÊU
            1. Mục tiêu chung
            Xây dựng nền hành chính phục vụ.
            2. Chỉ tiêu cụ thể
            - 100% thủ tục hành chính được công khai.
            """;

    static final String PLAN_PAGE_2 = """
            II1. NHIỆM VỤ, GIẢI PHÁP
            1. Cải cách thể chế
            Rà soát văn bản quy phạm pháp luật.
            2. Cải cách thủ tục hành chính
            Đơn giản hóa thủ tục.
            IV. KINH PHÍ THỰC HIỆN
            Từ nguồn ngân sách thị xã năm 2021.
            V. TỔ CHỨC THỰC HIỆN
            1. Phòng Nội vụ
            Chủ trì theo dõi, đôn đốc.
            Nơi nhận:
            - UBND tỉnh;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Văn A
            """;

    static final String DECISION = """
            ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THỊ XÃ PHƯỚC LONG                    Độc lập - Tự do - Hạnh phúc
            ---------                            ---------------
            Số:39/QĐ-UBND                  Phước Long, ngày 02 tháng 4 năm 2021

            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch cải cách hành chính
            năm 2021 của thị xã Phước Long
            --------
            CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ PHƯỚC LONG

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh;
            Xét đề nghị của Trưởng phòng Nội vụ thị xã,

            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2021
            của thị xã Phước Long.
            Điều 2. Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan
            tổ chức thực hiện Kế hoạch này.
            Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Nội vụ và Thủ trưởng các
            cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
            Quyết định này có hiệu lực kể từ ngày ký./.
            Nơi nhận:                               TM. ỦY BAN NHÂN DÂN
            - Như Điều 3;                                 CHỦ TỊCH
            - Lưu: VT.
                                                     Nguyễn Văn A
            """;

    static final String DIRECTIVE = """
            ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH BÌNH PHƯỚC               Độc lập - Tự do - Hạnh phúc
            Số: 05/CT-UBND           Đồng Xoài, ngày 10 tháng 02 năm 2021

            CHỈ THỊ
            Về việc tăng cường công tác phòng, chống dịch COVID-19

            Trong thời gian qua, tình hình dịch bệnh diễn biến phức tạp.
            Để chủ động phòng, chống dịch, Chủ tịch UBND tỉnh yêu cầu:
            1. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố tập trung triển khai
            các biện pháp phòng, chống dịch.
            2. Sở Y tế theo dõi chặt chẽ tình hình dịch bệnh:
            a) Tăng cường giám sát;
            b) Chuẩn bị vật tư.
            3. Tổ chức thực hiện: Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm
            thực hiện Chỉ thị này.
                                                 CHỦ TỊCH
                                                 Trần Văn B
            """;

    /** Tesseract output of a rendered plan page scaled down to 40% with speckles (real OCR damage). */
    static final String DAMAGED_PLAN = """
            UBND TÌNH BÌNH PHƯỚC. “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.
            UBND THỊ XÃ PHƯỚC LONG Đặc lập.- ự do - Hạnh phúc.

            Số: 39/KH-UBND Phước Lohg, ngấy 15 thắng ở năm 2041
            KỂ HOẠCH
            Cải cách hành chính trên địa bản thị xã Phước Lông năm 2021

            thực hiện Quyết định số 12/(2Đ-UBND ngày 05/01⁄2021 của ƯBND tính, Ủy ban nhấn dân thị
            xã ban hành Kế hoạch cải cách ñành chính ñặm 2021 như san:

            1. MỤC ĐÍCH, YẾU CÂU

            1: Mục đích

            Nâng caø.chất lượng phục vụ người dân và doanh nghiệp.
            1Ị. MỤC TIỂU

            1H. NHIỆM VỤ, GIẢI PHÁP.

            1V.'TÕ CHỨC LTHỰC HIỆN

            Nơi nhận: - TM. ỦY BAN NHÂN HÂN
            ~ UBND nh; CHỦ TỊCH
            """;

    /** A plan whose parts are numbered 1., 2. in capitals, with no roman numerals at all. */
    static final String ARABIC_PLAN = """
            KẾ HOẠCH
            Tuyên truyền pháp luật năm 2022
            1. MỤC ĐÍCH, YÊU CẦU
            Nâng cao nhận thức.
            2. NỘI DUNG
            Tuyên truyền trên loa.
            3. TỔ CHỨC THỰC HIỆN
            Các đơn vị thực hiện.
            """;
}
