package org.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.index.TargetHit;

class CsvTest {
    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(Csv.cell("đạt 90%")).isEqualTo("đạt 90%");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(Csv.cell("«dịch vụ» công")).isEqualTo("dịch vụ công");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void targetsHaveAHeaderAndOneRowEach() {
        TargetHit h = new TargetHit("x/t1", "x", "Kế hoạch, năm 2025", "12/KH-UBND", "2025-02-10", 2025, "ke-hoach",
                "Xã An Thắng", "Thành phố Hải Phòng", "UBND xã", "targets", "Tỷ lệ đạt 80%", "Tỷ lệ đạt «80%»",
                "tỷ lệ", "≥", "80", "%", "2025", 1, 1f);
        String csv = Csv.targets(List.of(h));
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\uFEFFTỉnh/Thành phố,Địa bàn,Năm");
        assertThat(lines[1]).startsWith("Thành phố Hải Phòng,Xã An Thắng,2025,2025-02-10,ke-hoach,12/KH-UBND,\"Kế hoạch, năm 2025\"");
    }
}
