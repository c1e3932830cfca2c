package org.vanban.text.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's own forms as a cache model: what counts as evidence, leave one out, and the sign of the bonus. */
class DocumentFormsTest {
    /** "phương" is the commoner form of the spelling in training (3 to 1), as in the real corpus. */
    private static final NgramModel MODEL = new NgramModel(new LmTrainer(new LmTrainer.Settings(3, new int[] {1, 1, 1}, false))
            .train(List.of("Chính quyền địa phương tổ chức thực hiện.", "Xây dựng phương án dự phòng.",
                    "Phương châm hành động của năm.", "Ủy ban nhân dân phường báo cáo.")));
    private static final SyllableInventory INVENTORY = new SyllableInventory(MODEL, 1);

    private final int[] ids = {MODEL.id("phương"), MODEL.id("phường")};
    private final String[] forms = {"phương", "phường"};

    @Test
    void aWardDocumentMakesTheWardFormLikelierWhereTheChoiceWasTheCommonerOne() {
        DocumentForms doc = new DocumentForms(INVENTORY);
        for (int i = 0; i < 4; i++) doc.observe("phường", 0.97);
        double[] bonus = doc.bonuses(ids, forms, 0, 0.6);
        assertThat(bonus).isNotNull();
        assertThat(bonus[0]).isZero();
        assertThat(bonus[1]).isPositive().isLessThanOrEqualTo(2 * DocumentForms.MAX_BONUS);
        // a weak first choice can be overturned by that bonus, a near-certain one cannot
        assertThat(DocumentForms.mayOverturn(0.6, bonus[1])).isTrue();
        assertThat(DocumentForms.mayOverturn(0.9999, bonus[1])).isFalse();
    }

    @Test
    void aDocumentAboutLocalitiesPullsTheOtherWay() {
        DocumentForms doc = new DocumentForms(INVENTORY);
        for (int i = 0; i < 4; i++) doc.observe("phương", 0.99);
        double[] bonus = doc.bonuses(ids, forms, 0, 0.7);
        assertThat(bonus[1]).isNegative();
        assertThat(DocumentForms.mayOverturn(0.7, bonus[1])).isFalse();
    }

    @Test
    void weakChoicesAreNoEvidenceAndAWordNeverVotesForItself() {
        DocumentForms weak = new DocumentForms(INVENTORY);
        for (int i = 0; i < 5; i++) weak.observe("phường", 0.6);
        assertThat(weak.isEmpty()).isTrue();
        assertThat(weak.bonuses(ids, forms, 0, 0.6)).isNull();

        DocumentForms two = new DocumentForms(INVENTORY);
        two.observe("phường", 0.95);
        two.observe("phường", 0.95);
        // judged on the others: a confident phường sees one other (below MIN_EVIDENCE), a weak phương sees two
        assertThat(two.bonuses(ids, forms, 1, 0.95)).isNull();
        assertThat(two.bonuses(ids, forms, 0, 0.5)).isNotNull();
    }

    @Test
    void onlyOtherAccentFormsOfTheChosenSpellingGetABonus() {
        DocumentForms doc = new DocumentForms(INVENTORY);
        for (int i = 0; i < 4; i++) doc.observe("phường", 0.97);
        int[] mixed = {MODEL.id("phương"), MODEL.id("phường"), MODEL.id("dân")};
        double[] bonus = doc.bonuses(mixed, new String[] {"phương", "phường", "dân"}, 0, 0.6);
        assertThat(bonus[1]).isPositive();
        assertThat(bonus[2]).isZero();
        assertThat(doc.bonuses(mixed, new String[] {null, "phường", "dân"}, 0, 0.6)).isNull();
    }

    @Test
    void aSettledChoiceCountsAndNoBonusTheDocumentCanGiveOverturnsIt() {
        // the largest gain: a form the training text barely shows, the whole document for it, the choice never used
        DocumentForms doc = new DocumentForms(INVENTORY);
        for (int i = 0; i < 50; i++) doc.observe("phường", 0.99);
        double gain = doc.bonuses(ids, forms, 0, 0.5)[1];
        assertThat(gain).isPositive().isLessThanOrEqualTo(DocumentForms.MAX_GAIN);
        for (double p = 0.9; p < 1; p += 0.0005) {
            if (DocumentForms.settled(p, forms, 0)) {
                assertThat(DocumentForms.counts(p)).isTrue();
                assertThat(DocumentForms.mayOverturn(p, DocumentForms.MAX_GAIN)).as("p=%s", p).isFalse();
            }
        }
        // with another accent form of the spelling among the candidates, counting is not enough
        assertThat(DocumentForms.settled(0.93, forms, 0)).isFalse();
        assertThat(DocumentForms.mayOverturn(0.93, DocumentForms.MAX_GAIN)).isTrue();
        assertThat(DocumentForms.settled(0.96, forms, 0)).isTrue();
        // without one, no bonus: a choice that counts is settled
        String[] others = {"phương", "dân"};
        assertThat(DocumentForms.settled(0.93, others, 0)).isTrue();
        assertThat(DocumentForms.settled(0.89, others, 0)).isFalse();
        assertThat(DocumentForms.settled(DocumentForms.MIN_CONFIDENCE, others, 0)).isFalse(); // rounding room
    }
}
