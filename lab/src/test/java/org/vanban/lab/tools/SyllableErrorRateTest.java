package org.vanban.lab.tools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyllableErrorRateTest {
    @Test
    void syllablesAreLowerCaseNfcWordRuns() {
        String nfd = java.text.Normalizer.normalize("Phước", java.text.Normalizer.Form.NFD);
        assertThat(SyllableErrorRate.syllables("Về việc: " + nfd + ", số 12/QĐ-UBND."))
                .containsExactly("về", "việc", "phước", "số", "12", "qđ", "ubnd");
    }

    @Test
    void countsSyllableEditsOverReferenceSyllables() {
        assertThat(SyllableErrorRate.of("Về việc ban hành", "về  việc\nban hành")).isZero();
        // one wrong tone = one substituted syllable; a dropped syllable = one deletion
        assertThat(SyllableErrorRate.of("Về việc ban hành", "Về viéc ban")).isCloseTo(2 / 4.0, within(1e-9));
        // an inserted syllable
        assertThat(SyllableErrorRate.of("ban hành", "ban hành hành")).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(SyllableErrorRate.of("", "")).isZero();
        assertThat(SyllableErrorRate.of("", "a")).isEqualTo(1);
    }

    @Test
    void idsAreSharedAcrossListsOfOneInstance() {
        SyllableErrorRate.Ids ids = new SyllableErrorRate.Ids();
        int[] a = ids.of(List.of("về", "việc"));
        int[] b = ids.of(List.of("việc", "x"));
        assertThat(b[0]).isEqualTo(a[1]);
        assertThat(b[1]).isNotIn(a[0], a[1]);
    }

    @Test
    void anyPlacementColumnIgnoresOnlyWhereTheToneSits() {
        // thuỷ / thủy and Hoà / hòa are one word in two placements: strict SER counts them, the other does not
        assertThat(SyllableErrorRate.of("thủy lợi hòa bình", "thuỷ lợi Hoà bình")).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(SyllableErrorRate.ofAnyPlacement("thủy lợi hòa bình", "thuỷ lợi Hoà bình")).isZero();
        // a wrong tone is still an error
        assertThat(SyllableErrorRate.ofAnyPlacement("hòa bình", "hoá bình")).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(SyllableErrorRate.syllablesAnyPlacement("Khoẻ, quý")).containsExactly("khỏe", "quý");
    }
}
