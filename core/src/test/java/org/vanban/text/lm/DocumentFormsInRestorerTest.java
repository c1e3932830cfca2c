package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document's second pass: forms chosen with confidence elsewhere in a text decide its ambiguous words. */
class DocumentFormsInRestorerTest {

    static NgramModel model;
    static DiacriticRestorer ascii;
    static DiacriticRestorer ocr;

    @BeforeAll
    static void load() {
        model = NgramModel.standard();
        ascii = new DiacriticRestorer(model, DiacriticRestorer.Options.defaults());
        ocr = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
    }

    private static List<String> restore(DiacriticRestorer r, String... lines) {
        List<String> out = new ArrayList<>();
        for (DiacriticRestorer.Result res : r.restoreLines(List.of(lines))) {
            out.add(res.text());
        }
        return out;
    }

    /** A ward's text: the lines naming its people's committee make "phường" the document's form. */
    private static final String[] WARD = {
        "Uy ban nhan dan phuong An Binh thong bao",
        "Chu tich Uy ban nhan dan phuong chi dao",
        "cong chuc phuong lam viec",
        "Hoi dong nhan dan phuong thong qua nghi quyet",
    };

    @Test
    void aLineAloneTakesTheCommonerForm() {
        assertThat(ascii.restore("cong chuc phuong lam viec")).isEqualTo("công chức phương làm việc");
        assertThat(ocr.restore("cong chuc phuong lam viec")).isEqualTo("công chức phương làm việc");
    }

    @Test
    void theDocumentsConfidentFormDecidesAnAmbiguousLine() {
        assertThat(restore(ascii, WARD)).containsExactly(
                "Ủy ban nhân dân phường An Bình thông báo",
                "Chủ tịch Ủy ban nhân dân phường chỉ đạo",
                "công chức phường làm việc",
                "Hội đồng nhân dân phường thông qua nghị quyết");
        assertThat(restore(ocr, WARD).get(2)).isEqualTo("công chức phường làm việc");
    }

    @Test
    void aDocumentAboutLocalitiesSpreadsNothingWrong() {
        List<String> out = restore(ascii,
                "ngan sach dia phuong nam nay tang",
                "cac dia phuong trong tinh da hoan thanh",
                "chinh quyen dia phuong phoi hop",
                "cong chuc phuong lam viec",
                "Chu tich Uy ban nhan dan phuong chi dao cac nganh");
        assertThat(out).containsExactly(
                "ngân sách địa phương năm nay tăng",
                "các địa phương trong tỉnh đã hoàn thành",
                "chính quyền địa phương phối hợp",
                "công chức phương làm việc",
                "Chủ tịch Ủy ban nhân dân phường chỉ đạo các ngành");
    }

    @Test
    void oneOccurrenceIsNoEvidence() {
        // the ward line alone says "phường" once: not enough for the other line (MIN_EVIDENCE choices elsewhere)
        assertThat(restore(ascii, "Chu tich Uy ban nhan dan phuong chi dao cac nganh", "cong chuc phuong lam viec"))
                .containsExactly("Chủ tịch Ủy ban nhân dân phường chỉ đạo các ngành", "công chức phương làm việc");
    }

    @Test
    void aWordDoesNotVoteForItself() {
        DocumentForms forms = new DocumentForms(ascii.inventory());
        String[] cands = {"phương", "phường"};
        int[] ids = {model.id("phương"), model.id("phường")};
        forms.observe("phương", 0.99);
        forms.observe("phương", 0.99);
        // two confident "phương": the first of them, judged on the other alone, has too little evidence
        assertThat(forms.bonuses(ids, cands, 0, 0.99)).isNull();
        forms.observe("phương", 0.99);
        double[] b = forms.bonuses(ids, cands, 0, 0.99);
        assertThat(b).isNotNull();
        assertThat(b[0]).isZero();
        assertThat(b[1]).isNegative(); // the document never chose "phường"
        // an unsure choice is no evidence: it does not count, and is not left out either
        DocumentForms unsure = new DocumentForms(ascii.inventory());
        unsure.observe("phường", 0.6);
        unsure.observe("phường", 0.6);
        unsure.observe("phường", 0.6);
        assertThat(unsure.isEmpty()).isTrue();
    }

    @Test
    void theBonusGoesToTheDocumentsFormAndOnlyWithinTheSpelling() {
        DocumentForms forms = new DocumentForms(ascii.inventory());
        for (int i = 0; i < 4; i++) {
            forms.observe("phường", 0.95);
        }
        String[] cands = {"phương", "phường", "phòng"};
        int[] ids = {model.id("phương"), model.id("phường"), model.id("phòng")};
        double[] b = forms.bonuses(ids, cands, 0, 0.7);
        assertThat(b[0]).isZero();
        assertThat(b[1]).isPositive().isLessThanOrEqualTo(DocumentForms.MAX_BONUS - Math.log10(1 - DocumentForms.LAMBDA));
        assertThat(b[2]).isZero(); // another spelling (an OCR reading): nothing
        assertThat(DocumentForms.mayOverturn(0.7, b[1])).isTrue();
        assertThat(DocumentForms.mayOverturn(0.9999, b[1])).isFalse();
        assertThat(DocumentForms.mayOverturn(0.5, 0)).isFalse();
    }
}
