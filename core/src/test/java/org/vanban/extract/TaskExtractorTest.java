package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.model.TaskAssignment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskExtractorTest {
    private final TaskExtractor extractor = new TaskExtractor();

    @Test
    void pipeTableWithContinuationAndGroupRows() {
        String text = """
                PHỤ LỤC
                DANH MỤC NHIỆM VỤ
                STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
                I | Cải cách thể chế | | |
                1 | Rà soát văn bản quy phạm pháp luật | Phòng Tư pháp | Các phòng, ban chuyên môn | Quý II/2021
                2 | Tuyên truyền cải cách hành chính | Phòng Nội vụ | Phòng Văn hóa và Thông tin; UBND các xã | Thường xuyên
                  | trên loa truyền thanh | | |
                """;
        List<TaskAssignment> t = extractor.extract(text, null);
        assertThat(t).hasSize(2);
        assertThat(t.get(0).task()).isEqualTo("Rà soát văn bản quy phạm pháp luật");
        assertThat(t.get(0).lead()).isEqualTo("Phòng Tư pháp");
        assertThat(t.get(0).partners()).containsExactly("Các phòng, ban chuyên môn");
        assertThat(t.get(0).timeframe()).isEqualTo("Quý II/2021");
        assertThat(t.get(1).task()).isEqualTo("Tuyên truyền cải cách hành chính trên loa truyền thanh");
        assertThat(t.get(1).partners()).containsExactly("Phòng Văn hóa và Thông tin", "UBND các xã");
    }

    @Test
    void oneCellPerLineTable() {
        String text = """
                STT
                Nhiệm vụ
                Cơ quan chủ trì
                Cơ quan phối hợp
                Thời gian thực hiện
                1
                Số hóa hồ sơ thủ tục hành chính
                Văn phòng HĐND và UBND
                Phòng Nội vụ
                Năm 2022
                2
                Nâng cấp Cổng thông tin điện tử
                của huyện
                Phòng Văn hóa và Thông tin
                Văn phòng HĐND và UBND
                Quý IV/2022
                """;
        List<TaskAssignment> t = extractor.extract(text, null);
        assertThat(t).extracting(TaskAssignment::task).containsExactly(
                "Số hóa hồ sơ thủ tục hành chính", "Nâng cấp Cổng thông tin điện tử của huyện");
        assertThat(t).extracting(TaskAssignment::lead).containsExactly(
                "Văn phòng HĐND và UBND", "Phòng Văn hóa và Thông tin");
        assertThat(t).extracting(TaskAssignment::timeframe).containsExactly("Năm 2022", "Quý IV/2022");
    }

    @Test
    void labelledParagraphsUnderTasks() {
        String text = """
                2. Nhiệm vụ cụ thể
                a) Tổ chức đối thoại với doanh nghiệp
                về thủ tục đất đai.
                - Cơ quan chủ trì: Phòng Tài nguyên và Môi trường.
                - Cơ quan phối hợp: Văn phòng HĐND và UBND, các cơ quan, đơn vị có liên quan.
                - Thời gian thực hiện: Quý III năm 2021.
                b) Kiểm tra công vụ. Đơn vị thực hiện: Phòng Nội vụ; thời gian: hằng quý.
                \f
                """;
        List<TaskAssignment> t = extractor.extract(text, null);
        assertThat(t).hasSize(2);
        assertThat(t.get(1).task()).isEqualTo("Kiểm tra công vụ");
        assertThat(t.get(1).lead()).isEqualTo("Phòng Nội vụ");
        assertThat(t.get(1).partners()).isEmpty();
        assertThat(t.get(1).timeframe()).isEqualTo("hằng quý");
        assertThat(t.get(0).task()).isEqualTo("Tổ chức đối thoại với doanh nghiệp về thủ tục đất đai");
        assertThat(t.get(0).lead()).isEqualTo("Phòng Tài nguyên và Môi trường");
        assertThat(t.get(0).partners()).containsExactly("Văn phòng HĐND và UBND", "các cơ quan, đơn vị có liên quan");
        assertThat(t.get(0).timeframe()).isEqualTo("Quý III năm 2021");
        assertThat(t.get(0).page()).isEqualTo(1);
    }

    @Test
    void partnersSplitKeepsLowerCasePiecesTogether() {
        assertThat(TaskExtractor.agencies("Sở Tài chính, Sở Kế hoạch và Đầu tư; các cơ quan, đơn vị liên quan"))
                .containsExactly("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các cơ quan, đơn vị liên quan");
    }
}
