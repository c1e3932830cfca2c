package org.vanban.spark;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexBackend;
import org.vanban.model.VanbanDocument;

/**
 * A cluster-like index for the job's tests ({@code memory:NAME}): the job writes it from the executors, as it writes
 * a SolrCloud collection, and every store of one name shares its documents (Spark local mode runs the executors in
 * this JVM). It counts the lookups, so a test can see how the job asks what is stored.
 */
public final class MemoryBackend implements IndexBackend {
    static final String SCHEME = "memory:";
    /** Documents by id, per index name. */
    static final Map<String, Map<String, VanbanDocument>> INDEXES = new ConcurrentHashMap<>();
    static final AtomicInteger ONE_BY_ONE = new AtomicInteger();
    static final AtomicInteger BATCHED = new AtomicInteger();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean accepts(String location) {
        return location.startsWith(SCHEME);
    }

    @Override
    public DocumentStore openStore(String location) {
        Map<String, VanbanDocument> docs = INDEXES.computeIfAbsent(location.substring(SCHEME.length()), k -> new ConcurrentHashMap<>());
        return new DocumentStore() {
            @Override public void upsert(VanbanDocument doc) {
                upsertAll(List.of(doc));
            }

            @Override public synchronized void upsertAll(List<VanbanDocument> parts) {
                for (VanbanDocument p : parts) docs.values().removeIf(d -> d.sha256().equals(p.sha256()) && !d.id().equals(p.id()));
                for (VanbanDocument p : parts) docs.put(p.id(), p);
            }

            @Override public boolean containsSha256(String sha) {
                ONE_BY_ONE.incrementAndGet();
                return docs.values().stream().anyMatch(d -> d.sha256().equals(sha));
            }

            @Override public Set<String> storedAmong(Collection<String> shas) {
                BATCHED.incrementAndGet();
                Set<String> all = docs.values().stream().map(VanbanDocument::sha256).collect(Collectors.toSet());
                return shas.stream().filter(all::contains).collect(Collectors.toSet());
            }

            @Override public void delete(String id) {
                docs.remove(id);
            }

            @Override public void deleteSha256(String sha) {
                docs.values().removeIf(d -> d.sha256().equals(sha));
            }

            @Override public void commit() {
            }

            @Override public long documentCount() {
                return docs.size();
            }

            @Override public void close() {
            }
        };
    }

    @Override
    public DocumentSearch openSearch(String location) {
        throw new UnsupportedOperationException("the job's tests read the memory index through its map");
    }
}
