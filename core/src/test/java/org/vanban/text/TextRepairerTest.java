package org.vanban.text;

import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;

import static org.assertj.core.api.Assertions.assertThat;

/** The repair engine as the pipeline runs it, with the committed language model. */
class TextRepairerTest {
    private final TextRepairer repairer = TextRepairer.standard();

    @Test
    void lowerCaseLetterDigitRunsInRunningTextAreReadAsSyllables() {
        // an English OCR model writes "là" as "1a" and "đồng" as "d6ng": between words such a run is a syllable
        TextRepairer.Result r = repairer.repairLines("cán bộ phải 1am gương cho nhân dân\n"
                + "mục tiêu chủ yếu 1a nâng cao đời sống", RepairMode.AUTO);
        assertThat(r.text()).isEqualTo("cán bộ phải làm gương cho nhân dân\nmục tiêu chủ yếu là nâng cao đời sống");
    }

    @Test
    void textTheOcrStageReadIsNeverTakenAsCleanText() {
        // a Vietnamese model's misreadings are known accented words (hiên, nhiêm, kiềm, cài) on lines that look
        // correct: text of unknown origin keeps them (clean Unicode text must stay as it is), OCR pages do not
        String line = "Ủy ban nhân dân tỉnh ban hành kế hoạch để triển khai thực hiên các nhiêm vụ trọng tâm\n"
                + "Tăng cường công tác kiềm tra, giám sát việc thực hiện cài cách hành chính";
        assertThat(repairer.repairLines(line, RepairMode.AUTO).text()).isEqualTo(line);
        assertThat(repairer.repairLines(line, RepairMode.OCR).text()).isEqualTo(
                "Ủy ban nhân dân tỉnh ban hành kế hoạch để triển khai thực hiện các nhiệm vụ trọng tâm\n"
                        + "Tăng cường công tác kiểm tra, giám sát việc thực hiện cải cách hành chính");
    }

    @Test
    void aWrappedLineStartsWithTheContextOfTheLineBefore() {
        // "vi" alone is vì, vi, vị...; after "đơn" at the end of the line before it is "vị"; lines stay lines
        TextRepairer.Result r = repairer.repairLines("Yeu cau thu truong cac co quan, don\nvi truc thuoc khan truong trien khai\n\n"
                + "- vi pham quy dinh", RepairMode.AUTO);
        assertThat(r.text()).isEqualTo("Yêu cầu thủ trưởng các cơ quan, đơn\nvị trực thuộc khẩn trương triển khai\n\n"
                + "- vi phạm quy định");
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
        }
    }

    @Test
    void aKnownPlainWordMayBeAnEnglishOcrMisreadingOfAnother() {
        // "tha" is a word (thả, tha), but "tha tuc hanh chinh" is an English OCR model's "thủ tục hành chính"
        TextRepairer.Result r = repairer.repairLines("Cac co quan phai cong khai tha tuc hanh chinh tai bo phan mot cua",
                RepairMode.AUTO);
        assertThat(r.text()).isEqualTo("Các cơ quan phải công khai thủ tục hành chính tại bộ phận một cửa");
    }

    @Test
    void abbreviationsInRunningTextKeepTheirLetters() {
        // capitals that make no syllable are abbreviations: BCD is not turned into a known word; HDND gets its Đ
        TextRepairer.Result r = repairer.repairLines("Thuc hien CCHC va TTHC theo quy dinh cua UBND, HDND va BCD",
                RepairMode.AUTO);
        assertThat(r.text()).isEqualTo("Thực hiện CCHC và TTHC theo quy định của UBND, HĐND và BCD");
    }

    @Test
    void aSymbolReadForALetterIsPartOfTheWordAndLeavesNothingGlued() {
        // a damaged scan read by an English model puts & or ¢ for a letter: the whole run is one damaged word
        TextRepairer.Result r = repairer.repairLines("So Tai chinh phoi hop chat che v&i cac co quan lien quan",
                RepairMode.AUTO);
        assertThat(r.text()).isEqualTo("Sở Tài chính phối hợp chặt chẽ với các cơ quan liên quan");
    }

    @Test
    void unitsAndCodesWithDigitsStayAsTheyAre() {
        // vowel-less or upper-case letter-digit runs are units and codes, in clean and in damaged text
        String clean = "Phủ sóng mạng 4g và 5g, diện tích 500 m2, mật độ 1.200 người/km2, điểm A3 và khoản 2b.";
        assertThat(repairer.repairLines(clean, RepairMode.AUTO).text()).isEqualTo(clean);
        assertThat(repairer.repairLines("phu song 4g, dien tich 500 m2", RepairMode.OCR).text())
                .contains(" 4g,").contains(" m2");
    }

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
        // NFC, and the input's own tone placement (hoà, not hòa)
        assertThat(firstPass.repairLines("hoa\u0300 cai cach", RepairMode.AUTO).text()).isEqualTo("hoà cai cach");
    }

    @Test
    void repairWritesTheTonePlacementTheInputUses() {
        // both placements are correct: a text in the new style stays in it, an old-style one in the old style, and
        // words the model restores follow the text's own style
        String neu = "Công trình thuỷ lợi được nâng cấp để phục vụ sản xuất, giữ vững hoà bình";
        String old = "Công trình thủy lợi được nâng cấp để phục vụ sản xuất, giữ vững hòa bình";
        for (RepairMode mode : new RepairMode[]{RepairMode.AUTO, RepairMode.OCR, RepairMode.NONE}) {
            assertThat(repairer.repairLines(neu, mode).text()).as(mode.key()).isEqualTo(neu);
            assertThat(repairer.repairLines(old, mode).text()).as(mode.key()).isEqualTo(old);
            assertThat(repairer.repairPage(neu, mode).text()).as(mode.key()).isEqualTo(neu);
        }
    }
}
