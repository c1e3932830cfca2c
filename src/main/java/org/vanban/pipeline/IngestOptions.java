package org.vanban.pipeline;

import java.time.Duration;

/**
 * Settings of an ingest run.
 *
 * @param threads     OCR worker threads (one Tesseract engine each)
 * @param force       re-process files whose content is already indexed (replacing them)
 * @param pageTimeout per-page OCR time limit
 * @param progress    show progress on a terminal
 */
public record IngestOptions(int threads, boolean force, Duration pageTimeout, boolean progress) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        pageTimeout = pageTimeout == null ? Duration.ofMinutes(3) : pageTimeout;
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), false, Duration.ofMinutes(3), true);
    }
}
