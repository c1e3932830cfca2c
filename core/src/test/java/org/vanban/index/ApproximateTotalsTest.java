package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;

/**
 * Past the exact-count threshold the search skips records that cannot reach the top hits: the hits
 * must be exactly those of a search that scores every match, and the total a lower bound, flagged as
 * such, unless facets are counted in the same call (which gives the exact total).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApproximateTotalsTest {
    @TempDir
    static Path dir;

    private IndexSearch search;

    @BeforeAll
    void buildIndex() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            for (int i = 0; i < 120; i++) {
                // "một cửa" from once to many times, in sections of different lengths: scores differ
                String body = "Duy trì bộ phận một cửa. ".repeat(1 + i % 7) + "Rà soát thủ tục hành chính. ".repeat(1 + i % 5);
                List<Section> sections = new ArrayList<>();
                sections.add(TestDocs.section(SectionKind.PURPOSE, "I", "I. MỤC ĐÍCH", "Nâng cao chất lượng phục vụ.", 1));
                sections.add(TestDocs.section(i % 3 == 0 ? SectionKind.TASKS : SectionKind.TARGETS, "II", "II. NHIỆM VỤ", body, 1));
                index.upsert(TestDocs.doc(String.format(Locale.ROOT, "d%015x", i), i % 2 == 0 ? DocType.KE_HOACH : DocType.QUYET_DINH,
                        i + "/KH-UBND", (2016 + i % 10) + "-03-01", "Kế hoạch số " + i, i % 4 == 0 ? TestDocs.HA_NOI : TestDocs.PHUOC_LONG,
                        sections));
            }
        }
        search = IndexSearch.open(dir);
    }

    @AfterAll
    void close() {
        search.close();
    }

    private static List<String> hits(SearchResults r) {
        return r.hits().stream().map(h -> h.docId() + "/" + h.sectionKind() + "/" + h.score()).toList();
    }

    @Test
    void topHitsAreTheSameWhenCountingStopsEarly() {
        for (SearchRequest req : List.of(SearchRequest.of("một cửa"), SearchRequest.of("\"thủ tục hành chính\" một cửa"),
                SearchRequest.of("mot cua").withType(DocType.KE_HOACH), SearchRequest.of("một cửa").withSection(SectionKind.TARGETS),
                SearchRequest.of("một cửa").withPage(5, 3))) {
            search.setExactTotalUpTo(Long.MAX_VALUE);
            SearchResults exact = search.search(req);
            search.setExactTotalUpTo(0);
            SearchResults early = search.search(req);
            SearchResults withFacets = search.search(req, true, null);
            search.setExactTotalUpTo(IndexSearch.EXACT_TOTAL_UP_TO);

            assertThat(exact.totalExact()).isTrue();
            assertThat(exact.total()).as(req.query()).isGreaterThan(req.offset() + req.limit());
            assertThat(hits(early)).as(req.query()).isEqualTo(hits(exact));
            assertThat(early.total()).isBetween((long) Math.min(exact.total(), req.offset() + req.limit()), exact.total());
            assertThat(early.totalExact()).as(req.query()).isFalse();
            // the facet pass counts every match: exact total, same hits
            assertThat(withFacets.totalExact()).isTrue();
            assertThat(withFacets.total()).isEqualTo(exact.total());
            assertThat(hits(withFacets)).isEqualTo(hits(exact));
            assertThat(withFacets.facets()).isEqualTo(search.facets(req));
        }
        // by default every match is counted; Lucene's usual threshold keeps small result sets exact
        SearchResults r = search.search(SearchRequest.of("một cửa"));
        assertThat(r.totalExact()).isTrue();
        assertThat(r.total()).isEqualTo(120);
        assertThat(r.facets()).isNull();
        search.setExactTotalUpTo(1000);
        assertThat(search.search(SearchRequest.of("một cửa")).totalExact()).isTrue();
        search.setExactTotalUpTo(IndexSearch.EXACT_TOTAL_UP_TO);
    }
}
