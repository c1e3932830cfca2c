package org.vanban.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.spark.sql.SparkSession;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentSearch;
import org.vanban.index.IndexBackend;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResults;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;

/**
 * {@code ./vanban cluster-demo [PATH]}: a two-node SolrCloud on loopback with embedded ZooKeeper (collection vanban,
 * 2 shards x 2 replicas, configset solr/configset/vanban), the Spark IngestJob in local[2] over PATH into it, and
 * {@code vanban ingest}'s pipeline over the same files into an embedded index; then fixed queries on both, side by
 * side, {@code parity K/N}; then one Solr node is stopped and the queries run again, {@code after node loss: K/N}.
 * Runs in its own JVM (spark/cluster-demo.sh): Solr's Jetty 10 never meets the app's Jetty 11.
 */
public final class ClusterDemo {
    private ClusterDemo() {
    }

    static List<SearchRequest> queries() {
        return List.of(
                SearchRequest.of("cải cách hành chính"),                       // words
                SearchRequest.of("cai cach hanh chinh"),                       // folded
                SearchRequest.of("chuyen doi so"),                             // folded
                SearchRequest.of("\"kế hoạch\""),                              // phrase
                SearchRequest.of("\"ủy ban nhân dân\""),                       // phrase
                SearchRequest.of("type:nghi-quyet phát triển"),                // fielded
                SearchRequest.of("year:2023..2026 nhiệm vụ"),                  // fielded
                SearchRequest.of("tổ chức thực hiện").withSection(SectionKind.IMPLEMENTATION),
                SearchRequest.of("").withLocality("hai duong"),                 // locality
                SearchRequest.of("chính quyền").withLocality("Hải Phòng"),      // locality
                SearchRequest.of("kế hoạch").withType(DocType.KE_HOACH),       // facets drill-down
                SearchRequest.of(""));                                          // all documents, facets
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus").toAbsolutePath().normalize();
        if (!Files.exists(corpus)) {
            System.err.println("cluster-demo: no such file or folder: " + corpus);
            System.exit(2);
        }
        System.setProperty("host", "127.0.0.1");
        Path work = Files.createTempDirectory("vanban-cluster-demo");
        System.out.println("cluster-demo: starting 2 Solr nodes with embedded ZooKeeper in " + work);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(2, work.resolve("solr"), JettyConfig.builder().build());
        SparkSession spark = null;
        int code = 0;
        try {
            cluster.uploadConfigSet(Path.of("solr/configset/vanban/conf"), "vanban");
            CollectionAdminRequest.createCollection("vanban", "vanban", 2, 2).setRouterField("doc_id")
                    .process(cluster.getSolrClient());
            cluster.waitForActiveCollection("vanban", 2, 4);
            String solr = "solr:" + cluster.getZkServer().getZkAddress() + "/vanban";
            System.out.println("cluster-demo: collection vanban (2 shards x 2 replicas) at " + solr);

            spark = SparkSession.builder().master("local[2]").appName("vanban cluster-demo")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").getOrCreate();
            long t0 = System.nanoTime();
            IngestJob.Result job = IngestJob.run(spark, JobOptions.parse("--index", solr, "--report",
                    work.resolve("reports").toString(), corpus.toString()));
            double sparkSecs = (System.nanoTime() - t0) / 1e9;
            System.out.println("\n== Spark IngestJob, local[2] -> SolrCloud");
            job.report().printSummary(System.out);

            Path embedded = work.resolve("embedded");
            IngestReport single;
            t0 = System.nanoTime();
            try (DocumentIndex index = DocumentIndex.open(embedded);
                 IngestPipeline p = new IngestPipeline(index, new IngestOptions(2, false, null, false))) {
                single = p.run(List.of(corpus));
            }
            double singleSecs = (System.nanoTime() - t0) / 1e9;
            System.out.println("\n== vanban ingest pipeline, 2 threads -> embedded index");
            single.printSummary(System.out);
            System.out.printf(Locale.ROOT, "%ningest of %d file(s): Spark local[2] %.1f s (%.2f files/s), vanban ingest --threads 2 "
                            + "%.1f s (%.2f files/s)%n", single.files(), sparkSecs, single.files() / sparkSecs, singleSecs,
                    single.files() / singleSecs);

            IndexBackend backend = IndexTarget.backendFor(solr);
            try (IndexSearch local = IndexSearch.open(embedded); DocumentSearch remote = backend.openSearch(solr)) {
                remote.refresh();
                int agree = compare(local, remote, true);
                System.out.printf(Locale.ROOT, "parity %d/%d%n", agree, queries().size());
                if (agree != queries().size()) code = 1;
                org.apache.solr.embedded.JettySolrRunner node = cluster.getJettySolrRunner(1);
                System.out.println("\ncluster-demo: stopping Solr node " + node.getBaseUrl());
                cluster.stopJettySolrRunner(node);
                cluster.waitForJettyToStop(node);
                int after = compare(local, remote, false);
                System.out.printf(Locale.ROOT, "after node loss: %d/%d%n", after, queries().size());
                if (after != queries().size()) code = 1;
            }
        } finally {
            if (spark != null) spark.stop();
            cluster.shutdown();
        }
        System.exit(code);
    }

