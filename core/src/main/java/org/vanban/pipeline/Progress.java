package org.vanban.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of an ingest run on a terminal: files and pages done, pages/s, ETA.
 * Prints nothing when stderr is not a terminal (batch jobs, CI, pipes).
 */
public final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final boolean enabled;
    private final int totalFiles;
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger pagesDone = new AtomicInteger();
    private final AtomicInteger pagesSeen = new AtomicInteger();
    private final long start = System.nanoTime();
    private volatile long lastPrint;
    private int lastWidth;

    public Progress(PrintStream out, boolean enabled, int totalFiles) {
        this.out = out;
        this.enabled = enabled;
        this.totalFiles = totalFiles;
    }

    /** Enabled only when the JVM is attached to a terminal. */
    public static Progress forTerminal(PrintStream out, int totalFiles) {
        return new Progress(out, System.console() != null && System.getenv("CI") == null, totalFiles);
    }

    public void pageSeen() { pagesSeen.incrementAndGet(); }

    public void pageDone() { pagesDone.incrementAndGet(); maybePrint(); }

    public void fileDone() { filesDone.incrementAndGet(); maybePrint(); }

    public int pagesDone() { return pagesDone.get(); }

    private void maybePrint() {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastPrint < 250_000_000L) return;
        lastPrint = now;
        print(now);
    }

    private synchronized void print(long now) {
        double secs = (now - start) / 1e9;
        int files = filesDone.get();
        int pages = pagesDone.get();
        double rate = secs > 0 ? pages / secs : 0;
        String eta = "--";
        if (files > 0 && files < totalFiles && secs > 1) {
            double remaining = secs / files * (totalFiles - files);
            eta = String.format(Locale.ROOT, "%d:%02d", (long) remaining / 60, (long) remaining % 60);
        }
        String line = String.format(Locale.ROOT, "files %d/%d  pages %d/%d  %.2f pages/s  ETA %s",
                files, totalFiles, pages, pagesSeen.get(), rate, eta);
        out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        lastWidth = line.length();
        out.flush();
    }

    @Override
    public void close() {
        if (enabled) {
            print(System.nanoTime());
            out.println();
        }
    }
}
