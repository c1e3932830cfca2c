package org.vanban.index;

import java.util.List;
import java.util.Map;

/**
 * Facet counts of a search ({@link IndexSearch#facets}).
 *
 * @param documents number of matching documents
 * @param dims      per dimension ({@link IndexSchema#DIMENSIONS}: locality, locality_new, type, year,
 *                  section, issuer) its values, largest count first (years newest first); the two
 *                  locality dimensions are trees: province → district → commune at the document's
 *                  date, and today's province → commune
 */
public record FacetResults(long documents, Map<String, List<FacetValue>> dims) {
    public FacetResults {
        dims = dims == null ? Map.of() : Map.copyOf(dims);
    }

    /** The values of one dimension, empty when it has none. */
    public List<FacetValue> get(String dim) {
        return dims.getOrDefault(dim, List.of());
    }
}
