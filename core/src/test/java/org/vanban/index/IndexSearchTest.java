package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

/** Searches one shared index of three documents; tests that change an index build their own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexSearchTest {
    @TempDir
    static Path dir;

    private IndexSearch search;

    @BeforeAll
    void buildIndex() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(TestDocs.reformPlan());
            index.upsert(TestDocs.decision());
            index.upsert(TestDocs.directive());
        }
        search = IndexSearch.open(dir);
    }

    @AfterAll
    void close() {
        search.close();
    }

    private SearchResults find(String query) {
        return search.search(SearchRequest.of(query));
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::docId).toList();
    }

    @Test
    void queryWithoutDiacriticsFindsTextWithThem() {
        SearchResults r = find("cai cach");
        assertThat(ids(r)).contains("a1b2c3d4e5f60001", "b7c8d9e0f1a20002", "c3d4e5f6a7b80003");
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void dStrokeMatchesBothWays() {
        assertThat(ids(find("dong xoai"))).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
        assertThat(ids(find("Đồng Xoài"))).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        // the plan has "Đồng Xoài", the decision only "Dong Xoai"
        assertThat(ids(find("Đồng Xoài")).get(0)).isEqualTo("a1b2c3d4e5f60001");
        assertThat(ids(find("Dong Xoai")).get(0)).isEqualTo("b7c8d9e0f1a20002");
    }

    @Test
    void toneCollisionsRankExactFirst() throws Exception {
        Path other = Files.createDirectory(dir.resolve("tones"));
        VanbanDocument withGrave = TestDocs.doc("d000000000000001", DocType.KE_HOACH, "", "2024", "Kế hoạch",
                TestDocs.PHUOC_LONG, List.of(TestDocs.section(SectionKind.TASKS, "1", "1. Nhiệm vụ",
                        "Tổ chức bàn giao hồ sơ cho đơn vị mới.", 1)));
        VanbanDocument plain = TestDocs.doc("d000000000000002", DocType.KE_HOACH, "", "2024", "Kế hoạch",
                TestDocs.PHUOC_LONG, List.of(TestDocs.section(SectionKind.TASKS, "1", "1. Nhiệm vụ",
                        "Tổ chức ban giao hồ sơ cho đơn vị mới.", 1)));
        try (DocumentIndex index = DocumentIndex.open(other)) {
            index.upsert(plain);
            index.upsert(withGrave);
        }
        try (IndexSearch s = IndexSearch.open(other)) {
            assertThat(ids(s.search(SearchRequest.of("bàn giao"))))
                    .containsExactly("d000000000000001", "d000000000000002");
            assertThat(ids(s.search(SearchRequest.of("ban giao"))))
                    .containsExactly("d000000000000002", "d000000000000001");
            SearchResults r = s.search(SearchRequest.of("bàn giao"));
            assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
        }
    }

    @Test
    void phraseRequiresAdjacentWords() {
        assertThat(ids(find("cải cách hành chính"))).contains("c3d4e5f6a7b80003");
        assertThat(ids(find("\"cải cách hành chính\""))).containsExactly("a1b2c3d4e5f60001");
        assertThat(ids(find("\"cai cach hanh chinh\""))).containsExactly("a1b2c3d4e5f60001");
    }

    @Test
    void exclusionRemovesDocuments() {
        assertThat(ids(find("cải cách -\"lề lối\""))).containsExactly("a1b2c3d4e5f60001");
        assertThat(ids(find("cai cach -kỷ"))).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
    }

    @Test
    void exclusionWithDiacriticsIsExactWithoutIsFolded() {
        // "-Đồng" excludes only the plan (exact "Đồng Xoài"); "-dong" also the decision ("Dong Xoai")
        assertThat(ids(find("xoai -Đồng"))).containsExactly("b7c8d9e0f1a20002");
        assertThat(ids(find("xoai -dong"))).isEmpty();
    }

    @Test
    void onlyExclusionsMeansEverythingElse() {
        assertThat(ids(find("-kỷ"))).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
    }

    @Test
    void orMatchesEither() {
        assertThat(ids(find("quy chế OR kỷ cương"))).containsExactlyInAnyOrder("b7c8d9e0f1a20002", "c3d4e5f6a7b80003");
    }

    @Test
    void syntaxErrorsAreSaidInTheUsersTerms() {
        assertThatThrownBy(() -> find("\"")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a quotation mark is not closed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Lexical").doesNotContain("state"));
        assertThatThrownBy(() -> find("\"cải cách\" \"hành")).hasMessageContaining("a quotation mark is not closed");
        assertThatThrownBy(() -> find("cải (cách")).hasMessageContaining("parenthesis '(' is not closed");
        assertThatThrownBy(() -> find("cải cách)")).hasMessageContaining("')' has no opening one");
        assertThatThrownBy(() -> find("cải cách OR")).hasMessageContaining("'OR' has nothing after it");
        assertThatThrownBy(() -> find("*cách")).hasMessageContaining("cannot start with * or ?");
        assertThatThrownBy(() -> find("cách\\")).hasMessageContaining("backslash");
        assertThatThrownBy(() -> find("year:[2020 TO")).hasMessageContaining("range '[2020 TO' is not closed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Lexical").doesNotContain("Encountered"));
        assertThatThrownBy(() -> find("year:{2020 TO }")).hasMessageContaining("has no upper end");
    }

    @Test
    void theEscapeHintIsGivenOnlyWhereABackslashMendsTheMistake() {
        for (String q : List.of("year:[2020 TO", "year:{2020 TO }", "cải cách OR", "cách\\", "( )")) {
            assertThatThrownBy(() -> find(q)).as(q).hasMessageNotContaining("escape a special character");
        }
        assertThatThrownBy(() -> find("year:[2020 TO")).hasMessageContaining("year:2020..2024");
        for (String q : List.of("\"", "cải (cách", "cải cách)", "*cách")) {
            assertThatThrownBy(() -> find(q)).as(q).hasMessageContaining("escape a special character with \\");
        }
    }

    @Test
    void anUnknownFieldIsAWarningListingTheFields() {
        assertThat(QueryWarnings.of("foo:bar")).singleElement().asString()
                .contains("unknown field 'foo'").contains("locality").contains("year").contains("type");
        assertThat(QueryWarnings.of("locality:\"Hà Nội\" year:2021 cải cách")).isEmpty();
        // a colon in running text is not a field query
        assertThat(QueryWarnings.of("Điều 3: thi hành")).isEmpty();
        assertThat(QueryWarnings.of("giờ 10:30")).isEmpty();
    }

    @Test
    void badSyntaxGivesAShortClearMessage() {
        assertThatThrownBy(() -> find("cải (cách"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid query 'cải (cách'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Was expecting"));
        assertThatThrownBy(() -> find("\"cải cách")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid query");
        assertThatThrownBy(() -> find("...")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no searchable words");
    }

    @Test
    void documentNumberIsSearchable() {
        assertThat(ids(find("39/KH-UBND"))).containsExactly("a1b2c3d4e5f60001");
        assertThat(ids(find("120/QĐ-UBND"))).containsExactly("b7c8d9e0f1a20002");
        assertThat(ids(find("120/qd-ubnd"))).containsExactly("b7c8d9e0f1a20002");
    }

    @Test
    void colonAfterAWordIsText() {
        assertThat(ids(find("Điều 1: Ban hành"))).containsExactly("b7c8d9e0f1a20002");
    }

    @Test
    void withoutSectionFilterEachDocumentAppearsOnce() {
        SearchResults r = find("hành chính");
        assertThat(ids(r)).doesNotHaveDuplicates().hasSize(2);
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void sectionFilterReturnsSectionsOfThatKind() {
        SearchResults r = search.search(new SearchRequest("hồ sơ", SectionKind.TARGETS, null, null, null, null, 10));
        assertThat(r.total()).isEqualTo(1);
        SearchHit hit = r.hits().get(0);
        assertThat(hit.recordKind()).isEqualTo("section");
        assertThat(hit.isSection()).isTrue();
        assertThat(hit.sectionKind()).isEqualTo("targets");
        assertThat(hit.heading()).isEqualTo("II. MỤC TIÊU");
        assertThat(hit.docId()).isEqualTo("a1b2c3d4e5f60001");
        assertThat(hit.title()).isEqualTo("Kế hoạch cải cách hành chính năm 2021");
        assertThat(hit.number()).isEqualTo("39/KH-UBND");
        assertThat(hit.type()).isEqualTo("ke-hoach");
        assertThat(hit.snippet()).contains("«hồ sơ»");

        SearchResults all = search.search(new SearchRequest("", SectionKind.TASKS, null, null, null, null, 10));
        assertThat(all.hits()).extracting(SearchHit::sectionKind).containsOnly("tasks");
        assertThat(ids(all)).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "c3d4e5f6a7b80003");
    }

    @Test
    void typeFilter() {
        SearchResults r = search.search(new SearchRequest("cai cach", null, DocType.QUYET_DINH, null, null, null, 10));
        assertThat(ids(r)).containsExactly("b7c8d9e0f1a20002");
        assertThat(r.hits().get(0).type()).isEqualTo("quyet-dinh");
    }

    @Test
    void localityFilterAnyLevelOldOrNewWithOrWithoutDiacritics() {
        for (String loc : List.of("phuoc long", "Phước Long", "Thị xã Phước Long", "thi xa phuoc long", "689")) {
            assertThat(ids(search.search(new SearchRequest("cai cach", null, null, loc, null, null, 10))))
                    .as(loc).containsExactly("a1b2c3d4e5f60001");
        }
        for (String loc : List.of("Đồng Nai", "dong nai", "Bình Phước", "Tỉnh Bình Phước")) {
            assertThat(ids(search.search(new SearchRequest("cai cach", null, null, loc, null, null, 10))))
                    .as(loc).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
        }
        assertThat(ids(search.search(new SearchRequest("cai cach", null, null, "Hà Nội", null, null, 10))))
                .containsExactly("c3d4e5f6a7b80003");
        assertThat(ids(search.search(new SearchRequest("cai cach", null, null, "Cà Mau", null, null, 10)))).isEmpty();
    }

    @Test
    void yearRangeFilter() {
        assertThat(ids(search.search(new SearchRequest("cai cach", null, null, null, 2020, 2022, 10))))
                .containsExactly("a1b2c3d4e5f60001");
        assertThat(ids(search.search(new SearchRequest("cai cach", null, null, null, 2021, null, 10))))
                .containsExactlyInAnyOrder("a1b2c3d4e5f60001", "c3d4e5f6a7b80003");
        assertThat(ids(search.search(new SearchRequest("cai cach", null, null, null, null, 2019, 10))))
                .containsExactly("b7c8d9e0f1a20002");
        assertThatThrownBy(() -> new SearchRequest("x", null, null, null, 2022, 2020, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snippetMarksFoldedMatchesOnTheOriginalText() {
        SearchHit hit = search.search(new SearchRequest("cai cach", SectionKind.PURPOSE, null, null, null, null, 10))
                .hits().get(0);
        assertThat(hit.snippet()).contains("«cải cách»");
        assertThat(hit.plainSnippet()).contains("cải cách hành chính").doesNotContain("«").doesNotContain("»");
    }

    @Test
    void snippetPrefersWordsAsTyped() {
        // "hồ sơ" folds to "ho so", which also matches "số" in the same section; only "hồ sơ" is marked
        SearchHit hit = search.search(new SearchRequest("hồ sơ", SectionKind.TARGETS, null, null, null, null, 10))
                .hits().get(0);
        assertThat(hit.snippet()).contains("«hồ sơ»").doesNotContain("«số»");
        // without diacritics the exact pass finds nothing in this section, so folded matches are marked
        SearchHit folded = search.search(new SearchRequest("ho so", SectionKind.TARGETS, null, null, null, null, 10))
                .hits().get(0);
        assertThat(folded.snippet()).contains("«hồ sơ»");
    }

    @Test
    void pageOfTheSnippet() {
        SearchHit hit = find("kinh phí ngân sách").hits().get(0);
        assertThat(hit.docId()).isEqualTo("a1b2c3d4e5f60001");
        assertThat(hit.page()).isEqualTo(2);
    }

    @Test
    void emptyQueryListsEverythingThatPassesFilters() {
        SearchResults r = search.search(new SearchRequest(null, null, null, "binh phuoc", null, null, 10));
        assertThat(ids(r)).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "b7c8d9e0f1a20002");
        assertThat(r.hits()).allMatch(h -> !h.snippet().isBlank());
    }

    @Test
    void limitCapsHits() {
        SearchResults r = search.search(new SearchRequest("cai cach", null, null, null, null, null, 2));
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void jsonRoundTripThroughTheIndexEqualsTheOriginal() {
        for (VanbanDocument original : List.of(TestDocs.reformPlan(), TestDocs.decision(), TestDocs.directive())) {
            assertThat(search.get(original.id())).contains(original);
        }
    }

    @Test
    void getByUniquePrefix() {
        assertThat(search.get("a1b2")).map(VanbanDocument::id).contains("a1b2c3d4e5f60001");
        assertThat(search.get("ffff")).isEmpty();
        assertThatThrownBy(() -> search.get("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ambiguousPrefixIsAnError() throws Exception {
        Path other = Files.createDirectory(dir.resolve("twins"));
        try (DocumentIndex index = DocumentIndex.open(other)) {
            index.upsert(TestDocs.reformPlan());
        }
        try (IndexSearch s = IndexSearch.open(other)) {
            assertThat(s.get("a1b2")).isPresent();
            try (DocumentIndex index = DocumentIndex.open(other)) {
                index.upsert(TestDocs.doc("a1b2ffffffff0009", DocType.KE_HOACH, "", "", "Kế hoạch", TestDocs.HA_NOI,
                        List.of()));
            }
            assertThat(s.refresh()).isTrue();
            assertThatThrownBy(() -> s.get("a1b2")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ambiguous").hasMessageContaining("a1b2c3d4e5f60001");
            assertThat(s.get("a1b2f")).map(VanbanDocument::id).contains("a1b2ffffffff0009");
        }
    }

    @Test
    void forEachDocumentVisitsAllInIdOrder() {
        List<String> seen = new ArrayList<>();
        search.forEachDocument(d -> seen.add(d.id()));
        assertThat(seen).containsExactly("a1b2c3d4e5f60001", "b7c8d9e0f1a20002", "c3d4e5f6a7b80003");
        assertThat(search.documentCount()).isEqualTo(3);
    }

    @Test
    void openWithoutIndexIsAClearError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> IndexSearch.open(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no index");
        assertThatThrownBy(() -> IndexSearch.open(dir.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no index");
    }
}
