package org.vanban.index;

import java.io.Closeable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vanban.model.VanbanDocument;

/**
 * The write side of an index backend: the embedded Lucene index ({@link DocumentIndex}) or a cluster
 * collection (module {@code solr}). Ingest, reprocess and prune write through this, so they work the same on
 * either backend. Ids come from content hashes, so writing a file twice replaces, never duplicates.
 */
public interface DocumentStore extends Closeable {
    /** Adds or replaces one document with its sections, targets and tasks. */
    void upsert(VanbanDocument doc);

    /** Adds or replaces the parts of one source file (a compound file) together: all of them or none become visible. */
    void upsertAll(List<VanbanDocument> parts);

    /** Whether a document with this SHA-256 (hex) of its source file is stored, committed or not. */
    boolean containsSha256(String sha);

    /**
     * Which of these SHA-256s (hex) are stored, committed or not: {@link #containsSha256} for many files at once. A
     * cluster backend answers in a few requests instead of one per file; the default asks one by one.
     */
    default Set<String> storedAmong(Collection<String> shas) {
        Set<String> out = new LinkedHashSet<>();
        for (String sha : shas) {
            if (containsSha256(sha)) out.add(sha);
        }
        return out;
    }

    /** Deletes the document with this id and its records; no-op when absent. */
    void delete(String id);

    /** Deletes every document of the source file with this SHA-256 (hex). */
    void deleteSha256(String sha);

    /** Makes the changes durable and visible to searches opened afterwards. */
    void commit();

    /** Number of documents (not sections), including uncommitted changes where the backend can tell. */
    long documentCount();

    /** Commits and releases the backend. */
    @Override
    void close();
}
