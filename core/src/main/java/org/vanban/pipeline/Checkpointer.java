package org.vanban.pipeline;

import org.vanban.index.DocumentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Commits the index every {@code everyFiles} finished files or {@code interval}, whichever comes
 * first, and appends the ledger lines of those files <em>after</em> the commit. So what the ledger says
 * is done is always durable in the index, and a kill loses at most the files since the last commit.
 */
public final class Checkpointer {
    private final DocumentStore index;
    private final IngestLedger ledger;
    private final DiskGuard disk;
    private final int everyFiles;
    private final long intervalNanos;
    private final List<IngestLedger.Entry> pending = new ArrayList<>();
    private final java.util.function.Consumer<List<IngestLedger.Entry>> recorded;
    private long lastCommit = System.nanoTime();
    private int commits;

    public Checkpointer(DocumentStore index, IngestLedger ledger, DiskGuard disk, int everyFiles, Duration interval) {
        this(index, ledger, disk, everyFiles, interval, entries -> { });
    }

    /** @param recorded called with the ledger lines of each commit once they are on disk */
    public Checkpointer(DocumentStore index, IngestLedger ledger, DiskGuard disk, int everyFiles, Duration interval,
                        java.util.function.Consumer<List<IngestLedger.Entry>> recorded) {
        this.recorded = recorded;
        this.index = index;
        this.ledger = ledger;
        this.disk = disk;
        this.everyFiles = Math.max(1, everyFiles);
        this.intervalNanos = interval.toNanos();
    }

    /** Records a finished file's ledger lines (call after its documents were written); commits when due. */
    public void finished(List<IngestLedger.Entry> entries) {
        synchronized (this) {
            pending.addAll(entries);
            if (pending.size() < everyFiles && System.nanoTime() - lastCommit < intervalNanos) return;
        }
        commit();
    }

    /**
     * Commits the index, then appends and syncs the pending ledger lines.
     *
     * @throws DiskGuard.DiskFullException when the disk is nearly full (nothing is committed then)
     */
    public synchronized void commit() {
        disk.check("committing the index");
        List<IngestLedger.Entry> batch = List.copyOf(pending);
        pending.clear();
        index.commit(); // every document of the batch was written before it joined the batch
        try {
            ledger.append(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest ledger " + ledger.file() + ": " + e.getMessage(), e);
        }
        lastCommit = System.nanoTime();
        commits++;
        recorded.accept(batch);
    }

    /** Commits done so far. */
    public synchronized int commits() {
        return commits;
    }
}
