package org.vanban.pipeline;

import java.time.Duration;

/**
 * Settings of an ingest run.
 *
 * @param threads        OCR worker threads (one Tesseract engine each)
 * @param force          re-process files whose content is already indexed (replacing them)
 * @param pageTimeout    per-page OCR time limit
 * @param progress       show progress on a terminal
 * @param commitEvery    commit the index (and the ledger) after this many finished files ...
 * @param commitInterval ... or after this much time, whichever comes first
 * @param minFreeBytes   refuse to start or commit with less free space on the index's disk
 * @param archive        where each ingested file goes for an archive copy ({@code ingest --pdf-out}), or null
 */
public record IngestOptions(int threads, boolean force, Duration pageTimeout, boolean progress,
                            int commitEvery, Duration commitInterval, long minFreeBytes, ArchiveSink archive) {
    public static final int DEFAULT_COMMIT_EVERY = 20;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1, was " + commitEvery);
        if (minFreeBytes < 0) throw new IllegalArgumentException("--min-free-mb must not be negative");
        pageTimeout = pageTimeout == null ? Duration.ofMinutes(3) : pageTimeout;
        commitInterval = commitInterval == null ? DEFAULT_COMMIT_INTERVAL : commitInterval;
    }

    public IngestOptions(int threads, boolean force, Duration pageTimeout, boolean progress,
                         int commitEvery, Duration commitInterval, long minFreeBytes) {
        this(threads, force, pageTimeout, progress, commitEvery, commitInterval, minFreeBytes, null);
    }

    public IngestOptions(int threads, boolean force, Duration pageTimeout, boolean progress) {
        this(threads, force, pageTimeout, progress, DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL,
                DiskGuard.DEFAULT_MIN_FREE);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), false, Duration.ofMinutes(3), true);
    }

    public IngestOptions withCommitEvery(int files, Duration interval) {
        return new IngestOptions(threads, force, pageTimeout, progress, files, interval, minFreeBytes, archive);
    }

    public IngestOptions withMinFreeBytes(long bytes) {
        return new IngestOptions(threads, force, pageTimeout, progress, commitEvery, commitInterval, bytes, archive);
    }

    public IngestOptions withArchive(ArchiveSink sink) {
        return new IngestOptions(threads, force, pageTimeout, progress, commitEvery, commitInterval, minFreeBytes, sink);
    }
}
