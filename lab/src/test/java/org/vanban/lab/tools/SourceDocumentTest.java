package org.vanban.lab.tools;

import org.junit.jupiter.api.Test;
import org.vanban.model.DocType;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceDocumentTest {

    private final List<SourceDocument> docs = SourceDocument.loadAll();

    @Test
    void tenSourcesWithTheRequiredMixOfTypes() {
        assertThat(docs).hasSize(10);
        Map<DocType, Long> byType = docs.stream().collect(Collectors.groupingBy(SourceDocument::type, Collectors.counting()));
        assertThat(byType).containsEntry(DocType.KE_HOACH, 4L).containsEntry(DocType.QUYET_DINH, 2L)
                .containsEntry(DocType.NGHI_QUYET, 2L).containsEntry(DocType.CHI_THI, 2L);
    }

    @Test
    void everyFormatIsUsedOnce() {
        assertThat(docs.stream().map(d -> d.get("format")).toList())
                .containsExactlyInAnyOrderElementsOf(CorpusGenerator.FORMATS);
    }

    @Test
    void sourcesAreNfcWithTwoPhrasesInTheBodyAndALocality() {
        for (SourceDocument d : docs) {
            String text = d.plainText();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(d.id()).isTrue();
            assertThat(d.phrases()).as(d.id()).hasSize(2);
            for (String p : d.phrases()) assertThat(text).as(d.id()).contains(p);
            assertThat(d.get("locality-code")).as(d.id()).matches("\\d{2,5}");
            assertThat(text).as(d.id()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", d.numberLine());
        }
    }

    @Test
    void directivesHaveNoRomanHeadingsAndDecisionsHaveArticles() {
        for (SourceDocument d : docs) {
            List<String> headings = d.blocks().stream().filter(b -> b.kind() == SourceDocument.Kind.HEADING)
                    .map(SourceDocument.Block::text).toList();
            if (d.type() == DocType.CHI_THI) assertThat(headings).as(d.id()).isEmpty();
            if (d.type() == DocType.QUYET_DINH) assertThat(d.plainText()).as(d.id()).contains("Điều 1.", "Điều 2.", "Điều 3.");
            if (d.type() == DocType.KE_HOACH) assertThat(headings).as(d.id()).anyMatch(h -> h.startsWith("I. MỤC ĐÍCH"));
        }
    }

    @Test
    void compoundDecisionCarriesItsPlan() {
        Map<String, SourceDocument> byId = docs.stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
        String text = byId.get("02-gia-lam-qd-kh-cds-2023").plainText();
        assertThat(text).contains("QUYẾT ĐỊNH", "KẾ HOẠCH", "(Kèm theo Quyết định số 2150/QĐ-UBND");
        assertThat(text.indexOf("KẾ HOẠCH\n")).isGreaterThan(text.indexOf("Điều 3."));
    }

    @Test
    void dateLineUsesDecree30LeadingZeros() {
        SourceDocument d = SourceDocument.parse("x", "type: KE_HOACH\nnumber: 1/KH-UBND\nissuer: UBND XÃ A\nplace: A\n"
                + "date: 2026-01-09\ntitle: T\n\n= KẾ HOẠCH\nBody.\n");
        assertThat(d.dateLine()).isEqualTo("A, ngày 09 tháng 01 năm 2026");
        SourceDocument e = SourceDocument.parse("y", "type: KE_HOACH\nnumber: 1/KH-UBND\nissuer: UBND XÃ A\nplace: A\n"
                + "date: 2021-03-15\ntitle: T\n\nBody.\n");
        assertThat(e.dateLine()).isEqualTo("A, ngày 15 tháng 3 năm 2021");
    }

    @Test
    void badSourcesFailWithClearMessages() {
        assertThatThrownBy(() -> SourceDocument.parse("bad", "type: KE_HOACH\n\nBody"))
                .hasMessageContaining("bad").hasMessageContaining("missing header key");
        assertThatThrownBy(() -> SourceDocument.parse("bad", "type: KE_HOACH\nnumber: 1\nissuer: X\nplace: A\n"
                + "date: 2021-03-15\ntitle: T\nphrase: absent words\n\nBody"))
                .hasMessageContaining("search phrase not in body");
    }

    @Test
    void stripsDiacritics() {
        assertThat(SourceDocument.stripDiacritics("Thông qua Kế hoạch tiếp tục đẩy mạnh ĐỔI MỚI"))
                .isEqualTo("Thong qua Ke hoach tiep tuc day manh DOI MOI");
    }
}
