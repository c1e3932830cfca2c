package org.vanban.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A two-node SolrCloud with embedded ZooKeeper on loopback, for trying the backend by hand (README): uploads
 * solr/configset/vanban, creates the collection (2 shards x 2 replicas, routed by doc_id), prints its
 * {@code --solr} location and runs until killed. {@code java -cp <test class path> org.vanban.solr.LocalSolrCloud
 * [COLLECTION]}.
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {}

    public static void main(String[] args) throws Exception {
        String collection = args.length > 0 ? args[0] : "vanban";
        System.setProperty("host", "127.0.0.1");
        Path base = Files.createTempDirectory("vanban-solrcloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(2, base, JettyConfig.builder().build());
        cluster.uploadConfigSet(Path.of("solr/configset/vanban/conf"), collection);
        CollectionAdminRequest.createCollection(collection, collection, 2, 2).setRouterField("doc_id")
                .process(cluster.getSolrClient());
        cluster.waitForActiveCollection(collection, 2, 4);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception ignored) {
                // exiting
            }
        }));
        System.out.println("--solr " + cluster.getZkServer().getZkAddress() + "/" + collection);
        System.out.flush();
        Thread.currentThread().join();
    }
}
