package org.vanban.lab.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CharErrorRateTest {
    @Test
    void countsEditsOverReferenceLength() {
        assertThat(CharErrorRate.of("Về việc", "Về việc")).isZero();
        assertThat(CharErrorRate.of("Về việc", "Ve viéc")).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(CharErrorRate.of("a  b\nc", "a b c")).isZero();
        assertThat(CharErrorRate.of("", "")).isZero();
    }

    @Test
    void comparesNfcForms() {
        String nfd = java.text.Normalizer.normalize("Phước", java.text.Normalizer.Form.NFD);
        assertThat(CharErrorRate.of("Phước", nfd)).isZero();
    }
}
