package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed model models/vi-syllable.lm on a few phrases (skipped when the file is absent). */
class CommittedModelTest {

    static DiacriticRestorer restorer;

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of("models/vi-syllable.lm");
        Assumptions.assumeTrue(Files.isRegularFile(file), "models/vi-syllable.lm not present");
        restorer = DiacriticRestorer.load(file);
    }

    @Test
    void restoresAdministrativePhrases() {
        assertThat(restorer.restore("Thong qua Ke hoach tiep tuc day manh cai cach hanh chinh"))
                .isEqualTo("Thông qua Kế hoạch tiếp tục đẩy mạnh cải cách hành chính");
        assertThat(restorer.restore("HOI DONG NHAN DAN")).isEqualTo("HỘI ĐỒNG NHÂN DÂN");
        assertThat(restorer.restore("Can cu Nghi dinh so 78/2025/ND-CP ngay 01 thang 4 nam 2025 cua Chinh phu;"))
                .isEqualTo("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;");
    }

    @Test
    void leavesCorrectTextAlone() {
        String line = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác cải cách hành chính năm 2026.";
        assertThat(restorer.restore(line)).isEqualTo(line);
    }
}
