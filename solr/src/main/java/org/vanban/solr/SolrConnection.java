package org.vanban.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * One SolrCloud collection through SolrJ's ZooKeeper-aware client on Apache HttpClient (CloudLegacySolrClient: no
 * Jetty, which would clash with the web server's Jetty 11 in the same JVM). Requests are retried with exponential
 * backoff on transient failures (connection errors, 5xx, 408/429: a node restarting, a leader election); a request
 * that is wrong (4xx) fails at once with Solr's message.
 */
final class SolrConnection implements Closeable {
    static final int ATTEMPTS = 5;
    static final long FIRST_BACKOFF_MS = 200;

    private final SolrLocation location;
    private final CloudSolrClient client;

    private SolrConnection(SolrLocation location, CloudSolrClient client) {
        this.location = location;
        this.client = client;
    }

    /**
     * Connects and checks the collection exists.
     *
     * @throws IllegalArgumentException with a user-facing message when ZooKeeper is unreachable or there is no such collection
     */
    static SolrConnection open(SolrLocation location) {
        CloudSolrClient client = new CloudLegacySolrClient.Builder(location.zkHosts(), location.chroot())
                .withZkConnectTimeout(10, TimeUnit.SECONDS).withZkClientTimeout(30, TimeUnit.SECONDS)
                .withConnectionTimeout(10_000).withSocketTimeout(120_000).build();
        try {
            client.connect(15, TimeUnit.SECONDS);
        } catch (TimeoutException | RuntimeException e) {
            closeQuietly(client);
            throw new IllegalArgumentException("cannot reach ZooKeeper at " + String.join(",", location.zkHosts())
                    + location.chroot().orElse("") + " (" + location + "): " + message(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client);
            throw new IllegalArgumentException("interrupted while connecting to " + location, e);
        }
        if (!client.getClusterStateProvider().getClusterState().hasCollection(location.collection())) {
            closeQuietly(client);
            throw new IllegalArgumentException("no collection '" + location.collection() + "' in the SolrCloud at "
                    + String.join(",", location.zkHosts()) + " (create it from solr/configset/vanban: see README, SolrCloud backend)");
        }
        return new SolrConnection(location, client);
    }

    SolrLocation location() {
        return location;
    }

    /** Runs a query on the collection, retried on transient failures. */
    QueryResponse query(ModifiableSolrParams params) {
        QueryRequest req = new QueryRequest(params, SolrRequest.METHOD.POST);
        NamedList<Object> raw = request(req, "search");
        QueryResponse rsp = new QueryResponse(raw, client);
        return rsp;
    }

    /** Runs a request on the collection, retried on transient failures. */
    NamedList<Object> request(SolrRequest<?> req, String what) {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return client.request(req, location.collection());
            } catch (SolrServerException | IOException | SolrException e) {
                if (!transientFailure(e) || attempt >= ATTEMPTS) {
                    throw new IllegalStateException("Solr " + what + " failed on " + location
                            + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + message(e), e);
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while retrying Solr " + what, ie);
                }
                backoff *= 2;
            }
        }
    }

    /** Connection problems and server-side unavailability are worth a retry; a bad request is not. */
    static boolean transientFailure(Exception e) {
        if (e instanceof SolrException se) {
            int code = se.code();
            return code >= 500 || code == 408 || code == 429 || code <= 0;
        }
        return true; // SolrServerException (no live node, connection refused), IOException
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void close() {
        closeQuietly(client);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing
        }
    }
}
