package org.vanban.index;

import java.util.List;

/**
 * Result of {@link IndexSearch#search}.
 *
 * @param total number of matching documents (or matching sections when a section filter is given)
 * @param hits  best hits, best first, at most the request's limit
 */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
