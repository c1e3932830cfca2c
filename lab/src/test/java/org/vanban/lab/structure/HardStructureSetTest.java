package org.vanban.lab.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HardStructureSetTest {
    private static final String COMPOUND = String.join("\n",
            "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch trồng cây xanh năm 2024",
            "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng cây xanh năm 2024.",
            "---page---",
            "KẾ HOẠCH",
            "(Kèm theo Quyết định số 12/QĐ-UBND ngày 2/1/2024)",
            "I. MỤC TIÊU");

    @Test
    void eachDocumentsTitleIsTheLineAfterItsTypeLine() {
        assertThat(HardStructureSet.titles(COMPOUND, 2)).containsExactly("Ban hành Kế hoạch trồng cây xanh năm 2024", "");
        assertThat(HardStructureSet.titles("CHỈ THỊ\nVề tăng cường kỷ luật hành chính\n\nNội dung.", 1))
                .containsExactly("Về tăng cường kỷ luật hành chính");
        assertThat(HardStructureSet.titles(COMPOUND, 1)).as("type lines and documents do not agree: no titles")
                .containsExactly("");
    }

    @Test
    void anAttachedDocumentLosesTheHeaderAboveItsTypeLine() {
        String page = "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH      Độc lập - Tự do - Hạnh phúc\n\n"
                + "KẾ HOẠCH\nTrồng cây xanh năm 2024\nI. MỤC TIÊU";
        assertThat(HardStructureSet.withoutLinesAboveTypeLine(page)).isEqualTo("KẾ HOẠCH\nTrồng cây xanh năm 2024\nI. MỤC TIÊU");
        assertThat(HardStructureSet.withoutLinesAboveTypeLine("KẾ HOẠCH\nx")).as("nothing above: no cut").isNull();
        assertThat(HardStructureSet.withoutLinesAboveTypeLine("Điều 3. Thi hành.\nNơi nhận:")).isNull();
    }
}
