package org.vanban.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the searching thread spent in each phase of {@link IndexSearch#search(SearchRequest, boolean,
 * SearchProfile)}, summed over the searches it is passed to (for the search benchmark). Not thread-safe:
 * one per thread.
 */
public final class SearchProfile {
    /** Phases of a search. */
    public enum Phase {
        /** Parsing the query text (both parses: all fields, and exact fields for highlighting). */
        PARSE,
        /** Matching, scoring and grouping the records (or counting sections). */
        COLLECT,
        /** Snippets of the displayed hits. */
        HIGHLIGHT,
        /** Loading the stored fields of the displayed hits. */
        STORED,
        /** Facet counting (with drill sideways). */
        FACETS
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long[] cpu = new long[Phase.values().length];
    private long last;

    /** Starts timing: the next {@link #mark} counts from now. */
    void start() {
        last = THREADS.getCurrentThreadCpuTime();
    }

    /** Adds the CPU time since the last mark (or start) to {@code phase}. */
    void mark(Phase phase) {
        long now = THREADS.getCurrentThreadCpuTime();
        cpu[phase.ordinal()] += now - last;
        last = now;
    }

    /** CPU nanoseconds spent in a phase so far. */
    public long cpuNanos(Phase phase) {
        return cpu[phase.ordinal()];
    }

    /** Sets every phase back to zero. */
    public void reset() {
        java.util.Arrays.fill(cpu, 0);
    }

    /** Start and mark without effect, for searches that are not profiled. */
    public static void start(SearchProfile p) {
        if (p != null) p.start();
    }

    public static void mark(SearchProfile p, Phase phase) {
        if (p != null) p.mark(phase);
    }
}
