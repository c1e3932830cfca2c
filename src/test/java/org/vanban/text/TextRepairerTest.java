package org.vanban.text;

import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;

import static org.assertj.core.api.Assertions.assertThat;

/** The repair engine as the pipeline runs it, with the committed language model. */
class TextRepairerTest {
    private final TextRepairer repairer = TextRepairer.standard();

    @Test
    void ocrMisreadSectionNumbersAreLeftForTheStructureStage() {
        TextRepairer.Result r = repairer.repairLines("Il. NHIEM VU\nIll. TO CHUC THUC HIEN", RepairMode.OCR);
        assertThat(r.text()).isEqualTo("Il. NHIỆM VỤ\nIll. TỔ CHỨC THỰC HIỆN");
        // offsets still point at the replacements
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
        }
    }

    @Test
    void aPageIsNormalisedRestoredAndItsChangesPointIntoTheText() {
        TextRepairer.Result r = repairer.repairPage("KE HOACH\nTiep tuc day manh cai cach hanh chi-\nnh nam 2021\n~ . ' ,\n",
                RepairMode.AUTO);
        assertThat(r.text()).contains("KẾ HOẠCH").contains("Tiếp tục đẩy mạnh cải cách hành chính").doesNotContain("~ .");
        assertThat(r.corrections()).isNotEmpty();
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void correctTextIsLeftAlone() {
        String good = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Ủy ban nhân dân tỉnh Hòa Bình.";
        TextRepairer.Result r = repairer.repairLines(good, RepairMode.AUTO);
        assertThat(r.text()).isEqualTo(good);
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void withoutAModelOnlyTheFirstPassRuns() {
        TextRepairer firstPass = new TextRepairer(null, null);
        assertThat(firstPass.hasModel()).isFalse();
        assertThat(firstPass.repairLines("hoa\u0300 cai cach", RepairMode.AUTO).text()).isEqualTo("hòa cai cach");
    }
}
