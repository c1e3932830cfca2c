package org.vanban.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Result of {@link IndexSearch#search}.
 *
 * @param total      number of matching documents (or matching sections when a section filter is given)
 * @param totalExact whether {@code total} is exact; false when the search stopped counting past the
 *                   threshold of {@link IndexSearch#setExactTotalUpTo} and {@code total} is a lower bound
 * @param hits       best hits, best first, at most the request's limit
 * @param facets     facet counts of the search when asked for, else null
 */
public record SearchResults(long total, boolean totalExact, List<SearchHit> hits,
                            @JsonInclude(JsonInclude.Include.NON_NULL) FacetResults facets) {
    public SearchResults {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    /** An exact total, no facets. */
    public SearchResults(long total, List<SearchHit> hits) {
        this(total, true, hits, null);
    }
}
