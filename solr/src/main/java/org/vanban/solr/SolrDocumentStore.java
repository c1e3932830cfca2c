package org.vanban.solr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexSchema;
import org.vanban.model.VanbanDocument;

/**
 * The write side on a SolrCloud collection. Records are buffered and sent in batches of about {@link #BATCH_RECORDS}
 * (never splitting a file), each batch retried with backoff on transient failures ({@link SolrConnection}).
 *
 * <p>Replacing a file's documents: Solr has no transaction over several documents, so a write is made safe in two
 * idempotent steps. Each batch tags its records with a fresh batch id; first the new records are added (same ids
 * overwrite), then the records of the same files (SHA-256) or documents (doc_id) that carry another batch id are
 * deleted. Nothing becomes visible before a commit, and this store never commits between the two steps (a lock), so
 * its own commits show a file's old parts or its new parts, never a mix. A crash between the steps leaves old records
 * beside the new ones until the file is written again (a rerun: its ledger line was not written), which deletes them.
 * Another client committing at that very moment could see both: that is as far as Solr allows.
 */
final class SolrDocumentStore implements DocumentStore {
    static final int BATCH_RECORDS = 500;
    /** Hashes asked in one {@link #storedAmong} request. */
    static final int LOOKUP_CHUNK = 500;

    private final SolrConnection solr;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private final Set<String> pendingShas = new LinkedHashSet<>();
    private final Set<String> pendingDocIds = new LinkedHashSet<>();
    /** SHA-256 of the files written through this store: {@link #containsSha256} answers for them before a commit. */
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SolrDocumentStore(SolrConnection solr) {
        this.solr = solr;
    }

    @Override
    public void upsert(VanbanDocument doc) {
        upsertAll(List.of(doc));
    }

    @Override
    public void upsertAll(List<VanbanDocument> parts) {
        if (parts.isEmpty()) return;
        lock.lock();
        try {
            List<SolrInputDocument> docs = new ArrayList<>();
            for (VanbanDocument d : parts) docs.addAll(SolrRecords.of(d));
            pending.addAll(docs);
            for (VanbanDocument d : parts) {
                if (d.sha256() != null && !d.sha256().isBlank()) pendingShas.add(d.sha256());
                pendingDocIds.add(d.id());
            }
            if (pending.size() >= BATCH_RECORDS) flush();
        } finally {
            lock.unlock();
        }
        for (VanbanDocument d : parts) if (d.sha256() != null && !d.sha256().isBlank()) written.add(d.sha256());
    }

    /** Sends the buffered records: adds, then deletes the records of the same files and documents from other writes. */
    private void flush() {
        if (pending.isEmpty()) return;
        String batch = UUID.randomUUID().toString();
        for (SolrInputDocument d : pending) d.setField(SolrRecords.BATCH, batch);
        UpdateRequest add = new UpdateRequest();
        add.add(pending);
        solr.request(add, "add of " + pending.size() + " records");
        StringBuilder stale = new StringBuilder("(");
        boolean first = true;
        for (String sha : pendingShas) {
            stale.append(first ? "" : " OR ").append(IndexSchema.SHA256).append(':').append(ClientUtils.escapeQueryChars(sha));
            first = false;
        }
        for (String id : pendingDocIds) {
            stale.append(first ? "" : " OR ").append(IndexSchema.DOC_ID).append(':').append(ClientUtils.escapeQueryChars(id));
            first = false;
        }
        stale.append(") AND -").append(SolrRecords.BATCH).append(':').append(ClientUtils.escapeQueryChars(batch));
        UpdateRequest delete = new UpdateRequest();
        delete.deleteByQuery(stale.toString());
        solr.request(delete, "delete of replaced records");
        pending.clear();
        pendingShas.clear();
        pendingDocIds.clear();
    }

    @Override
    public boolean containsSha256(String sha) {
        if (written.contains(sha)) return true;
        return count(IndexSchema.SHA256 + ":" + ClientUtils.escapeQueryChars(sha)) > 0;
    }

    /**
     * One request for up to {@link #LOOKUP_CHUNK} hashes ({@code {!terms}} filter, the stored sha256 of the matching
     * documents); a compound file has several documents with one hash, so while more documents matched than came back,
     * the hashes not yet seen are asked again.
     */
    @Override
    public Set<String> storedAmong(java.util.Collection<String> shas) {
        Set<String> found = new LinkedHashSet<>();
        List<String> asked = new ArrayList<>();
        for (String sha : new LinkedHashSet<>(shas)) {
            if (sha == null || sha.isBlank()) throw new IllegalArgumentException("sha256 is blank");
            if (!sha.matches("[0-9a-fA-F]+")) throw new IllegalArgumentException("not a hex SHA-256: " + sha);
            if (written.contains(sha)) found.add(sha);
            else asked.add(sha);
        }
        for (int from = 0; from < asked.size(); from += LOOKUP_CHUNK) {
            List<String> left = new ArrayList<>(asked.subList(from, Math.min(asked.size(), from + LOOKUP_CHUNK)));
            while (!left.isEmpty()) {
                ModifiableSolrParams p = new ModifiableSolrParams();
                p.set("q", "*:*");
                p.add("fq", "{!terms f=" + IndexSchema.SHA256 + "}" + String.join(",", left));
                p.add("fq", IndexSchema.REC + ":" + IndexSchema.REC_DOCUMENT);
                p.set("fl", IndexSchema.SHA256);
                p.set("rows", left.size());
                var results = solr.query(p).getResults();
                Set<String> seen = new LinkedHashSet<>();
                results.forEach(d -> seen.add(String.valueOf(d.getFirstValue(IndexSchema.SHA256))));
                found.addAll(seen);
                if (seen.isEmpty() || results.getNumFound() <= results.size()) break;
                left.removeAll(seen);
            }
        }
        return found;
    }

    @Override
    public void delete(String id) {
        deleteWhere(IndexSchema.DOC_ID + ":" + ClientUtils.escapeQueryChars(id), "delete of document " + id);
    }

    @Override
    public void deleteSha256(String sha) {
        if (sha == null || sha.isBlank()) throw new IllegalArgumentException("sha256 is blank");
        deleteWhere(IndexSchema.SHA256 + ":" + ClientUtils.escapeQueryChars(sha), "delete of the documents of " + sha);
        written.remove(sha);
    }

    private void deleteWhere(String query, String what) {
        lock.lock();
        try {
            flush();
            UpdateRequest delete = new UpdateRequest();
            delete.deleteByQuery(query);
            solr.request(delete, what);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void commit() {
        lock.lock();
        try {
            flush();
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            solr.request(commit, "commit");
        } finally {
            lock.unlock();
        }
    }

    /** Committed documents (Solr cannot count what is not committed). */
    @Override
    public long documentCount() {
        return count("*:*");
    }

    private long count(String filter) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", filter);
        p.add("fq", IndexSchema.REC + ":" + IndexSchema.REC_DOCUMENT);
        p.set("rows", 0);
        return solr.query(p).getResults().getNumFound();
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            solr.close();
        }
    }
}
