package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.Extraction;
import org.vanban.model.LegalReference;
import org.vanban.model.Locality;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
import org.vanban.model.VanbanDocument;

/** The query language fields, abbreviations, fuzzy matching, facets and target/task records. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructuredSearchTest {
    @TempDir
    static Path dir;

    static final Locality AN_LAO_COMMUNE = new Locality("Xã An Thắng", "commune", "11500", "Thành phố Hải Phòng", "31",
            "Huyện An Lão", List.of("Xã An Khánh", "Thành phố Hải Phòng"), List.of("11501", "31"));
    static final String PLAN = "e000000000000001";
    static final String DECISION = "e000000000000002";

    private IndexSearch search;

    /** A 2025 plan of a Hải Phòng commune with targets, tasks and a citation of 76/NQ-CP. */
    static VanbanDocument communePlan() {
        VanbanDocument base = TestDocs.doc(PLAN, DocType.KE_HOACH, "12/KH-UBND", "2025-02-10",
                "Kế hoạch chuyển đổi số năm 2025", AN_LAO_COMMUNE, List.of(
                        TestDocs.section(SectionKind.PREAMBLE, "", "",
                                "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; UBND xã ban hành kế hoạch.", 1),
                        TestDocs.section(SectionKind.TARGETS, "II", "II. MỤC TIÊU",
                                "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%; hỗ trợ doanh ngbiệp đăng ký.", 1),
                        TestDocs.section(SectionKind.TASKS, "III", "III. NHIỆM VỤ",
                                "Duy trì bộ phận một cửa liên thông; đẩy mạnh CCHC.", 2)));
        Extraction ex = new Extraction(
                List.of(new TargetClause("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%", "tỷ lệ dịch vụ công trực tuyến toàn trình",
                        "≥", "80", "%", "2025", SectionKind.TARGETS, 1, 0, 10)),
                List.of(new TaskAssignment("Duy trì bộ phận một cửa liên thông", "Văn phòng HĐND và UBND xã",
                        List.of("Công an xã"), "Quý I/2025", 2)),
                List.of(new LegalReference(DocType.NGHI_QUYET, "76/NQ-CP", "2021-07-15", "Chính phủ", "76/NQ-CP",
                        "Nghị quyết số 76/NQ-CP")));
        return new VanbanDocument(base.id(), base.sourcePath(), base.sha256(), base.mediaType(), base.header(),
                base.locality(), base.sections(), base.pages(), "", ex);
    }

    /** A 2020 decision of Phước Long with "Ủy ban nhân dân" written out and a 2020 target. */
    static VanbanDocument decision() {
        VanbanDocument base = TestDocs.doc(DECISION, DocType.QUYET_DINH, "7/QĐ-UBND", "2020-05-04",
                "Quyết định giao chỉ tiêu", TestDocs.PHUOC_LONG, List.of(
                        TestDocs.section(SectionKind.ARTICLES, "Điều 1", "Điều 1.",
                                "Ủy ban nhân dân thị xã giao chỉ tiêu dịch vụ công năm 2020.", 1)));
        Extraction ex = new Extraction(
                List.of(new TargetClause("Dịch vụ công mức độ 4 đạt 30%", "dịch vụ công mức độ 4", "≥", "30", "%", "2020",
                        SectionKind.ARTICLES, 1, 0, 10)), List.of(), List.of());
        return new VanbanDocument(base.id(), base.sourcePath(), base.sha256(), base.mediaType(), base.header(),
                base.locality(), base.sections(), base.pages(), "", ex);
    }

    @BeforeAll
    void buildIndex() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(communePlan());
            index.upsert(decision());
            index.upsert(TestDocs.reformPlan());
        }
        search = IndexSearch.open(dir);
    }

    @AfterAll
    void close() {
        search.close();
    }

    private List<String> ids(String query) {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchHit::docId).toList();
    }

    @Test
    void typeFieldAcceptsKeyLabelAndAbbreviation() {
        assertThat(ids("type:quyet-dinh")).containsExactly(DECISION);
        assertThat(ids("type:\"Kế hoạch\"")).containsExactlyInAnyOrder(PLAN, TestDocs.reformPlan().id());
        assertThat(ids("dịch vụ công -type:KH")).containsExactly(DECISION);
    }

    @Test
    void sectionFieldGivesSectionHits() {
        SearchResults r = search.search(SearchRequest.of("section:muc-tieu dịch vụ"));
        assertThat(r.hits()).hasSize(1);
        assertThat(r.hits().get(0).sectionKind()).isEqualTo("targets");
        assertThat(r.hits().get(0).docId()).isEqualTo(PLAN);
        assertThat(ids("section:targets hồ sơ")).containsExactly(TestDocs.reformPlan().id());
    }

    @Test
    void localityFieldAnyLevelOldOrNewNameWithoutAccents() {
        assertThat(ids("locality:hai-phong")).containsExactly(PLAN);
        assertThat(ids("locality:\"Huyện An Lão\"")).containsExactly(PLAN);
        assertThat(ids("locality:\"an khanh\"")).containsExactly(PLAN); // today's commune
        assertThat(ids("locality:\"Đồng Nai\"")).containsExactlyInAnyOrder(DECISION, TestDocs.reformPlan().id());
        assertThat(ids("locality:\"new/Thành phố Hải Phòng/Xã An Khánh\"")).containsExactly(PLAN);
    }

    @Test
    void yearFieldTakesYearsAndRanges() {
        assertThat(ids("year:2020")).containsExactly(DECISION);
        assertThat(ids("year:2021..2025")).containsExactlyInAnyOrder(PLAN, TestDocs.reformPlan().id());
        assertThat(ids("year:..2021")).containsExactlyInAnyOrder(DECISION, TestDocs.reformPlan().id());
        assertThat(ids("year:[2024 TO 2026]")).containsExactly(PLAN);
    }

    @Test
    void issuerAndCitesFields() {
        assertThat(ids("issuer:\"UBND xã An Thắng\"")).containsExactly(PLAN);
        assertThat(ids("issuer:\"uy ban nhan dan thi xa phuoc long\""))
                .containsExactlyInAnyOrder(DECISION, TestDocs.reformPlan().id());
        assertThat(ids("cites:76/NQ-CP")).containsExactly(PLAN);
        assertThat(ids("cites:76/nq-cp")).containsExactly(PLAN);
        assertThat(search.search(SearchRequest.of("").withCites("76/NQ-CP")).total()).isEqualTo(1);
        assertThat(ids("cites:30c/NQ-CP")).isEmpty();
    }

    @Test
    void fieldsCombineWithOrAndWords() {
        assertThat(ids("dịch vụ công (locality:hai-phong OR year:2020)")).containsExactlyInAnyOrder(PLAN, DECISION);
    }

    @Test
    void abbreviationsExpandBothWays() {
        // the decision writes "Ủy ban nhân dân thị xã", the plan "UBND xã"
        assertThat(ids("UBND thị xã giao")).containsExactly(DECISION);
        assertThat(ids("\"ủy ban nhân dân xã\"")).containsExactly(PLAN);
        // "CCHC" in the plan, "cải cách hành chính" in the reform plan
        assertThat(ids("cải cách hành chính")).contains(PLAN, TestDocs.reformPlan().id());
        assertThat(ids("CCHC")).contains(PLAN, TestDocs.reformPlan().id());
        // quoted: the phrase or its abbreviation
        assertThat(ids("\"cải cách hành chính\"")).contains(PLAN, TestDocs.reformPlan().id());
        assertThat(ids("\"CCHC\"")).contains(PLAN, TestDocs.reformPlan().id());
    }

    @Test
    void fuzzyMatchingToleratesOneWrongLetterAndCanBeSwitchedOff() {
        // the plan has the OCR error "ngbiệp"
        assertThat(ids("doanh nghiệp")).containsExactly(PLAN);
        assertThat(search.search(SearchRequest.of("doanh nghiệp").withFuzzy(false)).hits()).isEmpty();
    }

    @Test
    void badFieldValuesGiveClearMessages() {
        assertThatThrownBy(() -> ids("type:foo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown document type 'foo'").hasMessageContaining("ke-hoach");
        assertThatThrownBy(() -> ids("year:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year: must be a year");
        assertThatThrownBy(() -> ids("section:xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown section 'xyz'");
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
    }

    @Test
    void searchHitsAreNeverTargetOrTaskRecords() {
        SearchResults r = search.search(SearchRequest.of("dịch vụ công trực tuyến").withPage(50, 0));
        assertThat(r.hits()).extracting(SearchHit::recordKind).allMatch(k -> k.equals("document") || k.equals("section"));
        assertThat(r.hits()).extracting(SearchHit::docId).doesNotHaveDuplicates();
    }

    @Test
    void pagingSkipsHits() {
        SearchRequest all = SearchRequest.of("").withPage(10, 0);
        List<String> first = search.search(all).hits().stream().map(SearchHit::docId).toList();
        assertThat(first).hasSize(3);
        List<String> second = search.search(all.withPage(10, 1)).hits().stream().map(SearchHit::docId).toList();
        assertThat(second).containsExactlyElementsOf(first.subList(1, 3));
    }

    @Test
    void facetsCountDocumentsPerValueWithLocalityTrees() {
        FacetResults f = search.facets(SearchRequest.of(""));
        assertThat(f.documents()).isEqualTo(3);
        assertThat(f.get("type")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ke-hoach", 2L),
                        org.assertj.core.groups.Tuple.tuple("quyet-dinh", 1L));
        assertThat(f.get("year")).extracting(FacetValue::value).containsExactly("2025", "2021", "2020");
        FacetValue binhPhuoc = f.get("locality").stream().filter(v -> v.label().equals("Tỉnh Bình Phước")).findFirst().orElseThrow();
        assertThat(binhPhuoc.count()).isEqualTo(2);
        assertThat(binhPhuoc.value()).isEqualTo("old/Tỉnh Bình Phước");
        assertThat(binhPhuoc.children()).extracting(FacetValue::label).containsExactly("Thị xã Phước Long");
        FacetValue haiPhong = f.get("locality").stream().filter(v -> v.label().equals("Thành phố Hải Phòng")).findFirst().orElseThrow();
        assertThat(haiPhong.children().get(0).label()).isEqualTo("Huyện An Lão");
        assertThat(haiPhong.children().get(0).children().get(0).label()).isEqualTo("Xã An Thắng");
        FacetValue dongNai = f.get("locality_new").stream().filter(v -> v.label().equals("Tỉnh Đồng Nai")).findFirst().orElseThrow();
        assertThat(dongNai.count()).isEqualTo(2);
        // sections are counted as sections: two TARGETS sections, one in each plan
        assertThat(f.get("section")).filteredOn(v -> v.value().equals("targets")).extracting(FacetValue::count).containsExactly(2L);
        assertThat(f.get("issuer")).extracting(FacetValue::label).contains("Ủy ban nhân dân xã an thắng");
        // a facet value filters
        assertThat(search.search(SearchRequest.of("").withLocality(binhPhuoc.value())).total()).isEqualTo(2);
        FacetResults narrowed = search.facets(SearchRequest.of("dịch vụ công"));
        assertThat(narrowed.documents()).isEqualTo(2);
        assertThat(narrowed.get("year")).extracting(FacetValue::value).containsExactly("2025", "2020");
    }

    @Test
    void facetsOfFilteredDimensionsAreCountedSideways() {
        // Bình Phước (the 2020 decision and the 2021 plan) and year 2021: only the plan is found
        SearchRequest req = SearchRequest.of("").withLocality("old/Tỉnh Bình Phước").withYears(2021, 2021);
        FacetResults f = search.facets(req);
        assertThat(f.documents()).isEqualTo(1).isEqualTo(search.search(req).total());
        // the year facet ignores the year filter: the other year of Bình Phước stays visible with its count
        assertThat(f.get("year")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021", 1L), org.assertj.core.groups.Tuple.tuple("2020", 1L));
        // the locality facets ignore the locality filter: every locality with a 2021 document
        assertThat(f.get("locality")).extracting(FacetValue::label).containsExactly("Tỉnh Bình Phước");
        // the other dimensions count the fully filtered results
        assertThat(f.get("type")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ke-hoach", 1L));

        // the same as one search per filtered dimension without its filter; filters written in the query are not sideways
        SearchRequest wide = SearchRequest.of("dịch vụ công").withType(DocType.KE_HOACH).withLocality("Đồng Nai")
                .withYears(2019, 2025);
        FacetResults sideways = search.facets(wide);
        assertThat(sideways.get("type")).isEqualTo(search.facets(wide.withType(null)).get("type"));
        assertThat(sideways.get("locality")).isEqualTo(search.facets(wide.withLocality(null)).get("locality"));
        assertThat(sideways.get("locality_new")).isEqualTo(search.facets(wide.withLocality(null)).get("locality_new"));
        assertThat(sideways.get("year")).isEqualTo(search.facets(wide.withYears(null, null)).get("year"));
        FacetResults plain = search.facets(SearchRequest.of("dịch vụ công type:ke-hoach locality:\"Đồng Nai\" year:2019..2025"));
        assertThat(sideways.documents()).isEqualTo(plain.documents()).isZero();
        assertThat(sideways.get("issuer")).isEqualTo(plain.get("issuer")).isEmpty();
        // no plan of Đồng Nai speaks of "dịch vụ công", but its decision does, and a Hải Phòng plan does
        assertThat(sideways.get("type")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quyet-dinh", 1L));
        assertThat(sideways.get("locality")).extracting(FacetValue::label).containsExactly("Thành phố Hải Phòng");
        assertThat(plain.get("type")).isEmpty();

        // the section facet counts sections sideways too
        SearchRequest targets = SearchRequest.of("dịch vụ công").withSection(SectionKind.TARGETS);
        FacetResults bySection = search.facets(targets);
        assertThat(bySection.get("section")).isEqualTo(search.facets(targets.withSection(null)).get("section"));
        assertThat(bySection.get("section")).extracting(FacetValue::value).contains("targets", "articles");
        assertThat(bySection.get("type")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ke-hoach", 1L));
    }

    @Test
    void targetsAreSearchableRecordsWithTheirDocumentsMetadata() {
        RecordResults<TargetHit> r = search.searchTargets(SearchRequest.of("dịch vụ công"));
        assertThat(r.total()).isEqualTo(2);
        TargetHit plan = r.hits().stream().filter(h -> h.docId().equals(PLAN)).findFirst().orElseThrow();
        assertThat(plan.value()).isEqualTo("80");
        assertThat(plan.unit()).isEqualTo("%");
        assertThat(plan.locality()).isEqualTo("Xã An Thắng");
        assertThat(plan.province()).isEqualTo("Thành phố Hải Phòng");
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.number()).isEqualTo("12/KH-UBND");
        assertThat(plan.snippet()).contains("«");
        assertThat(plan.id()).isEqualTo(PLAN + "/t1");
        // no query words: newest first; filters apply
        assertThat(search.searchTargets(SearchRequest.of("")).hits()).extracting(TargetHit::year).containsExactly(2025, 2020);
        assertThat(search.searchTargets(SearchRequest.of("").withLocality("phuoc long")).hits())
                .extracting(TargetHit::docId).containsExactly(DECISION);
        assertThat(search.searchTargets(SearchRequest.of("locality:hai-phong year:2025")).total()).isEqualTo(1);
    }

    @Test
    void tasksAreSearchableByTaskAndAgency() {
        RecordResults<TaskHit> r = search.searchTasks(SearchRequest.of("\"một cửa liên thông\""));
        assertThat(r.total()).isEqualTo(1);
        TaskHit t = r.hits().get(0);
        assertThat(t.lead()).isEqualTo("Văn phòng HĐND và UBND xã");
        assertThat(t.partners()).isEqualTo("Công an xã");
        assertThat(t.timeframe()).isEqualTo("Quý I/2025");
        assertThat(t.task()).isEqualTo("Duy trì bộ phận một cửa liên thông");
        assertThat(search.searchTasks(SearchRequest.of("\"công an\"")).total()).isEqualTo(1);
        assertThat(search.searchTasks(SearchRequest.of("Hội đồng nhân dân")).total()).isEqualTo(1);
    }
}
