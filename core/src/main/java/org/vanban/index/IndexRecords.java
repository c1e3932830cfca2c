package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.vanban.model.VanbanDocument;

/**
 * What another index backend (module {@code solr}) needs of the embedded index to give the same results: the
 * records of a document, the queries of a request, and the snippets of found records. One place for each, shared
 * with {@link DocumentIndex} and {@link IndexSearch}.
 */
public final class IndexRecords {
    private IndexRecords() {}

    /** The Lucene records of a document (document, sections, targets, tasks), as {@link DocumentIndex} writes them. */
    public static List<Document> records(VanbanDocument doc) {
        return RecordMapper.records(doc);
    }

    /**
     * The query of the request's text as {@link IndexSearch} runs it, or null without text.
     *
     * @throws IllegalArgumentException when the query text is invalid
     */
    public static Query textQuery(SearchRequest req) {
        return req.query().isEmpty() ? null : VanbanQueryParser.parseQuery(req.query(), req.fuzzy());
    }

    /** The same text against the exact fields only (highlighting marks the words as typed first), or null. */
    public static Query exactQuery(SearchRequest req) {
        return req.query().isEmpty() ? null : VanbanQueryParser.parseExactQuery(req.query());
    }

    /** A snippet of a found record: matches marked «like this», and the page breaks before its first passage. */
    public record Snippet(String text, int pageBreaksBefore, int matches) {}

    /**
     * Snippets of found records from their stored {@link IndexSchema#TEXT}, in order, as {@link IndexSearch} makes
     * them (a passage with the query's words, or the beginning of the text without query or match). The texts are
     * indexed in memory with the index's analysis, so the marks are the same.
     */
    public static List<Snippet> snippets(List<String> texts, SearchRequest req) {
        Query text = textQuery(req);
        SnippetHighlighter.Snippet[] found = new SnippetHighlighter.Snippet[texts.size()];
        if (text != null && !texts.isEmpty()) {
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
                    for (String t : texts) {
                        Document d = new Document();
                        RecordMapper.addText(d, t == null ? "" : t);
                        w.addDocument(d);
                    }
                }
                try (DirectoryReader r = DirectoryReader.open(dir)) {
                    int[] ids = java.util.stream.IntStream.range(0, texts.size()).toArray();
                    found = new SnippetHighlighter(new IndexSearcher(r)).snippets(text, exactQuery(req), ids);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot highlight snippets", e);
            }
        }
        List<Snippet> out = new java.util.ArrayList<>(texts.size());
        for (int i = 0; i < found.length; i++) {
            SnippetHighlighter.Snippet sn = found[i];
            if (sn == null) sn = IndexSearch.leadSnippet(texts.get(i));
            out.add(new Snippet(sn.text(), sn.pageBreaksBefore(), sn.matches()));
        }
        return out;
    }
}
