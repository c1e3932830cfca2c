package org.vanban.solr;

import static org.vanban.index.IndexSchema.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.vanban.index.DocumentJson;
import org.vanban.index.DocumentSearch;
import org.vanban.index.FacetResults;
import org.vanban.index.IndexRecords;
import org.vanban.index.RecordResults;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchProfile;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResults;
import org.vanban.index.TargetHit;
import org.vanban.index.TaskHit;
import org.vanban.model.VanbanDocument;

/**
 * The read side on a SolrCloud collection, giving what {@link org.vanban.index.IndexSearch} gives for the same
 * request:
 * <ul>
 *   <li>the query text is parsed inside Solr by vanban's parser ({@link VanbanQParserPlugin}) into the same Lucene
 *       query, and scored with the collection's term statistics (ExactStatsCache in solrconfig.xml), so hits come in
 *       the same order (within score ties);</li>
 *   <li>each document appears once as its best-scoring record ({@code {!collapse field=doc_id}}: the records of a
 *       document are on one shard, the collection being routed by doc_id); with a section filter every section is a
 *       hit;</li>
 *   <li>facets are JSON facets whose filters are tagged and excluded per dimension: the drill-sideways counts,
 *       counted per document ({@code unique(doc_id)}, exact because a document lives on one shard) or per section
 *       record ({@link SolrFacets});</li>
 *   <li>snippets are made from the stored text of the hits with the embedded index's highlighter
 *       ({@link IndexRecords#snippets}).</li>
 * </ul>
 */
final class SolrDocumentSearch implements DocumentSearch {
    private static final String HIT_FIELDS = String.join(",", REC, ID, PARENT_ID, SOURCE_PATH, TITLE, NUMBER, DATE, TYPE,
            LOCALITY, SECTION_KIND, HEADING, PAGE, TEXT, "score");
    private static final int PAGE_SIZE = 500;

    private final SolrConnection solr;
    private volatile String seen = "";

    SolrDocumentSearch(SolrConnection solr) {
        this.solr = solr;
        refresh();
    }

