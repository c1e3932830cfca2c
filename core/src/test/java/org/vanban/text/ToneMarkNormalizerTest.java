package org.vanban.text;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ToneMarkNormalizerTest {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String[] TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
    private static final String[] ONSETS = {"", "h", "th", "kh", "ng", "l", "t", "x", "đ", "nh", "tr"};

    private final ToneMarkNormalizer toOld = new ToneMarkNormalizer();
    private final ToneMarkNormalizer toNew = new ToneMarkNormalizer(ToneMarkNormalizer.Style.NEW);

    /** {old form, new form} for one onset, cluster, tone, in the given case. */
    private static String[] pair(String onset, String cluster, String tone, int casing) {
        String old = NFC.normalize(onset + cluster.charAt(0) + tone + cluster.charAt(1));
        String neu = NFC.normalize(onset + cluster.charAt(0) + cluster.charAt(1) + tone);
        return new String[]{applyCase(old, casing), applyCase(neu, casing)};
    }

    private static String applyCase(String s, int casing) {
        return switch (casing) {
            case 0 -> s;
            case 1 -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            default -> s.toUpperCase(Locale.ROOT);
        };
    }

    @Test
    void everyToneClusterCaseAndOnsetRoundTrips() {
        int checked = 0;
        for (String onset : ONSETS) {
            for (String cluster : ToneMarkNormalizer.CLUSTERS) {
                for (String tone : TONES) {
                    for (int casing = 0; casing < 3; casing++) {
                        String[] p = pair(onset, cluster, tone, casing);
                        String old = p[0];
                        String neu = p[1];
                        assertThat(old).as("test data differs").isNotEqualTo(neu);
                        assertThat(toOld.apply(neu)).as("new->old %s", neu).isEqualTo(old);
                        assertThat(toOld.apply(old)).as("old stays %s", old).isEqualTo(old);
                        assertThat(toNew.apply(old)).as("old->new %s", old).isEqualTo(neu);
                        assertThat(toNew.apply(neu)).as("new stays %s", neu).isEqualTo(neu);
                        assertThat(toNew.apply(toOld.apply(neu))).isEqualTo(neu);
                        assertThat(toOld.apply(toNew.apply(old))).isEqualTo(old);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(ONSETS.length * 3 * 5 * 3);
    }

    @Test
    void syllablesWithAFinalAreNotTouched() {
        for (String w : List.of("hoàn", "ngoài", "khoảng", "huỳnh", "khuyến", "xoáy", "thuyền", "toàn")) {
            assertThat(toOld.apply(w)).isEqualTo(w);
            assertThat(toNew.apply(w)).isEqualTo(w);
        }
    }

    @Test
    void quAndGiOnsetsAreHandled() {
        for (String w : List.of("quý", "Quý", "QUÝ", "quỳ", "quỷ", "quả", "quà", "giúp", "giữa", "giá")) {
            assertThat(toOld.apply(w)).as(w).isEqualTo(w);
            assertThat(toNew.apply(w)).as(w).isEqualTo(w);
        }
    }

    @Test
    void normalisesRunningTextAndKeepsEverythingElse() {
        String text = "UỶ BAN NHÂN DÂN, Uỷ ban; hoà bình, khoẻ mạnh, thuỷ lợi (Hoà Bình) quý, 2021.";
        assertThat(toOld.apply(text))
                .isEqualTo("ỦY BAN NHÂN DÂN, Ủy ban; hòa bình, khỏe mạnh, thủy lợi (Hòa Bình) quý, 2021.");
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String nfd = Normalizer2.getNFDInstance().normalize("hoà");
        assertThat(toOld.apply(nfd)).isEqualTo("hòa");
    }

    @Test
    void wordsThatAreNotSyllablesAreLeftAlone() {
        List<String> odd = new ArrayList<>(List.of("abcoà", "pizzoà"));
        for (String w : odd) assertThat(toOld.apply(w)).isEqualTo(w);
    }

    @Test
    void theDominantPlacementIsTheOneMostOpenClustersUse() {
        assertThat(ToneMarkNormalizer.dominant("công trình thuỷ lợi, hoà bình, thủy sản")).isEqualTo(ToneMarkNormalizer.Style.NEW);
        assertThat(ToneMarkNormalizer.dominant("công trình thủy lợi, hòa bình, thuỷ sản")).isEqualTo(ToneMarkNormalizer.Style.OLD);
        // no toned open cluster (hoàn, quý, huỳnh agree in both styles), or a tie: the system's default
        assertThat(ToneMarkNormalizer.dominant("hoàn thành, quý, huỳnh")).isEqualTo(ToneMarkNormalizer.Style.OLD);
        assertThat(ToneMarkNormalizer.dominant("thuỷ, thủy")).isEqualTo(ToneMarkNormalizer.Style.OLD);
    }
}
