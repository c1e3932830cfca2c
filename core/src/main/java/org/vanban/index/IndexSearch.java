package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.vanban.model.VanbanDocument;

/**
 * Reader side of the vanban index: search with filters and highlighted snippets, fetch documents.
 * Thread-safe. Sees the index as committed when opened or last {@link #refresh() refreshed}.
 */
public final class IndexSearch implements DocumentSearch {
    private static final Set<String> HIT_FIELDS = Set.of(REC, ID, PARENT_ID, SOURCE_PATH, TITLE, NUMBER, DATE, TYPE, LOCALITY,
            SECTION_KIND, HEADING, PAGE);
    private static final Set<String> HIT_FIELDS_AND_TEXT;
    static {
        Set<String> f = new HashSet<>(HIT_FIELDS);
        f.add(TEXT);
        HIT_FIELDS_AND_TEXT = Set.copyOf(f);
    }
    private static final int PAGE_SIZE = 500;
    /**
     * Default of {@link #setExactTotalUpTo}: every match is counted. Stopping the count past a threshold
     * (Lucene's 1000) lets block-max WAND skip records, but on the search benchmark it skipped almost
     * nothing (scores of common administrative phrases are flat) and cost a little more.
     */
    public static final long EXACT_TOTAL_UP_TO = Long.MAX_VALUE;

    private final Path dir;
    private final FSDirectory directory;
    private final SearcherManager searchers;
    /** Facet state per open reader (global ordinals, values, locality parents): built once per reader. */
    private final Map<IndexReader.CacheKey, FacetState> facetStates = new ConcurrentHashMap<>();
    /** Precomputed facet ordinals per segment (by segment core): reused by the readers that share the segment. */
    private final Map<IndexReader.CacheKey, FacetState.SegmentOrdinals> segmentOrdinals = new ConcurrentHashMap<>();
    private volatile long exactTotalUpTo = EXACT_TOTAL_UP_TO;

