package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

/**
 * Facet counts over several segments (global ordinals, precomputed per-segment ordinals) stay right
 * when documents are replaced and deleted and the reader is refreshed.
 */
class FacetSegmentsTest {
    @TempDir
    Path dir;

    private static VanbanDocument plan(String id, String date, SectionKind kind) {
        return TestDocs.doc(id, DocType.KE_HOACH, "1/KH-UBND", date, "Kế hoạch số hóa hồ sơ", id.endsWith("2") ? TestDocs.HA_NOI
                : TestDocs.PHUOC_LONG, List.of(TestDocs.section(kind, "I", "I. MỤC TIÊU", "Số hóa hồ sơ, kết quả giải quyết.", 1)));
    }

    @Test
    void countsFollowReplacementsAcrossSegments() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            // one commit per document: one segment each
            index.upsert(plan("f000000000000001", "2021-01-05", SectionKind.TARGETS));
            index.commit();
            index.upsert(plan("f000000000000002", "2022-01-05", SectionKind.TASKS));
            index.commit();
            index.upsert(plan("f000000000000003", "2022-06-05", SectionKind.TARGETS));
            index.commit();
            try (IndexSearch search = IndexSearch.open(dir)) {
                FacetResults f = search.facets(SearchRequest.of("số hóa"));
                assertThat(f.documents()).isEqualTo(3);
                assertThat(f.get("year")).extracting(FacetValue::value, FacetValue::count)
                        .containsExactly(Tuple.tuple("2022", 2L), Tuple.tuple("2021", 1L));
                assertThat(f.get("section")).extracting(FacetValue::value, FacetValue::count)
                        .containsExactly(Tuple.tuple("targets", 2L), Tuple.tuple("tasks", 1L));
                assertThat(f.get("locality")).extracting(FacetValue::label, FacetValue::count)
                        .containsExactly(Tuple.tuple("Tỉnh Bình Phước", 2L), Tuple.tuple("Thành phố Hà Nội", 1L));

                // the 2021 plan becomes a 2023 plan (old block deleted, new one in a new segment), the Hà Nội plan goes
                index.upsert(plan("f000000000000001", "2023-01-05", SectionKind.TASKS));
                index.delete("f000000000000002");
                index.commit();
                assertThat(search.refresh()).isTrue();
                FacetResults g = search.facets(SearchRequest.of("số hóa"));
                assertThat(g.documents()).isEqualTo(2);
                assertThat(g.get("year")).extracting(FacetValue::value, FacetValue::count)
                        .containsExactly(Tuple.tuple("2023", 1L), Tuple.tuple("2022", 1L));
                assertThat(g.get("section")).extracting(FacetValue::value, FacetValue::count)
                        .containsExactly(Tuple.tuple("targets", 1L), Tuple.tuple("tasks", 1L));
                assertThat(g.get("locality")).extracting(FacetValue::label, FacetValue::count)
                        .containsExactly(Tuple.tuple("Tỉnh Bình Phước", 2L));
                // drill sideways across segments: choosing 2023 keeps 2022 countable
                FacetResults h = search.facets(SearchRequest.of("số hóa").withYears(2023, 2023));
                assertThat(h.documents()).isEqualTo(1);
                assertThat(h.get("year")).extracting(FacetValue::value).containsExactly("2023", "2022");
                assertThat(h.get("section")).extracting(FacetValue::value).containsExactly("tasks");
            }
        }
    }
}
