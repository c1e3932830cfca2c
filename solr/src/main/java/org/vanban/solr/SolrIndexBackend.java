package org.vanban.solr;

import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexBackend;

/**
 * The SolrCloud backend ({@code solr:ZK_HOSTS/COLLECTION}), found by the app through
 * {@code ServiceLoader<IndexBackend>} when vanban-solr.jar is beside vanban.jar.
 */
public final class SolrIndexBackend implements IndexBackend {
    @Override
    public String name() {
        return "solr";
    }

    @Override
    public boolean accepts(String location) {
        return SolrLocation.isSolr(location);
    }

    @Override
    public DocumentStore openStore(String location) {
        return new SolrDocumentStore(SolrConnection.open(SolrLocation.parse(location)));
    }

    @Override
    public DocumentSearch openSearch(String location) {
        return new SolrDocumentSearch(SolrConnection.open(SolrLocation.parse(location)));
    }
}
