package org.vanban.solr;

import static org.vanban.index.IndexSchema.*;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.vanban.index.IndexRecords;
import org.vanban.index.QueryFilters;
import org.vanban.index.SearchRequest;

/**
 * The Solr parameters of a {@link SearchRequest}: the text and filters through {@link VanbanQParserPlugin}, the record kinds,
 * and each filter as its own {@code fq} tagged with its facet dimension ({@link SolrFacets} excludes a dimension's own
 * filter from its counts). Values travel as parameters ({@code v=$name}), never spliced into query syntax.
 */
final class SolrQueries {
    /** Filter tags, one per filter a user chooses values in (as the embedded index's drill-sideways filters). */
    static final String TAG_SECTION = "section";
    static final String TAG_TYPE = "type";
    static final String TAG_LOCALITY = "locality";
    static final String TAG_YEAR = "year";
    static final String TAG_ISSUER = "issuer";

    /**
     * Fields whose collection statistics every shard sends for the collection-wide scores (ExactStatsCache). Without
     * it a shard sends a field's statistics only when it holds one of the query's terms in it, and the documents of a
     * field on the other shards are missing from its BM25 idf and average length.
     */
    static final String STATS_FIELDS = "solr.stats.fields";

    private SolrQueries() {}

    /** The fields a query scores on. */
    static Set<String> scoredFields(Query q) {
        Set<String> fields = new TreeSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields;
    }

    /** Query and filters of the request on the records of these kinds (comma-separated {@code rec} values). */
    static ModifiableSolrParams records(SearchRequest req, String recs) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        if (req.query().isEmpty()) {
            p.set("q", "*:*^=0"); // filters only: score 0, as the embedded index's filter clauses
        } else {
            p.set("q", "{!" + VanbanQParserPlugin.NAME + " " + VanbanQParserPlugin.FUZZY + "=" + req.fuzzy() + " v=$vq}");
            p.set("vq", req.query());
            p.set(STATS_FIELDS, String.join("!", scoredFields(IndexRecords.textQuery(req))));
        }
        p.add("fq", "{!terms f=" + REC + "}" + recs);
        if (req.section() != null) term(p, TAG_SECTION, SECTION_KIND, req.section().key());
        if (req.type() != null) term(p, TAG_TYPE, TYPE, req.type().key());
        if (req.locality() != null) filter(p, TAG_LOCALITY, QueryFilters.F_LOCALITY, req.locality());
        if (req.yearFrom() != null || req.yearTo() != null) {
            filter(p, TAG_YEAR, QueryFilters.F_YEAR, (req.yearFrom() == null ? "" : req.yearFrom()) + ".."
                    + (req.yearTo() == null ? "" : req.yearTo()));
        }
        if (req.issuer() != null) filter(p, TAG_ISSUER, QueryFilters.ISSUER_FIELD, req.issuer());
        if (req.cites() != null) filter(p, null, QueryFilters.F_CITES, req.cites());
        return p;
    }

    private static void term(ModifiableSolrParams p, String tag, String field, String value) {
        p.add("fq", "{!term tag=" + tag + " f=" + field + " v=$fv_" + tag + "}");
        p.set("fv_" + tag, value);
    }

    private static void filter(ModifiableSolrParams p, String tag, String field, String value) {
        String name = "fv_" + field;
        p.add("fq", "{!" + VanbanQParserPlugin.NAME + (tag == null ? "" : " tag=" + tag) + " "
                + VanbanQParserPlugin.FILTER + "=" + field + " v=$" + name + "}");
        p.set(name, value);
    }
}
