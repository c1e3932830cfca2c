package org.vanban.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Refuses to go on when the disk holding the index is nearly full, so that a run stops with a clear
 * message while the last commit can still be written, instead of failing half-way through a segment.
 */
public final class DiskGuard {
    /** Default minimum free space: 200 MB. */
    public static final long DEFAULT_MIN_FREE = 200L * 1024 * 1024;

    private final Path dir;
    private final long minFree;
    private final ToLongFunction<Path> usable;

    /** Checks the real usable space of the file store holding {@code dir}. */
    public DiskGuard(Path dir, long minFree) {
        this(dir, minFree, DiskGuard::usableSpace);
    }

    /** With a custom measure of the usable space (tests). */
    public DiskGuard(Path dir, long minFree, ToLongFunction<Path> usable) {
        this.dir = dir.toAbsolutePath();
        this.minFree = minFree;
        this.usable = usable;
    }

    /**
     * @param when what is about to happen, for the message ("starting", "committing")
     * @throws DiskFullException when fewer than the minimum bytes are free
     */
    public void check(String when) {
        long free = usable.applyAsLong(dir);
        if (free < minFree) {
            throw new DiskFullException(String.format(Locale.ROOT,
                    "disk nearly full before %s: only %d MB free on the disk of %s, vanban needs at least %d MB "
                            + "(free some space, or pass --min-free-mb); files already done are kept and a rerun resumes",
                    when, free / (1024 * 1024), dir, minFree / (1024 * 1024)));
        }
    }

    /** True when the failure, or one of its causes or suppressed failures, is the disk running out of space. */
    public static boolean isDiskFull(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) continue;
            if (t instanceof DiskFullException) return true;
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("There is not enough space on the disk"))) {
                return true;
            }
            if (t.getCause() != null) todo.push(t.getCause());
            for (Throwable s : t.getSuppressed()) todo.push(s);
        }
        return false;
    }

    private static long usableSpace(Path dir) {
        try {
            Path p = dir;
            while (p != null && !Files.exists(p)) p = p.getParent();
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read free disk space for " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Not enough free disk space to go on safely. */
    public static final class DiskFullException extends IllegalStateException {
        public DiskFullException(String message) {
            super(message);
        }
    }
}