    private IndexSearch(Path dir, FSDirectory directory) throws IOException {
        this.dir = dir;
        this.directory = directory;
        // each new reader gets its facet state before searches see it (warming)
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                IndexSearcher s = new IndexSearcher(reader);
                warm(reader);
                return s;
            }
        });
    }

    /**
     * Opens the index in {@code dir} for reading.
     *
     * @throws IllegalArgumentException when there is no index there
     */
    public static IndexSearch open(Path dir) {
        Path abs = dir.toAbsolutePath();
        if (!Files.isDirectory(abs)) {
            throw new IllegalArgumentException("no index at " + abs + ": directory does not exist (ingest documents first)");
        }
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(abs);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IllegalArgumentException("no index at " + abs + " (ingest documents first)");
            }
            return new IndexSearch(abs, directory);
        } catch (IOException e) {
            try {
                if (directory != null) directory.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new IllegalArgumentException("cannot open index " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts matches exactly up to this many documents (sections); past it the search skips records
     * that cannot reach the top hits and totals become lower bounds ({@link SearchResults#totalExact()}
     * false) unless facets are counted in the same call. Default {@link #EXACT_TOTAL_UP_TO}: always count
     * (e.g. 1000 for Lucene's usual threshold).
     */
    public void setExactTotalUpTo(long n) {
        if (n < 0) throw new IllegalArgumentException("exact total threshold must be at least 0: " + n);
        exactTotalUpTo = n;
    }

    /** Picks up changes committed since opening; returns whether there were any. */
    @Override
    public boolean refresh() {
        try {
            return searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh index " + dir, e);
        }
    }

    /**
     * Runs a search. With a section filter every matching section is a hit; without it each
     * document appears once, as its best-scoring record (the document or one of its sections).
     * The total is exact unless {@link #setExactTotalUpTo} set a threshold (see
     * {@link SearchResults#totalExact()}).
     *
     * @throws IllegalArgumentException when the query text is invalid
     */
    @Override
    public SearchResults search(SearchRequest req) {
        return search(req, false, null);
    }

    /**
     * Runs a search and, with {@code withFacets}, counts its facets in the same call (as
     * {@link #facets}); the total is then exact, taken from the facet pass, and the hits are found
     * without counting every match.
     *
     * @param profile where to add the CPU time of each phase, or null
     * @throws IllegalArgumentException when the query text is invalid
     */
    @Override
    public SearchResults search(SearchRequest req, boolean withFacets, SearchProfile profile) {
        SearchProfile.start(profile);
        Query text = req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
        Query exact = text == null ? null : VanbanQueryParser.parseExactQuery(req.query());
        Query query = withFilters(text, req, DOCUMENTS_AND_SECTIONS);
        SearchProfile.mark(profile, SearchProfile.Phase.PARSE);
        return withSearcher(s -> {
            FacetCounter counter = withFacets ? facetCounter(s, text, req) : null;
            SearchProfile.mark(profile, SearchProfile.Phase.FACETS);
            int n = req.offset() + req.limit();
            // with facets the facet pass counts exactly, so the search need not count at all
            long countUpTo = exactTotalUpTo == Long.MAX_VALUE ? Long.MAX_VALUE : counter != null ? 0 : Math.max(n, exactTotalUpTo);
            long total;
            boolean totalExact;
            List<ScoreDoc> docs;
            if (req.section() != null) {
                TopDocs top = s.search(query, new TopScoreDocCollectorManager(n, null,
                        (int) Math.min(Integer.MAX_VALUE, countUpTo)));
                docs = List.of(top.scoreDocs);
                total = top.totalHits.value;
                totalExact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            } else {
                GroupingCollector groups = new GroupingCollector(n, countUpTo);
                s.search(query, groups);
                docs = groups.best();
                total = groups.documents();
                totalExact = groups.exact();
            }
            FacetResults facets = null;
            if (counter != null) {
                facets = counter.results();
                total = req.section() != null ? counter.records() : facets.documents();
                totalExact = true;
            }
            docs = docs.subList(Math.min(req.offset(), docs.size()), docs.size());
            SearchProfile.mark(profile, SearchProfile.Phase.COLLECT);
            return new SearchResults(total, totalExact, hits(s, text, exact, docs, profile), facets);
        });
    }

    /**
     * Facet counts of the documents a search finds (the same query and filters as {@link #search}):
     * locality at the document's date (province → district → commune) and today, type, year,
     * section kind (counting sections) and issuer.
     *
     * @throws IllegalArgumentException when the query text is invalid
     */
    @Override
    public FacetResults facets(SearchRequest req) {
        Query text = req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
        return withSearcher(s -> facetCounter(s, text, req).results());
    }

    /**
     * Counts facets with drill sideways: the search runs without the filters of the dimensions users
     * choose values in (type, section, locality, year, issuer) and the counter checks them record by record.
     */
    private FacetCounter facetCounter(IndexSearcher s, Query text, SearchRequest req) throws IOException {
        Query base = withFilters(text, req.withSection(null).withType(null).withLocality(null).withYears(null, null)
                .withIssuer(null), DOCUMENTS_AND_SECTIONS);
        List<FacetCounter.Sideways> sideways = new ArrayList<>();
        if (req.section() != null) sideways(s, sideways, term(SECTION_KIND, req.section().key()), DIM_SECTION);
        if (req.type() != null) sideways(s, sideways, term(TYPE, req.type().key()), DIM_TYPE);
        if (req.locality() != null) sideways(s, sideways, QueryFilters.locality(req.locality()), DIM_LOCALITY, DIM_LOCALITY_NEW);
        if (req.yearFrom() != null || req.yearTo() != null) {
            sideways(s, sideways, QueryFilters.years(req.yearFrom(), req.yearTo()), DIM_YEAR);
        }
        if (req.issuer() != null) sideways(s, sideways, QueryFilters.issuer(req.issuer()), DIM_ISSUER);
        FacetCounter counter = new FacetCounter(facetState(s), sideways);
        s.search(base, counter);
        return counter;
    }

    private static void sideways(IndexSearcher s, List<FacetCounter.Sideways> out, Query filter, String... dims)
            throws IOException {
        int[] idx = new int[dims.length];
        for (int i = 0; i < dims.length; i++) idx[i] = FacetState.indexOf(dims[i]);
        out.add(new FacetCounter.Sideways(s.createWeight(s.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f), idx));
    }

    /** The facet state of the searcher's reader: built when the reader was opened, or now. */
    private FacetState facetState(IndexSearcher s) throws IOException {
        IndexReader r = s.getIndexReader();
        IndexReader.CacheHelper helper = r.getReaderCacheHelper();
        FacetState state = helper == null ? null : facetStates.get(helper.getKey());
        return state != null ? state : warm(r);
    }

    /** Builds and keeps the facet state of a reader (dropped when the reader closes). */
    private FacetState warm(IndexReader r) throws IOException {
        IndexReader.CacheHelper helper = r.getReaderCacheHelper();
        if (helper == null) return FacetState.build(r, segmentOrdinals);
        FacetState state = facetStates.get(helper.getKey());
        if (state != null) return state;
        state = FacetState.build(r, segmentOrdinals);
        if (facetStates.putIfAbsent(helper.getKey(), state) == null) helper.addClosedListener(facetStates::remove);
        return facetStates.get(helper.getKey());
    }

    /**
     * Target clauses (chỉ tiêu) matching the query and filters, best first (newest first without
     * query words). {@code section} filters on the section holding the clause.
     */
    @Override
    public RecordResults<TargetHit> searchTargets(SearchRequest req) {
        return searchExtracted(req, REC_TARGET, (d, snippet, score) -> new TargetHit(d.get(ID), d.get(PARENT_ID),
                nz(d.get(TITLE)), nz(d.get(NUMBER)), nz(d.get(DATE)), intValue(d, YEAR, 0), nz(d.get(TYPE)),
                nz(d.get(LOCALITY)), nz(d.get(PROVINCE)), nz(d.get(ISSUER)), nz(d.get(SECTION_KIND)),
                nz(d.get(TEXT)), snippet, nz(d.get(METRIC)), nz(d.get(COMPARATOR)), nz(d.get(VALUE)),
                nz(d.get(UNIT)), nz(d.get(DEADLINE)), intValue(d, PAGE, 1), score));
    }

    /** Task assignments matching the query and filters, best first (newest first without query words). */
    @Override
    public RecordResults<TaskHit> searchTasks(SearchRequest req) {
        return searchExtracted(req, REC_TASK, (d, snippet, score) -> new TaskHit(d.get(ID), d.get(PARENT_ID),
                nz(d.get(TITLE)), nz(d.get(NUMBER)), nz(d.get(DATE)), intValue(d, YEAR, 0), nz(d.get(TYPE)),
                nz(d.get(LOCALITY)), nz(d.get(PROVINCE)), nz(d.get(ISSUER)), nz(d.get(HEADING)), snippet,
                nz(d.get(LEAD)), nz(d.get(PARTNERS)), nz(d.get(TIMEFRAME)), intValue(d, PAGE, 1), score));
    }

    private interface HitMaker<T> {
        T make(Document stored, String snippet, float score);
    }

    private <T> RecordResults<T> searchExtracted(SearchRequest req, String rec, HitMaker<T> maker) {
        Query text = req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
        Query exact = text == null ? null : VanbanQueryParser.parseExactQuery(req.query());
        Query query = withFilters(text, req, term(REC, rec));
        return withSearcher(s -> {
            long total = s.count(query);
            int n = req.offset() + req.limit();
            TopDocs top = text == null
                    ? s.search(query, n, new Sort(new SortField(YEAR, SortField.Type.INT, true),
                            new SortField(DOC_ID, SortField.Type.STRING)))
                    : s.search(query, n);
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(req.offset(), docs.length);
            int[] ids = new int[docs.length - from];
            for (int i = 0; i < ids.length; i++) ids[i] = docs[from + i].doc;
            SnippetHighlighter.Snippet[] snippets = text == null ? new SnippetHighlighter.Snippet[ids.length]
                    : new SnippetHighlighter(s).snippets(text, exact, ids);
            StoredFields stored = s.storedFields();
            List<T> hits = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                Document d = stored.document(ids[i]);
                String snippet = snippets[i] != null && snippets[i].matches() > 0 ? snippets[i].text() : nz(d.get(TEXT));
                float score = Float.isNaN(docs[from + i].score) ? 0f : docs[from + i].score;
                hits.add(maker.make(d, snippet, score));
            }
            return new RecordResults<>(total, hits);
        });
    }

    private static final Query DOCUMENTS_AND_SECTIONS = new BooleanQuery.Builder()
            .add(term(REC, REC_DOCUMENT), Occur.SHOULD).add(term(REC, REC_SECTION), Occur.SHOULD).build();

    private static Query withFilters(Query text, SearchRequest req, Query records) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
        b.add(records, Occur.FILTER);
        if (req.section() != null) {
            b.add(term(SECTION_KIND, req.section().key()), Occur.FILTER);
        }
        if (req.type() != null) b.add(term(TYPE, req.type().key()), Occur.FILTER);
        if (req.locality() != null) b.add(QueryFilters.locality(req.locality()), Occur.FILTER);
        if (req.yearFrom() != null || req.yearTo() != null) {
            b.add(QueryFilters.years(req.yearFrom(), req.yearTo()), Occur.FILTER);
        }
        if (req.issuer() != null) b.add(QueryFilters.issuer(req.issuer()), Occur.FILTER);
        if (req.cites() != null) b.add(QueryFilters.cites(req.cites()), Occur.FILTER);
        return b.build();
    }

    private static String docIdOf(Document d) {
        return REC_SECTION.equals(d.get(REC)) ? d.get(PARENT_ID) : d.get(ID);
    }

    private List<SearchHit> hits(IndexSearcher s, Query text, Query exact, List<ScoreDoc> docs, SearchProfile profile)
            throws IOException {
        int[] ids = docs.stream().mapToInt(sd -> sd.doc).toArray();
        SnippetHighlighter.Snippet[] snippets = text == null
                ? new SnippetHighlighter.Snippet[ids.length]
                : new SnippetHighlighter(s).snippets(text, exact, ids);
        SearchProfile.mark(profile, SearchProfile.Phase.HIGHLIGHT);
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(docs.size());
        for (int i = 0; i < ids.length; i++) {
            SnippetHighlighter.Snippet sn = snippets[i];
            // one read of the stored fields; the text only when there is no highlighted snippet
            Document d = stored.document(ids[i], sn == null ? HIT_FIELDS_AND_TEXT : HIT_FIELDS);
            if (sn == null) sn = leadSnippet(d.get(TEXT));
            boolean section = REC_SECTION.equals(d.get(REC));
            int page = intValue(d, PAGE, 1) + sn.pageBreaksBefore();
            out.add(new SearchHit(docIdOf(d), d.get(REC), nz(d.get(TITLE)), nz(d.get(NUMBER)), nz(d.get(DATE)),
                    nz(d.get(TYPE)), nz(d.get(LOCALITY)), section ? nz(d.get(SECTION_KIND)) : "",
                    section ? nz(d.get(HEADING)) : "", page, sn.text(), docs.get(i).score, nz(d.get(SOURCE_PATH))));
        }
        SearchProfile.mark(profile, SearchProfile.Phase.STORED);
        return out;
    }

    /** The beginning of the text, for hits found by filters only. */
    static SnippetHighlighter.Snippet leadSnippet(String text) {
        String t = text == null ? "" : text;
        boolean longer = t.length() > 600;
        if (longer) t = t.substring(0, 600); // enough for 200 characters once spaces are collapsed
        t = t.replaceAll("\\s+", " ").strip();
        if (t.length() > 200) {
            int cut = t.lastIndexOf(' ', 200);
            t = t.substring(0, cut > 100 ? cut : 200) + " …";
        } else if (longer) {
            t = t + " …";
        }
        return new SnippetHighlighter.Snippet(t, 0, 0, 0);
    }

    /**
     * The document with this id, or with this unique id prefix.
     *
     * @throws IllegalArgumentException when the prefix matches several documents or is blank
     */
    @Override
    public Optional<VanbanDocument> get(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document id is blank");
        String key = id.strip();
        return withSearcher(s -> {
            TopDocs exact = s.search(documentsWhere(new TermQuery(new Term(ID, key))), 1);
            if (exact.scoreDocs.length == 1) return Optional.of(load(s, exact.scoreDocs[0].doc));
            TopDocs prefix = s.search(documentsWhere(new PrefixQuery(new Term(ID, key))), 6);
            if (prefix.scoreDocs.length == 0) return Optional.empty();
            if (prefix.scoreDocs.length > 1) {
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : prefix.scoreDocs) ids.add(s.storedFields().document(sd.doc, Set.of(ID)).get(ID));
                throw new IllegalArgumentException("id prefix '" + key + "' is ambiguous: matches " + ids
                        + (prefix.totalHits.value > ids.size() ? " and more" : ""));
            }
            return Optional.of(load(s, prefix.scoreDocs[0].doc));
        });
    }

    /** Calls {@code action} for every document, in id order (for export). */
    @Override
    public void forEachDocument(Consumer<VanbanDocument> action) {
        withSearcher(s -> {
            Query all = term(REC, REC_DOCUMENT);
            Sort byId = new Sort(new SortField(DOC_ID, SortField.Type.STRING));
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? s.search(all, PAGE_SIZE, byId) : s.searchAfter(after, all, PAGE_SIZE, byId);
                for (ScoreDoc sd : page.scoreDocs) action.accept(load(s, sd.doc));
                if (page.scoreDocs.length < PAGE_SIZE) return null;
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        });
    }

    /** Number of documents (not sections). */
    @Override
    public long documentCount() {
        return withSearcher(s -> (long) s.count(term(REC, REC_DOCUMENT)));
    }

    private static Query documentsWhere(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.FILTER).add(term(REC, REC_DOCUMENT), Occur.FILTER).build();
    }

    private static VanbanDocument load(IndexSearcher s, int doc) throws IOException {
        Document d = s.storedFields().document(doc, Set.of(JSON, ID));
        BytesRef json = d.getBinaryValue(JSON);
        if (json == null) throw new IllegalStateException("index record " + d.get(ID) + " has no stored document");
        return DocumentJson.fromBytes(json.bytes, json.offset, json.length);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static int intValue(Document d, String field, int dflt) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? dflt : f.numericValue().intValue();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        }
    }

    @Override
    public void close() {
        try (directory; searchers) {
            // closes both
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + dir, e);
        }
    }
}
