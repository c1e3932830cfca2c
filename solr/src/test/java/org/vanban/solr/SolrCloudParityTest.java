package org.vanban.solr;

import org.assertj.core.api.Assertions;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakLingering;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.solr.SolrTestCaseJ4.SuppressSSL;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexBackend;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResults;
import org.vanban.model.DocType;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;

/**
 * The same documents in an embedded index and in a SolrCloud collection (2 nodes, 2 shards x 2 replicas, the
 * configset of solr/configset/vanban, routed by doc_id) give the same hits in the same order within score ties, the
 * same scores, snippets and facet counts (drill sideways) for words, folded words, phrases, fields, abbreviations,
 * filters on locality, type, year, section and issuer. Loopback only.
 */
@SuppressSSL
@ThreadLeakLingering(linger = 5000)
public class SolrCloudParityTest extends SolrCloudTestCase {
    private static final String COLLECTION = "vanban";
    private static final Path CONFIGSET = Path.of("solr/configset/vanban/conf");
    private static List<VanbanDocument> docs;
    private static Path indexDir;
    private static IndexSearch embedded;
    private static DocumentSearch cluster;
    private static String location;

    @BeforeClass
    public static void setUpCluster() throws Exception {
        configureCluster(2).addConfig(COLLECTION, CONFIGSET).configure();
        CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2).setRouterField("doc_id")
                .process(cluster().getSolrClient());
        cluster().waitForActiveCollection(COLLECTION, 2, 4);
        location = SolrLocation.SCHEME + cluster().getZkServer().getZkAddress() + "/" + COLLECTION;
        docs = corpusDocuments();
        indexDir = createTempDir("embedded");
        try (DocumentIndex idx = DocumentIndex.open(indexDir)) {
            for (VanbanDocument d : docs) idx.upsertAll(List.of(d));
        }
        IndexBackend backend = new SolrIndexBackend();
        Assertions.assertThat(backend.accepts(location)).isTrue();
        try (DocumentStore store = backend.openStore(location)) {
            for (VanbanDocument d : docs) store.upsertAll(List.of(d));
        }
        embedded = IndexSearch.open(indexDir);
        cluster = backend.openSearch(location);
    }

    private static org.apache.solr.cloud.MiniSolrCloudCluster cluster() {
        return SolrCloudTestCase.cluster;
    }

    @AfterClass
    public static void closeBackends() {
        if (cluster != null) cluster.close();
        if (embedded != null) embedded.close();
        cluster = null;
        embedded = null;
        docs = null;
    }

    /** The text files of corpus/ (and the HTML one as text), built by the product's DocumentBuilder. */
    static List<VanbanDocument> corpusDocuments() throws Exception {
        List<VanbanDocument> out = new ArrayList<>();
        DocumentBuilder builder = new DocumentBuilder();
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String text = new String(bytes, StandardCharsets.UTF_8);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                out.addAll(builder.buildAll(f.toString(), sha, "text/plain",
                        List.of(new Page(1, text, text, -1, PageSource.TEXT_FILE))));
            }
        }
        Assertions.assertThat(out).hasSizeGreaterThanOrEqualTo(3);
        return out;
    }

    static List<SearchRequest> requests() {
        return List.of(
                SearchRequest.of("cải cách hành chính"),
                SearchRequest.of("cai cach hanh chinh"),
                SearchRequest.of("\"chính quyền địa phương\""),
                SearchRequest.of("nghị quyết kinh tế xã hội"),
                SearchRequest.of("UBND tỉnh"),
                SearchRequest.of("type:nghi-quyet phát triển"),
                SearchRequest.of("year:2025..2026 nhiệm vụ"),
                SearchRequest.of("locality:\"Hải Phòng\" chính quyền"),
                SearchRequest.of("phat trien").withType(DocType.NGHI_QUYET),
                SearchRequest.of("nhiệm vụ").withYears(2023, null),
                SearchRequest.of("tổ chức thực hiện").withSection(SectionKind.IMPLEMENTATION),
                SearchRequest.of("").withLocality("hai duong"),
                SearchRequest.of("kế hoạch").withIssuer("hội đồng nhân dân"),
                SearchRequest.of("hanh chinh").withFuzzy(false).withPage(3, 2));
    }

    @Test
    public void sameHitsScoresSnippetsAndFacetsOnBothBackends() {
        int compared = 0;
        for (SearchRequest req : requests()) {
            SearchResults a = embedded.search(req, true, null);
            SearchResults b = cluster.search(req, true, null);
            String what = req.toString();
            Assertions.assertThat(b.total()).as(what).isEqualTo(a.total());
            Assertions.assertThat(inTieOrder(b.hits())).as(what).isEqualTo(inTieOrder(a.hits()));
            Assertions.assertThat(b.facets()).as(what).isEqualTo(a.facets());
            if (!a.hits().isEmpty()) compared++;
        }
        Assertions.assertThat(compared).as("requests with hits").isGreaterThanOrEqualTo(10);
        // plain search (no facets pass) gives the same totals
        SearchRequest words = SearchRequest.of("cải cách hành chính");
        Assertions.assertThat(cluster.search(words).total()).isEqualTo(embedded.search(words).total()).isPositive();
    }

    /** Hits as comparable lines, ties (equal scores to 5 digits) put in id order; scores to 5 significant digits. */
    private static List<String> inTieOrder(List<SearchHit> hits) {
        List<SearchHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<SearchHit>comparingDouble(h -> -rounded(h.score()))
                .thenComparing(SearchHit::docId).thenComparing(SearchHit::sectionKind).thenComparing(SearchHit::heading));
        return sorted.stream().map(h -> rounded(h.score()) + " " + h.docId() + " " + h.recordKind() + " " + h.sectionKind()
                + " " + h.heading() + " p" + h.page() + " " + h.title() + " | " + h.snippet()).toList();
    }

    private static double rounded(float score) {
        return new java.math.BigDecimal(score).round(new java.math.MathContext(5)).doubleValue();
    }


    @Test
    public void sameTargetsAndTasks() {
        for (SearchRequest req : List.of(SearchRequest.of("tỷ lệ"), SearchRequest.of(""), SearchRequest.of("phát triển")
                .withType(DocType.NGHI_QUYET), SearchRequest.of("").withYears(2025, null))) {
            var a = embedded.searchTargets(req);
            var b = cluster.searchTargets(req);
            Assertions.assertThat(b.total()).as("targets " + req).isEqualTo(a.total());
            Assertions.assertThat(targetLines(b.hits())).as("targets " + req).isEqualTo(targetLines(a.hits()));
            var c = embedded.searchTasks(req);
            var d = cluster.searchTasks(req);
            Assertions.assertThat(d.total()).as("tasks " + req).isEqualTo(c.total());
            Assertions.assertThat(taskLines(d.hits())).as("tasks " + req).isEqualTo(taskLines(c.hits()));
        }
        Assertions.assertThat(embedded.searchTargets(SearchRequest.of("")).total() + embedded.searchTasks(SearchRequest.of("")).total())
                .as("the corpus has targets or tasks").isPositive();
    }

    private static List<String> targetLines(List<org.vanban.index.TargetHit> hits) {
        return hits.stream().map(h -> rounded(h.score()) + " " + h.id() + " " + h.metric() + " " + h.value() + " | " + h.snippet())
                .sorted().toList();
    }

    private static List<String> taskLines(List<org.vanban.index.TaskHit> hits) {
        return hits.stream().map(h -> rounded(h.score()) + " " + h.id() + " " + h.lead() + " | " + h.snippet()).sorted().toList();
    }

    @Test
    public void sameDocumentsByIdAndInExport() {
        Assertions.assertThat(cluster.documentCount()).isEqualTo(embedded.documentCount()).isEqualTo(docs.size());
        List<VanbanDocument> a = new ArrayList<>();
        List<VanbanDocument> b = new ArrayList<>();
        embedded.forEachDocument(a::add);
        cluster.forEachDocument(b::add);
        Assertions.assertThat(b).isEqualTo(a);
        VanbanDocument first = docs.get(0);
        Assertions.assertThat(cluster.get(first.id())).contains(first);
        Assertions.assertThat(cluster.get(first.id().substring(0, 6))).isEqualTo(embedded.get(first.id().substring(0, 6)));
        Assertions.assertThat(cluster.get("ffffffffffff")).isEmpty();
    }

    @Test
    public void badQueriesGiveTheEmbeddedIndexMessage() {
        SearchRequest bad = SearchRequest.of("type:no-such-type");
        Throwable a = org.assertj.core.api.Assertions.catchThrowable(() -> embedded.search(bad));
        Throwable b = org.assertj.core.api.Assertions.catchThrowable(() -> cluster.search(bad));
        Assertions.assertThat(a).isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThat(b).isInstanceOf(IllegalArgumentException.class).hasMessage(a.getMessage());
    }

    /** Replacing a file's documents leaves no stale record; deletes by id and by content hash; retries need no help. */
    @Test
    public void storeReplacesAndDeletesLikeTheEmbeddedIndex() throws Exception {
        String name = "vanban_write";
        CollectionAdminRequest.createCollection(name, COLLECTION, 2, 1).setRouterField("doc_id")
                .process(cluster().getSolrClient());
        cluster().waitForActiveCollection(name, 2, 2);
        String where = SolrLocation.SCHEME + cluster().getZkServer().getZkAddress() + "/" + name;
        VanbanDocument doc = docs.stream().filter(d -> d.sections().stream().filter(x -> x.kind() != null).count() >= 2)
                .findFirst().orElseThrow();
        VanbanDocument shorter = new VanbanDocument(doc.id(), doc.sourcePath(), doc.sha256(), doc.mediaType(), doc.header(),
                doc.locality(), doc.sections().subList(0, 1), doc.pages());
        IndexBackend backend = new SolrIndexBackend();
        try (DocumentStore store = backend.openStore(where); DocumentSearch search = backend.openSearch(where)) {
            store.upsertAll(List.of(doc));
            Assertions.assertThat(store.containsSha256(doc.sha256())).as("before a commit").isTrue();
            store.commit();
            Assertions.assertThat(search.refresh()).isTrue();
            Assertions.assertThat(sectionRecords(search, doc.id())).isEqualTo(doc.sections().stream().filter(x -> x.kind() != null).count());
            store.upsertAll(List.of(shorter)); // the same file, fewer sections: the others must go
            store.commit();
            Assertions.assertThat(sectionRecords(search, doc.id())).as("section records after the replace")
                    .isEqualTo(shorter.sections().stream().filter(x -> x.kind() != null).count()).isLessThan(2);
            Assertions.assertThat(search.get(doc.id()).orElseThrow().sections()).hasSize(1);
            Assertions.assertThat(search.documentCount()).isEqualTo(1);
            VanbanDocument other = docs.stream().filter(d -> !d.sha256().equals(doc.sha256())).findFirst().orElseThrow();
            store.upsert(other);
            store.delete(doc.id());
            store.commit();
            Assertions.assertThat(search.get(doc.id())).isEmpty();
            Assertions.assertThat(store.documentCount()).isEqualTo(1);
            store.deleteSha256(other.sha256());
            store.commit();
            Assertions.assertThat(store.containsSha256(other.sha256())).isFalse();
            Assertions.assertThat(search.documentCount()).isZero();
            // the batched lookup the Spark job's hashing asks: a compound file (two documents, one hash) and another
            // file stored, a third hash absent; 2 hashes asked and 3 documents match, so the lookup must ask again
            VanbanDocument part2 = new VanbanDocument(doc.id() + "-2", doc.sourcePath(), doc.sha256(), doc.mediaType(),
                    doc.header(), doc.locality(), doc.sections().subList(0, 1), doc.pages());
            store.upsertAll(List.of(doc, part2));
            store.upsert(other);
            store.commit();
            String absent = "ab".repeat(32);
            try (DocumentStore fresh = backend.openStore(where)) { // no memory of its own writes: Solr answers
                Assertions.assertThat(fresh.storedAmong(List.of(doc.sha256(), other.sha256())))
                        .containsExactlyInAnyOrder(doc.sha256(), other.sha256());
                Assertions.assertThat(fresh.storedAmong(List.of(absent, other.sha256(), absent))).containsExactly(other.sha256());
                Assertions.assertThat(fresh.storedAmong(List.of())).isEmpty();
                Assertions.assertThatThrownBy(() -> fresh.storedAmong(List.of("x,y"))).hasMessageContaining("not a hex SHA-256");
            }
        }
    }

    /** Section records of a document: the hits of every section kind (each section is a hit with a section filter). */
    private static long sectionRecords(DocumentSearch search, String docId) {
        long n = 0;
        for (SectionKind k : SectionKind.values()) {
            n += search.search(SearchRequest.of("").withSection(k).withPage(1000, 0)).hits().stream()
                    .filter(h -> h.docId().equals(docId)).count();
        }
        return n;
    }
}
