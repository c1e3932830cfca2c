package org.vanban.text;

import java.util.List;

/**
 * First-pass repair of one page of text, as a chain of small steps:
 * {@link UnicodeNormalizer} → {@link TrailingSpaceTrimmer} → {@link NoiseLineFilter} →
 * {@link HyphenationJoiner} → {@link ToneMarkNormalizer} (old style, see its Javadoc).
 * The raw text is not changed (strings are immutable); the caller keeps both. Thread-safe.
 */
public final class PageRepair {
    private final List<TextStep> steps;

    /** The default chain. */
    public PageRepair() {
        this(List.of(new UnicodeNormalizer(), new TrailingSpaceTrimmer(), new NoiseLineFilter(),
                new HyphenationJoiner(), new ToneMarkNormalizer()));
    }

    /** A custom chain, applied in order. */
    public PageRepair(List<TextStep> steps) {
        if (steps == null) throw new IllegalArgumentException("steps must not be null");
        this.steps = List.copyOf(steps);
    }

    /** The steps, in order. */
    public List<TextStep> steps() {
        return steps;
    }

    /** Repairs one page's raw text. */
    public String repair(String raw) {
        if (raw == null) throw new IllegalArgumentException("raw text must not be null");
        String s = raw;
        for (TextStep step : steps) s = step.apply(s);
        return s;
    }
}
