package org.vanban.lab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.pipeline.DocumentBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealStructureBenchTest {
    private static final String PLAN = String.join("\n",
            "UBND TỈNH BÌNH PHƯỚC           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "UBND THỊ XÃ PHƯỚC LONG                Độc lập - Tự do - Hạnh phúc",
            "Số: 58/KH-UBND                  Phước Long, ngày 22 tháng 3 năm 2021",
            "",
            "KẾ HOẠCH",
            "Chuyển đổi số trên địa bàn thị xã Phước Long năm 2021",
            "",
            "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Ủy ban nhân dân thị xã ban hành Kế hoạch:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.",
            "II. MỤC TIÊU",
            "- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt tối thiểu 50%;",
            "III. TỔ CHỨC THỰC HIỆN",
            "Phòng Văn hóa và Thông tin chủ trì theo dõi, đôn đốc.",
            "Nơi nhận:",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Lê Văn Hùng", "");

    private static String gold(String sections, String target) {
        return "{\"_note\":\"x\",\"a.ocr.txt\":[{\"type\":\"KE_HOACH\",\"number\":\"58/KH-UBND\",\"date\":\"2021-03-22\","
                + "\"locality\":{\"code\":\"688\"},\"sections\":" + sections + ",\"refs\":[\"76/NQ-CP\",\"99/ND-CP\"],"
                + "\"targets\":[" + target + "]}]}";
    }

    @Test
    void scoresTheProductsChainAgainstTheGold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ocr.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("structure-gold.json"),
                gold("[\"PURPOSE\",\"TARGETS\",\"IMPLEMENTATION\"]", "[50,\"trực tuyến\"]"), StandardCharsets.UTF_8);
        RealStructureBench.Report r = new RealStructureBench(new DocumentBuilder()).run(dir);
        assertThat(r.toString()).contains("files split into the right number of documents  1/1")
                .contains("1/1, 1/1, 1/1").contains("cited document numbers found                    1/2")
                .contains("target clauses found (value + metric)           1/1");
        assertThat(r.notes()).contains("a.ocr.txt#1: missed reference 99/ND-CP");
        assertThat(r.score()).isLessThan(1.0).isGreaterThan(0.8);
    }

    @Test
    void wrongSectionsAndTargetsAreCountedAsMisses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ocr.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("structure-gold.json"), gold("[\"TASKS\"]", "[70,\"trực tuyến\"]"),
                StandardCharsets.UTF_8);
        RealStructureBench.Report r = new RealStructureBench(new DocumentBuilder()).run(dir);
        assertThat(r.toString()).contains("level-1 section kinds in the right order        0/1")
                .contains("target clauses found (value + metric)           0/1");
    }

    @Test
    void titlesAreScoredOnlyWhereTheGoldGivesOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ocr.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.ocr.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.ocr.txt"), PLAN, StandardCharsets.UTF_8);
        String doc = "{\"type\":\"KE_HOACH\",\"number\":\"58/KH-UBND\",\"date\":\"2021-03-22\",\"locality\":null,"
                + "\"sections\":[],\"refs\":[],\"targets\":[]";
        Files.writeString(dir.resolve("structure-gold.json"), "{"
                + "\"a.ocr.txt\":[" + doc + ",\"title\":\"CHUYEN DOI SO  tren dia ban thi xa Phuoc Long nam 2021\"}],"
                + "\"b.ocr.txt\":[" + doc + ",\"title\":\"Chuyển đổi số trên địa bàn thị xã Phước Long\"}],"
                + "\"c.ocr.txt\":[" + doc + ",\"title_contains\":\"địa bàn thị xã\"}]}", StandardCharsets.UTF_8);
        RealStructureBench.Report r = new RealStructureBench(new DocumentBuilder()).run(dir);
        assertThat(r.toString()).contains("titles found (where the gold gives one)         2/3");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("b.ocr.txt#1: title 'Chuyển đổi số trên địa bàn thị xã Phước Long năm 2021'"));

        Files.writeString(dir.resolve("structure-gold.json"), "{\"a.ocr.txt\":[" + doc + "}]}", StandardCharsets.UTF_8);
        assertThat(new RealStructureBench(new DocumentBuilder()).run(dir).toString())
                .as("no title in the gold: not scored").contains("titles found (where the gold gives one)         0/0");
    }

    @Test
    void aFolderWithoutGoldIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> new RealStructureBench(new DocumentBuilder()).run(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("structure-gold.json");
    }
}
