package org.vanban.lab.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepairBenchTest {

    @Test
    void editDistanceCountsTokenEdits() {
        assertThat(RepairBench.editDistance(List.of("a", "b", "c"), List.of("a", "x", "c"))).isEqualTo(1);
        assertThat(RepairBench.editDistance(List.of("a", "b", "c"), List.of("a", "c"))).isEqualTo(1);
        assertThat(RepairBench.editDistance(List.of(), List.of("a"))).isEqualTo(1);
    }

    @Test
    void wordsAreLowerCasedLetterRuns() {
        assertThat(RepairBench.words("Căn cứ Nghị định 78/2025/NĐ-CP;")).containsExactly("căn", "cứ", "nghị", "định", "nđ", "cp");
    }

    @Test
    void toneStyleUnifiesOldAndNewPlacement() {
        assertThat(RepairBench.toneStyle("hoá")).isEqualTo(RepairBench.toneStyle("hóa"));
        assertThat(RepairBench.toneStyle("thuỷ")).isEqualTo(RepairBench.toneStyle("thủy"));
        assertThat(RepairBench.toneStyle("quý")).isEqualTo("quý");
        assertThat(RepairBench.toneStyle("hoàn")).isEqualTo("hoàn");
        assertThat(RepairBench.toneStyle("hóa")).isNotEqualTo(RepairBench.toneStyle("hoa"));
    }

    @Test
    void splitsAdministrativeLines() {
        assertThat(RepairBench.isAdministrative("Kế hoạch cải cách hành chính năm 2026")).isTrue();
        assertThat(RepairBench.isAdministrative("Chủ tịch UBND tỉnh")).isTrue();
        assertThat(RepairBench.isAdministrative("Điều 5. Phạm vi điều chỉnh")).isFalse();
    }

    @Test
    void parsesSweepSettings() {
        assertThat(RepairBench.Setting.parse("16:inf, 8:3.5")).containsExactly(
                new RepairBench.Setting(16, Double.POSITIVE_INFINITY), new RepairBench.Setting(8, 3.5));
        assertThat(RepairBench.Setting.parse("4:2").get(0).label()).isEqualTo("beam 4, margin 2.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepairBench.Setting.parse("16"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beam:margin");
    }
}