    @Override
    public SearchResults search(SearchRequest req, boolean withFacets, SearchProfile profile) {
        SearchProfile.start(profile);
        IndexRecords.textQuery(req); // invalid text: the same message as the embedded index, before any request
        ModifiableSolrParams p = SolrQueries.records(req, REC_DOCUMENT + "," + REC_SECTION);
        if (req.section() == null) p.add("fq", "{!collapse field=" + DOC_ID + "}");
        p.set("sort", "score desc");
        p.set("fl", HIT_FIELDS);
        p.set("start", req.offset());
        p.set("rows", req.limit());
        SearchProfile.mark(profile, SearchProfile.Phase.PARSE);
        FacetResults facets = withFacets ? facets(req) : null;
        SearchProfile.mark(profile, SearchProfile.Phase.FACETS);
        QueryResponse rsp = solr.query(p);
        SolrDocumentList docs = rsp.getResults();
        SearchProfile.mark(profile, SearchProfile.Phase.COLLECT);
        List<String> texts = new ArrayList<>();
        for (SolrDocument d : docs) texts.add(str(d, TEXT));
        List<IndexRecords.Snippet> snippets = IndexRecords.snippets(texts, req);
        SearchProfile.mark(profile, SearchProfile.Phase.HIGHLIGHT);
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            SolrDocument d = docs.get(i);
            IndexRecords.Snippet sn = snippets.get(i);
            boolean section = REC_SECTION.equals(str(d, REC));
            hits.add(new SearchHit(section ? str(d, PARENT_ID) : str(d, ID), str(d, REC), str(d, TITLE), str(d, NUMBER),
                    str(d, DATE), str(d, TYPE), str(d, LOCALITY), section ? str(d, SECTION_KIND) : "",
                    section ? str(d, HEADING) : "", integer(d, PAGE, 1) + sn.pageBreaksBefore(), sn.text(),
                    score(d), str(d, SOURCE_PATH)));
        }
        SearchProfile.mark(profile, SearchProfile.Phase.STORED);
        long total = docs.getNumFound();
        if (facets != null && req.section() == null) total = facets.documents();
        return new SearchResults(total, true, hits, facets);
    }

    @Override
    public FacetResults facets(SearchRequest req) {
        IndexRecords.textQuery(req);
        ModifiableSolrParams p = SolrQueries.records(req, REC_DOCUMENT + "," + REC_SECTION);
        p.set("rows", 0);
        p.set("json.facet", SolrFacets.request());
        QueryResponse rsp = solr.query(p);
        @SuppressWarnings("unchecked")
        NamedList<Object> facets = (NamedList<Object>) rsp.getResponse().get("facets");
        return SolrFacets.results(facets);
    }

    @Override
    public RecordResults<TargetHit> searchTargets(SearchRequest req) {
        return searchExtracted(req, REC_TARGET, (d, snippet, score) -> new TargetHit(str(d, ID), str(d, PARENT_ID),
                str(d, TITLE), str(d, NUMBER), str(d, DATE), integer(d, YEAR, 0), str(d, TYPE), str(d, LOCALITY),
                str(d, PROVINCE), str(d, ISSUER), str(d, SECTION_KIND), str(d, TEXT), snippet, str(d, METRIC),
                str(d, COMPARATOR), str(d, VALUE), str(d, UNIT), str(d, DEADLINE), integer(d, PAGE, 1), score));
    }

    @Override
    public RecordResults<TaskHit> searchTasks(SearchRequest req) {
        return searchExtracted(req, REC_TASK, (d, snippet, score) -> new TaskHit(str(d, ID), str(d, PARENT_ID),
                str(d, TITLE), str(d, NUMBER), str(d, DATE), integer(d, YEAR, 0), str(d, TYPE), str(d, LOCALITY),
                str(d, PROVINCE), str(d, ISSUER), str(d, HEADING), snippet, str(d, LEAD), str(d, PARTNERS),
                str(d, TIMEFRAME), integer(d, PAGE, 1), score));
    }

    private interface HitMaker<T> {
        T make(SolrDocument stored, String snippet, float score);
    }

    private <T> RecordResults<T> searchExtracted(SearchRequest req, String rec, HitMaker<T> maker) {
        boolean text = IndexRecords.textQuery(req) != null;
        ModifiableSolrParams p = SolrQueries.records(req, rec);
        // without words: newest first, then by document (as the embedded index)
        p.set("sort", text ? "score desc" : YEAR + " desc," + DOC_ID + " asc");
        p.set("fl", "*" + (text ? ",score" : ""));
        p.set("start", req.offset());
        p.set("rows", req.limit());
        SolrDocumentList docs = solr.query(p).getResults();
        List<String> texts = new ArrayList<>();
        for (SolrDocument d : docs) texts.add(str(d, TEXT));
        List<IndexRecords.Snippet> snippets = IndexRecords.snippets(texts, req);
        List<T> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            IndexRecords.Snippet sn = snippets.get(i);
            String snippet = sn.matches() > 0 ? sn.text() : texts.get(i);
            hits.add(maker.make(docs.get(i), snippet, text ? score(docs.get(i)) : 0f));
        }
        return new RecordResults<>(docs.getNumFound(), hits);
    }

    @Override
    public Optional<VanbanDocument> get(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document id is blank");
        String key = id.strip();
        SolrDocumentList exact = documents("{!term f=" + ID + " v=$key}", key, 1);
        if (!exact.isEmpty()) return Optional.of(load(exact.get(0)));
        SolrDocumentList prefix = documents("{!prefix f=" + ID + " v=$key}", key, 6);
        if (prefix.isEmpty()) return Optional.empty();
        if (prefix.size() > 1) {
            List<String> ids = prefix.stream().map(d -> str(d, ID)).toList();
            throw new IllegalArgumentException("id prefix '" + key + "' is ambiguous: matches " + ids
                    + (prefix.getNumFound() > ids.size() ? " and more" : ""));
        }
        return Optional.of(load(prefix.get(0)));
    }

    private SolrDocumentList documents(String query, String key, int rows) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", query);
        p.set("key", key);
        p.add("fq", "{!term f=" + REC + "}" + REC_DOCUMENT);
        p.set("sort", ID + " asc");
        p.set("fl", ID + "," + JSON);
        p.set("rows", rows);
        return solr.query(p).getResults();
    }

    /** Every document in id order, read with a cursor (deep paging without the cost of start=N). */
    @Override
    public void forEachDocument(Consumer<VanbanDocument> action) {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "{!term f=" + REC + "}" + REC_DOCUMENT);
            p.set("sort", ID + " asc");
            p.set("fl", ID + "," + JSON);
            p.set("rows", PAGE_SIZE);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse rsp = solr.query(p);
            for (SolrDocument d : rsp.getResults()) action.accept(load(d));
            String next = rsp.getNextCursorMark();
            if (next == null || next.equals(cursor)) return;
            cursor = next;
        }
    }

    @Override
    public long documentCount() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!term f=" + REC + "}" + REC_DOCUMENT);
        p.set("rows", 0);
        return solr.query(p).getResults().getNumFound();
    }

    /** Solr opens new searchers on commits by itself; this tells whether the committed records changed since last asked. */
    @Override
    public boolean refresh() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("sort", "_version_ desc");
        p.set("fl", "_version_");
        p.set("rows", 1);
        SolrDocumentList docs = solr.query(p).getResults();
        String now = docs.getNumFound() + "/" + (docs.isEmpty() ? "" : docs.get(0).getFirstValue("_version_"));
        boolean changed = !now.equals(seen);
        seen = now;
        return changed;
    }

    private static VanbanDocument load(SolrDocument d) {
        Object json = d.getFirstValue(JSON);
        byte[] bytes;
        if (json instanceof byte[] b) {
            bytes = b;
        } else if (json instanceof ByteBuffer bb) {
            bytes = new byte[bb.remaining()];
            bb.duplicate().get(bytes);
        } else {
            throw new IllegalStateException("Solr record " + d.getFirstValue(ID) + " has no stored document");
        }
        return DocumentJson.fromBytes(bytes, 0, bytes.length);
    }

    static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? "" : v.toString();
    }

    private static int integer(SolrDocument d, String field, int dflt) {
        Object v = d.getFirstValue(field);
        return v instanceof Number n ? n.intValue() : dflt;
    }

    private static float score(SolrDocument d) {
        Object v = d.getFirstValue("score");
        return v instanceof Number n ? n.floatValue() : 0f;
    }

    @Override
    public void close() {
        solr.close();
    }
}
