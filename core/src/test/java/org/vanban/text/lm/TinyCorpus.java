package org.vanban.text.lm;

import java.util.List;

/** A few dozen Vietnamese administrative sentences for training tiny models in tests. */
final class TinyCorpus {

    private TinyCorpus() {
    }

    static final List<String> LINES = List.of(
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2025.",
            "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
            "Tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh.",
            "Kế hoạch cải cách hành chính được triển khai đến các sở, ban, ngành.",
            "Công tác cải cách hành chính là nhiệm vụ trọng tâm của năm.",
            "Các cơ quan, đơn vị thực hiện cải cách thủ tục hành chính theo quy định.",
            "Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.",
            "Sở Nội vụ chủ trì, phối hợp với các cơ quan có liên quan hướng dẫn thực hiện.",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;",
            "Hội đồng nhân dân tỉnh thông qua Nghị quyết về kế hoạch phát triển kinh tế.",
            "HỘI ĐỒNG NHÂN DÂN TỈNH QUYẾT NGHỊ:",
            "Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều chỉnh kế hoạch đầu tư công trung hạn của tỉnh.",
            "Điều chỉnh, bổ sung một số nội dung của kế hoạch.",
            "Người dân được hạnh phúc khi thủ tục hành chính được đơn giản hóa.",
            "Cái mới trong cải cách là ứng dụng công nghệ thông tin.",
            "Cách thức thực hiện được hướng dẫn cụ thể tại Điều 3.",
            "Hành vi vi phạm bị xử lý theo quy định của pháp luật.",
            "Chính quyền địa phương chịu trách nhiệm tổ chức thực hiện.",
            "Chính phủ giao Bộ Nội vụ hướng dẫn thực hiện cải cách hành chính.",
            "Tỷ lệ giải quyết hồ sơ đúng hạn đạt 100% kế hoạch.",
            "Kinh phí thực hiện từ ngân sách nhà nước.",
            "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện.",
            "Các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 15 tháng 12.",
            "Tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước.",
            "Nâng cao chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính.",
            "Thông qua Kế hoạch tiếp tục đẩy mạnh cải cách hành chính giai đoạn 2021 - 2025.",
            "Về việc tiếp tục tăng cường công tác cải cách hành chính.",
            "Số hồ sơ tiếp nhận trong kỳ là 1.250 hồ sơ.",
            "Hạnh phúc của nhân dân là mục tiêu của chính quyền.",
            "Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh.",
            "Chỉnh sửa quy chế cho phù hợp với tình hình thực tế.",
            "Cạnh tranh lành mạnh giữa các doanh nghiệp.",
            "Hành chính công phục vụ nhân dân.",
            "Tổ chức thực hiện cải cách hành chính hiệu quả.");
}
