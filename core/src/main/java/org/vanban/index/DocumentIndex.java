package org.vanban.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.vanban.model.VanbanDocument;

/**
 * Writer side of the vanban index. One instance per index directory at a time (Lucene's write lock).
 * Changes are visible to {@link #containsSha256}/{@link #documentCount} at once and to other
 * readers after {@link #commit()}; {@link #close()} commits.
 */
public final class DocumentIndex implements DocumentStore {
    /**
     * Writes hold the read side, commits the write side: a commit never lands between the parts of one file
     * (a kill after such a commit would leave a compound file half indexed with no ledger line).
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock commitLock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private DocumentIndex(Path dir, FSDirectory directory, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code dir}, creating the directory and an empty index when needed.
     *
     * @throws IllegalArgumentException when the directory cannot be created or written, or another
     *                                  process holds the index
     */
    public static DocumentIndex open(Path dir) {
        Path abs = dir.toAbsolutePath();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create index directory " + abs + ": " + e, e);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new IllegalArgumentException("index directory " + abs + " is not a writable directory");
        }
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(abs);
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setMergeScheduler(new QuietMergeScheduler()); // a full disk: no merge-thread trace on stderr
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit(); // so that readers find an index even before the first document
            return new DocumentIndex(abs, directory, writer);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IllegalArgumentException("index " + abs + " is in use by another process (write lock held)", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IllegalArgumentException("cannot open index " + abs + ": " + e.getMessage(), e);
        }
    }

    /** The index directory. */
    public Path directory() {
        return dir;
    }

    /**
     * Adds the document with its sections, replacing any earlier version with the same id or the
     * same SHA-256 (re-ingesting the same content never duplicates).
     */
    @Override
    public void upsert(VanbanDocument doc) {
        var records = RecordMapper.records(doc);
        try {
            if (doc.sha256() != null && !doc.sha256().isBlank()) {
                // an earlier version of this content, possibly under another id; a delete only
                // affects records added before it, so the records added next survive
                writer.deleteDocuments(new Term(IndexSchema.SHA256, doc.sha256()));
            }
            writer.updateDocuments(new Term(IndexSchema.DOC_ID, doc.id()), records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + doc.id() + " in " + dir, e);
        }
    }

    /**
     * Replaces every logical document of one file (the parts of a compound file share its SHA-256): the old
     * records of that content go, the given documents come in.
     */
    @Override
    public void upsertAll(java.util.List<VanbanDocument> parts) {
        if (parts.isEmpty()) return;
        commitLock.readLock().lock();
        try {
            String sha = parts.get(0).sha256();
            if (sha != null && !sha.isBlank()) writer.deleteDocuments(new Term(IndexSchema.SHA256, sha));
            for (VanbanDocument doc : parts) {
                writer.updateDocuments(new Term(IndexSchema.DOC_ID, doc.id()), RecordMapper.records(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + parts.get(0).sourcePath() + " in " + dir, e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    /** Whether a document with this SHA-256 (hex) is in the index, committed or not. */
    @Override
    public boolean containsSha256(String sha) {
        return count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.SHA256, sha)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.REC, IndexSchema.REC_DOCUMENT)), Occur.FILTER)
                .build()) > 0;
    }

    /** Deletes the document with this id and its sections; no-op when absent. */
    @Override
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(IndexSchema.DOC_ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete document " + id + " from " + dir, e);
        }
    }

    /**
     * Deletes every record (all logical documents and their sections) of the source file with this SHA-256;
     * no-op when absent. Used by {@code vanban prune} when a source file is gone.
     */
    @Override
    public void deleteSha256(String sha) {
        if (sha == null || sha.isBlank()) throw new IllegalArgumentException("sha256 is blank");
        try {
            writer.deleteDocuments(new Term(IndexSchema.SHA256, sha));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the documents of " + sha + " from " + dir, e);
        }
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments (faster searches after a bulk
     * load; costs time and temporary disk space), then commits.
     */
    public void forceMerge(int maxSegments) {
        if (maxSegments < 1) throw new IllegalArgumentException("maxSegments must be at least 1: " + maxSegments);
        try {
            writer.forceMerge(maxSegments);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge index " + dir, e);
        }
    }

    /** Makes changes durable and visible to newly opened readers. */
    @Override
    public void commit() {
        commitLock.writeLock().lock();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index " + dir, e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** Number of documents (not sections), including uncommitted changes. */
    @Override
    public long documentCount() {
        return count(new TermQuery(new Term(IndexSchema.REC, IndexSchema.REC_DOCUMENT)));
    }

    private int count(org.apache.lucene.search.Query q) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(q);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        }
    }

    /** Commits and closes. */
    @Override
    public void close() {
        try (directory; writer; searchers) {
            if (writer.isOpen()) writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + dir, e);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
