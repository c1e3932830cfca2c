package org.vanban.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.vanban.index.IndexRecords;
import org.vanban.index.QueryFilters;
import org.vanban.index.SearchRequest;

/**
 * vanban's query language inside Solr, parsed by vanban-core into the very Lucene queries the embedded index runs,
 * so both backends match and score alike:
 * <ul>
 *   <li>{@code q={!vanban fuzzy=true}cải cách "hành chính" type:ke-hoach}: the query text (fields, boosts, phrases,
 *       abbreviations, fuzzy syllables; {@code fuzzy} defaults to true as in {@link SearchRequest});</li>
 *   <li>{@code fq={!vanban f=locality}Bình Phước}: one filter, {@code f} one of {@link QueryFilters#USER_FIELDS}
 *       (type labels and abbreviations, section names in Vietnamese, locality names of any level with or without
 *       diacritics, year ranges {@code 2021..2025}), read by {@link QueryFilters#fieldFilter}.</li>
 * </ul>
 * Invalid text is a syntax error (HTTP 400) with vanban's message.
 */
public class VanbanQParserPlugin extends QParserPlugin {
    /** Name in solrconfig.xml and in local params. */
    public static final String NAME = "vanban";
    /** Local param: tolerate one wrong letter in long syllables. */
    public static final String FUZZY = "fuzzy";
    /** Local param: parse the value as this filter instead of as query text. */
    public static final String FILTER = "f";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                String filter = localParams == null ? null : localParams.get(FILTER);
                boolean fuzzy = localParams == null || localParams.getBool(FUZZY, true);
                try {
                    if (filter != null) return QueryFilters.fieldFilter(filter, qstr);
                    Query q = IndexRecords.textQuery(SearchRequest.of(qstr).withFuzzy(fuzzy));
                    if (q == null) throw new SyntaxError("vanban query is empty");
                    return q;
                } catch (IllegalArgumentException e) {
                    throw new SyntaxError(e.getMessage(), e);
                }
            }
        };
    }
}
