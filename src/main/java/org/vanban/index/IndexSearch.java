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
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.vanban.model.VanbanDocument;

/**
 * Reader side of the vanban index: search with filters and highlighted snippets, fetch documents.
 * Thread-safe. Sees the index as committed when opened or last {@link #refresh() refreshed}.
 */
public final class IndexSearch implements Closeable {
    private static final Set<String> HIT_FIELDS = Set.of(REC, ID, PARENT_ID, TITLE, NUMBER, DATE, TYPE, LOCALITY,
            SECTION_KIND, HEADING, PAGE);
    private static final int PAGE_SIZE = 500;

    private final Path dir;
    private final FSDirectory directory;
    private final SearcherManager searchers;

    private IndexSearch(Path dir, FSDirectory directory, SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
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
            return new IndexSearch(abs, directory, new SearcherManager(directory, null));
        } catch (IOException e) {
            try {
                if (directory != null) directory.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new IllegalArgumentException("cannot open index " + abs + ": " + e.getMessage(), e);
        }
    }

    /** Picks up changes committed since opening; returns whether there were any. */
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
     *
     * @throws IllegalArgumentException when the query text is invalid
     */
    public SearchResults search(SearchRequest req) {
        Query text = req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
        Query exact = text == null ? null : VanbanQueryParser.parseExactQuery(req.query());
        Query query = withFilters(text, req, DOCUMENTS_AND_SECTIONS);
        return withSearcher(s -> req.section() != null ? searchRecords(s, query, text, exact, req)
                : searchGrouped(s, query, text, exact, req));
    }

    /**
     * Facet counts of the documents a search finds (the same query and filters as {@link #search}):
     * locality at the document's date (province → district → commune) and today, type, year,
     * section kind (counting sections) and issuer.
     *
     * @throws IllegalArgumentException when the query text is invalid
     */
    public FacetResults facets(SearchRequest req) {
        Query text = req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
        Query query = withFilters(text, req, DOCUMENTS_AND_SECTIONS);
        return withSearcher(s -> {
            FacetCounter counter = new FacetCounter();
            s.search(query, counter);
            return counter.results();
        });
    }

    /**
     * Target clauses (chỉ tiêu) matching the query and filters, best first (newest first without
     * query words). {@code section} filters on the section holding the clause.
     */
    public RecordResults<TargetHit> searchTargets(SearchRequest req) {
        return searchExtracted(req, REC_TARGET, (d, snippet, score) -> new TargetHit(d.get(ID), d.get(PARENT_ID),
                nz(d.get(TITLE)), nz(d.get(NUMBER)), nz(d.get(DATE)), intValue(d, YEAR, 0), nz(d.get(TYPE)),
                nz(d.get(LOCALITY)), nz(d.get(PROVINCE)), nz(d.get(ISSUER)), nz(d.get(SECTION_KIND)),
                nz(d.get(TEXT)), snippet, nz(d.get(METRIC)), nz(d.get(COMPARATOR)), nz(d.get(VALUE)),
                nz(d.get(UNIT)), nz(d.get(DEADLINE)), intValue(d, PAGE, 1), score));
    }

    /** Task assignments matching the query and filters, best first (newest first without query words). */
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

    private SearchResults searchRecords(IndexSearcher s, Query query, Query text, Query exact, SearchRequest req)
            throws IOException {
        long total = s.count(query);
        TopDocs top = s.search(query, req.offset() + req.limit());
        List<ScoreDoc> docs = List.of(top.scoreDocs);
        docs = docs.subList(Math.min(req.offset(), docs.size()), docs.size());
        return new SearchResults(total, hits(s, text, exact, docs));
    }

    /** Best record per document, in score order, and the number of documents, in one pass. */
    private SearchResults searchGrouped(IndexSearcher s, Query query, Query text, Query exact, SearchRequest req)
            throws IOException {
        GroupingCollector groups = new GroupingCollector(req.offset() + req.limit());
        s.search(query, groups);
        List<ScoreDoc> docs = groups.best();
        docs = docs.subList(Math.min(req.offset(), docs.size()), docs.size());
        return new SearchResults(groups.documents(), hits(s, text, exact, docs));
    }

    private static String docIdOf(Document d) {
        return REC_SECTION.equals(d.get(REC)) ? d.get(PARENT_ID) : d.get(ID);
    }

    /**
     * Number of distinct documents among the matching records. The records of a document are one
     * block of consecutive ids in one segment, so its matches arrive together: count changes of id.
     */
    private static long distinctDocuments(IndexSearcher s, Query query) throws IOException {
        long[] count = new long[1];
        s.search(query, new SimpleCollector() {
            private SortedDocValues values;
            private int last;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = context.reader().getSortedDocValues(DOC_ID);
                last = -2;
            }

            @Override
            public void collect(int doc) throws IOException {
                int ord = values != null && values.advanceExact(doc) ? values.ordValue() : -1;
                if (ord != last || ord < 0) count[0]++;
                last = ord;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return count[0];
    }

    private List<SearchHit> hits(IndexSearcher s, Query text, Query exact, List<ScoreDoc> docs) throws IOException {
        int[] ids = docs.stream().mapToInt(sd -> sd.doc).toArray();
        SnippetHighlighter.Snippet[] snippets = text == null
                ? new SnippetHighlighter.Snippet[ids.length]
                : new SnippetHighlighter(s).snippets(text, exact, ids);
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(docs.size());
        for (int i = 0; i < ids.length; i++) {
            Document d = stored.document(ids[i], HIT_FIELDS);
            SnippetHighlighter.Snippet sn = snippets[i];
            if (sn == null) sn = leadSnippet(stored.document(ids[i], Set.of(TEXT)).get(TEXT));
            boolean section = REC_SECTION.equals(d.get(REC));
            int page = intValue(d, PAGE, 1) + sn.pageBreaksBefore();
            out.add(new SearchHit(docIdOf(d), d.get(REC), nz(d.get(TITLE)), nz(d.get(NUMBER)), nz(d.get(DATE)),
                    nz(d.get(TYPE)), nz(d.get(LOCALITY)), section ? nz(d.get(SECTION_KIND)) : "",
                    section ? nz(d.get(HEADING)) : "", page, sn.text(), docs.get(i).score));
        }
        return out;
    }

    /** The beginning of the text, for hits found by filters only. */
    private static SnippetHighlighter.Snippet leadSnippet(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (t.length() > 200) {
            int cut = t.lastIndexOf(' ', 200);
            t = t.substring(0, cut > 100 ? cut : 200) + " …";
        }
        return new SnippetHighlighter.Snippet(t, 0, 0, 0);
    }

    /**
     * The document with this id, or with this unique id prefix.
     *
     * @throws IllegalArgumentException when the prefix matches several documents or is blank
     */
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
