package org.vanban.vi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vanban.vi.Abbreviations.Entry;
import org.vanban.vi.Abbreviations.Kind;

class AbbreviationsTest {

    @Test
    void eachAbbreviationIsListedOnceAndItsExpansionsAreWordsNotLetters() {
        Set<String> keys = new HashSet<>();
        for (Entry e : Abbreviations.all()) {
            assertThat(keys.add(Fold.key(e.written()))).as(e.written() + " once").isTrue();
            assertThat(e.written()).as(e.written()).matches("\\p{L}{2,6}");
            for (String x : e.expansions()) {
                // a phrase, longer than its letters
                assertThat(x.split("[ ,-]+").length).as(x).isGreaterThanOrEqualTo(2);
                assertThat(Fold.key(x).length()).as(x).isGreaterThan(e.written().length());
            }
        }
        assertThat(Abbreviations.lowerCaseForms()).hasSize(Abbreviations.all().size());
    }

    @Test
    void lowerCaseFormsKeepTheStrokedD() {
        assertThat(Abbreviations.lowerCaseForms()).contains("ubnd", "hđnd", "qđ", "nđ", "ttg", "sgdđt", "fax")
                .doesNotContain("hdnd", "UBND");
    }

    @Test
    void peoplesBodiesAndUnitTypesExpandForIssuerNames() {
        assertThat(Abbreviations.expansions(EnumSet.of(Kind.PEOPLES_BODY, Kind.UNIT_TYPE))).isEqualTo(Map.of(
                "ubnd", "ủy ban nhân dân", "hdnd", "hội đồng nhân dân",
                "tp", "thành phố", "tx", "thị xã", "tt", "thị trấn"));
        assertThat(Abbreviations.foldedExpansions(EnumSet.of(Kind.UNIT_TYPE)))
                .isEqualTo(Map.of("tp", "thanh pho", "tx", "thi xa", "tt", "thi tran"));
    }

    @Test
    void searchSynonymsLeaveUnitTypesOut() {
        Map<String, List<String>> table = Abbreviations.withExpansions(EnumSet.of(Kind.UNIT_TYPE));
        assertThat(table).doesNotContainKeys("TP", "TX", "TT").containsEntry("UBND", List.of("Ủy ban nhân dân", "Uỷ ban nhân dân"))
                .containsEntry("CCHC", List.of("cải cách hành chính"));
        assertThat(table.keySet()).containsExactlyInAnyOrder("UBND", "HĐND", "CCHC", "TTHC", "CBCCVC", "CBCC", "DVC",
                "DVCTT", "MTTQ", "CNTT", "CĐS", "NSNN", "QLNN", "VBQPPL", "BCĐ", "HCC", "BHXH", "HTX", "KTXH", "ATTP",
                "PCCC");
    }

    @Test
    void theListHoldsWhatTheStampFilterAndTheHeaderParserKnewBefore() {
        // the stamp filter's own list before the one list existed
        assertThat(Abbreviations.lowerCaseForms()).contains(
                "ubnd", "hđnd", "tm", "kt", "tl", "tuq", "vt", "qđ", "nđ", "nq", "cp", "tt", "ct", "kh", "tb",
                "btc", "bnv", "bct", "sgd", "sgdđt", "đt", "tp", "tw", "hcm", "ttg", "bch", "đcs", "mttq", "ttxvn",
                "bcđ", "cv", "pct", "ph", "hc", "vp", "vpcp", "bhxh", "bhyt", "lđtbxh", "xd", "gd", "gdđt", "kbnn",
                "sđt", "fax", "mst", "qh", "ctn", "tand", "vksnd", "ca", "bqp", "bca", "nn", "ptnt", "tnmt", "gtvt");
    }
}
