package org.vanban.solr;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchRequest;
import org.vanban.model.VanbanDocument;

/**
 * Side-by-side bench of the two backends in one run: indexes the same N documents (copies of the corpus text files
 * under new ids, as DocumentBuilder built them) into an embedded index and into a SolrCloud collection, then runs the
 * same distinct queries (two words drawn from the documents' text, none repeated) on both. Prints docs/s, records/s,
 * client CPU seconds, the Solr process's CPU seconds when its pid is given, and search p50/p95/p99.
 * {@code java -cp <test class path> org.vanban.solr.IndexingBench solr:ZK/COLLECTION N QUERIES [SOLR_PID]}.
 */
public final class IndexingBench {
    private IndexingBench() {}

    public static void main(String[] args) throws Exception {
        String location = args[0];
        int n = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        String solrPid = args.length > 3 ? args[3] : null;
        List<VanbanDocument> base = SolrCloudParityTest.corpusDocuments();
        List<VanbanDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            VanbanDocument b = base.get(i % base.size());
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((b.sha256() + "#" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            docs.add(new VanbanDocument(sha.substring(0, 16), b.sourcePath() + "#" + i, sha, b.mediaType(), b.header(),
                    b.locality(), b.sections(), b.pages(), b.attachedTo(), b.extraction()));
        }
        long records = docs.stream().mapToLong(d -> 1 + d.sections().size() + d.extraction().targets().size()
                + d.extraction().tasks().size()).sum();
        Path dir = Files.createTempDirectory("vanban-bench-index");
        System.out.printf(Locale.ROOT, "%d documents, %d records, %d distinct queries%n", n, records, queries);
        double embeddedSecs = index("embedded", DocumentIndex.open(dir), docs, records, null);
        double solrSecs = index("solr", new SolrIndexBackend().openStore(location), docs, records, solrPid);
        System.out.printf(Locale.ROOT, "indexing time ratio solr/embedded: %.2f%n", solrSecs / embeddedSecs);
        List<SearchRequest> reqs = queries(base, queries);
        try (DocumentSearch e = IndexSearch.open(dir); DocumentSearch s = new SolrIndexBackend().openSearch(location)) {
            for (int i = 0; i < 20; i++) { // warm-up with other queries than the measured ones
                e.search(SearchRequest.of("warm" + i), true, null);
                s.search(SearchRequest.of("warm" + i), true, null);
            }
            latency("embedded", e, reqs);
            latency("solr", s, reqs);
        }
    }

    private static double index(String name, DocumentStore store, List<VanbanDocument> docs, long records, String pid)
            throws Exception {
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double server0 = processCpu(pid);
        long t0 = System.nanoTime();
        try (store) {
            for (VanbanDocument d : docs) store.upsertAll(List.of(d));
            store.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        double server = processCpu(pid) - server0;
        System.out.printf(Locale.ROOT, "%-8s index: %.1f s wall, %.0f docs/s, %.0f records/s, client CPU %.1f s%s%n", name, secs,
                docs.size() / secs, records / secs, cpu, pid == null ? "" : String.format(Locale.ROOT, ", Solr nodes CPU %.1f s", server));
        return secs;
    }

    /** utime + stime of a process, seconds (Linux /proc), or 0. */
    private static double processCpu(String pid) throws Exception {
        if (pid == null) return 0;
        String[] f = Files.readString(Path.of("/proc", pid, "stat")).replaceFirst("^.*\\) ", "").split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static List<SearchRequest> queries(List<VanbanDocument> base, int count) {
        List<String> words = new ArrayList<>();
        for (VanbanDocument d : base) {
            for (String w : d.text().split("[^\\p{L}]+")) if (w.length() >= 3) words.add(w.toLowerCase(Locale.ROOT));
        }
        Random r = new Random(15);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < count) seen.add(words.get(r.nextInt(words.size())) + " " + words.get(r.nextInt(words.size())));
        return seen.stream().map(SearchRequest::of).toList();
    }

    private static void latency(String name, DocumentSearch search, List<SearchRequest> reqs) {
        long[] ns = new long[reqs.size()];
        long hits = 0;
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            hits += search.search(reqs.get(i), true, null).total();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-8s search with facets: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d queries, %d hits)%n", name,
                ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.95)] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, ns.length, hits);
    }
}
