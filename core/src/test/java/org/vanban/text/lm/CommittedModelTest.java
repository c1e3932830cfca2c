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

    @Test
    void ocrChannelRepairsEnglishModelDamage() throws Exception {
        DiacriticRestorer ocr = new DiacriticRestorer(restorer.model(), DiacriticRestorer.Options.forOcr());
        assertThat(ocr.restore("Ve viéc tiep tuc ting cuwong cong tac cai cach hanh chinh"))
                .isEqualTo("Về việc tiếp tục tăng cường công tác cải cách hành chính");
        assertThat(ocr.restore("Pinh huong phat trien kinh te xa hoi")).isEqualTo("Định hướng phát triển kinh tế xã hội");
        assertThat(ocr.restore("d6i voi cac t6 chirc, ca nhan")).isEqualTo("đối với các tổ chức, cá nhân");
        assertThat(ocr.restore("Céin cir Luat T6 chirc chinh quyen dia phuong"))
                .isEqualTo("Căn cứ Luật Tổ chức chính quyền địa phương");
        assertThat(ocr.restore("Nghi quyet nay 13 can cu de 1am ro trach nhiem"))
                .isEqualTo("Nghị quyết này là căn cứ để làm rõ trách nhiệm");
        // codes, dates and real numbers survive the channel
        String codes = "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011; Điều 13. Hiệu lực thi hành";
        assertThat(ocr.restore(codes)).isEqualTo(codes);
        DiacriticRestorer.Result r = ocr.restoreWithCorrections("Quyet dinh s6 15/2025");
        assertThat(r.text()).isEqualTo("Quyết định số 15/2025");
        assertThat(r.corrections()).anySatisfy(c -> {
            assertThat(c.original()).isEqualTo("s6");
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo("số");
        });
    }

    @Test
    void documentSymbolsKeepTheirCodes() {
        DiacriticRestorer ocr = new DiacriticRestorer(restorer.model(), DiacriticRestorer.Options.forOcr());
        // mixed-case party codes and short unit codes are not syllables to repair, in either mode
        assertThat(ocr.restore("Thuc hien Chi thi so 07-CTr/TU va Ke hoach so 21-KH/HU cua Huyen uy"))
                .contains("07-CTr/TU", "21-KH/HU");
        assertThat(restorer.restore("Thuc hien Chi thi so 07-CTr/TU va Ke hoach so 21-KH/HU cua Huyen uy"))
                .contains("07-CTr/TU", "21-KH/HU");
        // a known abbreviation inside a symbol still gets its own accents back
        assertThat(restorer.restore("Quyet dinh so 15/QD-UBND ngay 02 thang 3")).contains("15/QĐ-UBND");
        assertThat(ocr.restore("Nghi quyet so 12/NQ-HDND cua Hoi dong")).contains("12/NQ-HĐND");
    }
}
