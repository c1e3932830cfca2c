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

}