    /** Runs every query on both; prints both hit lists side by side when {@code print}; returns how many agree. */
    static int compare(DocumentSearch local, DocumentSearch remote, boolean print) {
        int agree = 0;
        for (SearchRequest q : queries()) {
            String what = describe(q);
            SearchResults a, b;
            String verdict;
            try {
                a = local.search(q, true, null);
                b = remote.search(q, true, null);
                boolean same = a.total() == b.total() && sameWithinTies(a.hits(), b.hits())
                        && java.util.Objects.equals(a.facets(), b.facets());
                verdict = same ? "agree" : "DIFFER";
                if (same) agree++;
            } catch (RuntimeException e) {
                System.out.printf(Locale.ROOT, "%-55s ERROR %s%n", what, e.getMessage());
                continue;
            }
            if (print) {
                System.out.printf(Locale.ROOT, "%n%-55s %s  (embedded %d hits, cluster %d hits)%n", what, verdict, a.total(), b.total());
                int n = Math.max(a.hits().size(), b.hits().size());
                for (int i = 0; i < Math.min(n, 5); i++) {
                    System.out.printf(Locale.ROOT, "  %-45s | %s%n", label(a.hits(), i), label(b.hits(), i));
                }
                if (a.facets() != null) {
                    System.out.println("  facets type: " + facet(a, "type") + " | " + facet(b, "type"));
                }
            } else {
                System.out.printf(Locale.ROOT, "%-55s %s (cluster %d hits)%n", what, verdict, b.total());
            }
        }
        return agree;
    }

    /**
     * The same hits in the same order within score ties: at every rank the same document or the same score, and the same
     * documents above the last score of the page (documents tied at the page's last score may be cut either way).
     */
    static boolean sameWithinTies(List<SearchHit> a, List<SearchHit> b) {
        if (a.size() != b.size()) return false;
        if (a.isEmpty()) return true;
        float last = a.get(a.size() - 1).score();
        java.util.Set<String> aboveA = new java.util.HashSet<>(), aboveB = new java.util.HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            SearchHit x = a.get(i), y = b.get(i);
            if (!x.docId().equals(y.docId()) && !close(x.score(), y.score())) return false;
            if (!close(x.score(), last)) aboveA.add(x.docId());
            if (!close(y.score(), last)) aboveB.add(y.docId());
        }
        return aboveA.equals(aboveB);
    }

    private static boolean close(float x, float y) {
        return x == y || Math.abs(x - y) <= 1e-4f * Math.max(1f, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static String facet(SearchResults r, String dim) {
        return r.facets() == null ? "-" : String.valueOf(r.facets().dims().getOrDefault(dim, List.of()).stream()
                .map(v -> v.toString()).collect(Collectors.joining(", ")));
    }

    private static String label(List<SearchHit> hits, int i) {
        if (i >= hits.size()) return "";
        SearchHit h = hits.get(i);
        String t = h.title() == null ? "" : h.title();
        return h.docId() + " " + (t.length() > 28 ? t.substring(0, 28) : t);
    }

    private static String describe(SearchRequest q) {
        List<String> parts = new ArrayList<>();
        parts.add(q.query().isEmpty() ? "(all)" : q.query());
        if (q.section() != null) parts.add("section=" + q.section());
        if (q.type() != null) parts.add("type=" + q.type());
        if (q.locality() != null) parts.add("locality=" + q.locality());
        return String.join(" ", parts);
    }
}
