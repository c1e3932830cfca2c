package org.vanban.lab.repair;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RealRepairBenchTest {
    @Test
    void tonePlacementAndCaseDoNotCount() {
        assertThat(RealRepairBench.tokens("Hoà THUỶ")).isEqualTo(RealRepairBench.tokens("hòa thủy"));
        assertThat(RealRepairBench.tokens("Về việc")).isNotEqualTo(RealRepairBench.tokens("Ve viec"));
    }

    @Test
    void scoresTokenEditDistanceLineByLine() {
        List<String> gold = List.of("Về việc tăng cường", "số 12");
        RealRepairBench.Score s = RealRepairBench.score(List.of("Ve việc tăng cường", "số"), gold);
        assertThat(s.tokens()).isEqualTo(6);
        assertThat(s.errors()).isEqualTo(2);
        Map<String, Integer> errors = new HashMap<>();
        RealRepairBench.countErrors(List.of("Ve việc tăng cường", "số"), gold, errors);
        assertThat(errors).containsEntry("về -> ve", 1).containsEntry("12 -> ∅", 1).hasSize(2);
    }
}
