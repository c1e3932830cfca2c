package org.vanban.pipeline;

import org.vanban.ingest.FileWalker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * For {@code ingest --watch}: finds the files under a folder that have stopped growing (same size and
 * modification time for at least {@code settle}), each version of a file once. A file still being copied
 * or scanned is left alone until it is complete; a file written again later is handed out again.
 */
public final class StableFiles {
    private record Seen(long size, long mtime, long since) { }

    private final Path dir;
    private final long settleNanos;
    private final LongSupplier clock;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Set<String> handedOut = new HashSet<>();

    public StableFiles(Path dir, Duration settle) {
        this(dir, settle, System::nanoTime);
    }

    StableFiles(Path dir, Duration settle, LongSupplier clock) {
        this.dir = dir;
        this.settleNanos = settle.toNanos();
        this.clock = clock;
    }

    /** The files that became stable since the last call, sorted. */
    public List<Path> poll() throws IOException {
        long now = clock.getAsLong();
        List<Path> ready = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (Path f : FileWalker.list(List.of(dir))) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // removed meanwhile
            }
            present.add(f);
            long size = a.size();
            long mtime = a.lastModifiedTime().toMillis();
            String key = f + "\u0000" + size + "\u0000" + mtime;
            if (handedOut.contains(key)) continue;
            Seen s = seen.get(f);
            if (s == null || s.size() != size || s.mtime() != mtime) {
                seen.put(f, new Seen(size, mtime, now));
            } else if (now - s.since() >= settleNanos) {
                handedOut.add(key);
                seen.remove(f);
                ready.add(f);
            }
        }
        seen.keySet().retainAll(present);
        return ready;
    }
}
