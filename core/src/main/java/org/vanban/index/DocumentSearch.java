package org.vanban.index;

import java.io.Closeable;
import java.util.Optional;
import java.util.function.Consumer;
import org.vanban.model.VanbanDocument;

/**
 * The read side of an index backend: the embedded Lucene index ({@link IndexSearch}) or a cluster collection
 * (module {@code solr}). The CLI, the HTTP API and the web UI read through this, so a query gives the same hits
 * in the same order on either backend (within score ties).
 */
public interface DocumentSearch extends Closeable {
    /** Hits of the request, without facets. */
    default SearchResults search(SearchRequest req) {
        return search(req, false, null);
    }

    /**
     * Hits of the request; with {@code withFacets} also facet counts (drill sideways: a facet's own filter is left out
     * of its counts); {@code profile} collects timings or is null.
     */
    SearchResults search(SearchRequest req, boolean withFacets, SearchProfile profile);

    /** Facet counts alone. */
    FacetResults facets(SearchRequest req);

    /** Target clauses matching the request. */
    RecordResults<TargetHit> searchTargets(SearchRequest req);

    /** Task records matching the request. */
    RecordResults<TaskHit> searchTasks(SearchRequest req);

    /** The whole stored document with this id. */
    Optional<VanbanDocument> get(String id);

    /** Calls {@code action} for every document, in id order (for export). */
    void forEachDocument(Consumer<VanbanDocument> action);

    /** Number of documents (not sections). */
    long documentCount();

    /** Sees the latest committed changes; returns whether anything changed. */
    boolean refresh();

    @Override
    void close();
}
