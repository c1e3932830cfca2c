package org.vanban.text;

/**
 * One small, stateless text-repair step, in the spirit of a Lucene analysis chain: each step
 * takes a whole page of text and returns the repaired page. Implementations must be
 * thread-safe (they hold no mutable state).
 */
@FunctionalInterface
public interface TextStep {
    /** Returns the repaired text; never null for a non-null input. */
    String apply(String text);
}
