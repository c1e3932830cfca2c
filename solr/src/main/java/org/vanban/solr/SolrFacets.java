package org.vanban.solr;

import static org.vanban.index.IndexSchema.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.vanban.index.FacetResults;
import org.vanban.index.FacetValue;
import org.vanban.index.LocalityPaths;

/**
 * vanban's facets as one JSON facet request, and its response as {@link FacetResults} in the embedded index's
 * order. Each dimension counts in the domain without its own filter ({@code excludeTags}: drill sideways, as the
 * embedded index's one-pass counter). Document dimensions count documents ({@code unique(doc_id)}: exact, since
 * a document's records are on one shard); the section dimension counts section records. All values are fetched
 * ({@code limit:-1}, exact across shards) and ranked here: count, then value; years newest first; localities as trees.
 */
final class SolrFacets {
    /** Most values returned for a flat dimension and for the children of one locality node (as the embedded index). */
    static final int MAX_VALUES = 60;
    private static final String DOCS = "docs";

    private SolrFacets() {}

    /** Tag of the filter left out of each dimension's counts. */
    private static String tagOf(String dim) {
        return switch (dim) {
            case DIM_LOCALITY, DIM_LOCALITY_NEW -> SolrQueries.TAG_LOCALITY;
            case DIM_TYPE -> SolrQueries.TAG_TYPE;
            case DIM_YEAR -> SolrQueries.TAG_YEAR;
            case DIM_SECTION -> SolrQueries.TAG_SECTION;
            case DIM_ISSUER -> SolrQueries.TAG_ISSUER;
            default -> throw new IllegalArgumentException("unknown facet dimension " + dim);
        };
    }

    private static boolean perRecord(String dim) {
        return DIM_SECTION.equals(dim);
    }

    static String request() {
        StringBuilder json = new StringBuilder("{\"" + DOCS + "\":\"unique(" + DOC_ID + ")\"");
        for (String dim : DIMENSIONS) {
            json.append(",\"").append(dim).append("\":{\"type\":\"terms\",\"field\":\"").append(FACET_PREFIX).append(dim)
                    .append("\",\"limit\":-1,\"mincount\":1,\"domain\":{\"excludeTags\":\"").append(tagOf(dim)).append("\"}");
            if (!perRecord(dim)) json.append(",\"facet\":{\"" + DOCS + "\":\"unique(" + DOC_ID + ")\"}");
            json.append('}');
        }
        return json.append('}').toString();
    }

    static FacetResults results(NamedList<Object> facets) {
        long documents = facets == null ? 0 : number(facets.get(DOCS));
        Map<String, List<FacetValue>> dims = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            Map<String, Long> counts = new HashMap<>();
            Object f = facets == null ? null : facets.get(dim);
            if (f instanceof NamedList<?> nl && nl.get("buckets") instanceof List<?> buckets) {
                for (Object b : buckets) {
                    NamedList<?> bucket = (NamedList<?>) b;
                    long n = perRecord(dim) ? number(bucket.get("count")) : number(bucket.get(DOCS));
                    if (n > 0) counts.put(String.valueOf(bucket.get("val")), n);
                }
            }
            boolean tree = DIM_LOCALITY.equals(dim) || DIM_LOCALITY_NEW.equals(dim);
            dims.put(dim, tree ? tree(counts) : flat(counts, DIM_YEAR.equals(dim)));
        }
        return new FacetResults(documents, dims);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static final Comparator<Map.Entry<String, Long>> BY_COUNT =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private static List<FacetValue> flat(Map<String, Long> counts, boolean byValueDescending) {
        Comparator<Map.Entry<String, Long>> order = byValueDescending
                ? Map.Entry.<String, Long>comparingByKey().reversed() : BY_COUNT;
        return counts.entrySet().stream().sorted(order).limit(MAX_VALUES)
                .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), List.of())).toList();
    }

    /** Paths as a tree: a path's parent is its prefix when that is counted too (every prefix of a path is indexed). */
    private static List<FacetValue> tree(Map<String, Long> counts) {
        Map<String, List<Map.Entry<String, Long>>> childrenOf = new HashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            int cut = e.getKey().lastIndexOf(PATH_SEPARATOR);
            String parent = cut <= 0 ? "" : e.getKey().substring(0, cut);
            if (!counts.containsKey(parent)) parent = "";
            childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
        }
        return node("", childrenOf);
    }

    private static List<FacetValue> node(String parent, Map<String, List<Map.Entry<String, Long>>> childrenOf) {
        return childrenOf.getOrDefault(parent, List.of()).stream().sorted(BY_COUNT).limit(MAX_VALUES)
                .map(e -> new FacetValue(e.getKey(), LocalityPaths.leaf(e.getKey()), e.getValue(), node(e.getKey(), childrenOf)))
                .toList();
    }
}
