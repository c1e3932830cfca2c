package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * One pass over the matching records that keeps the best-scoring record of each document and the
 * {@code n} best documents, and counts the documents. Relies on the records of a document being
 * one block of consecutive ids in one segment (they are added with {@code updateDocuments}), so a
 * document's matches arrive together and no per-document map is needed.
 *
 * <p>Counting is exact up to {@code exactUpTo} documents. Past that, like Lucene's top-docs
 * collectors past their total-hits threshold, the collector tells the scorer the lowest score that
 * can still enter the top {@code n} so that it may skip records that cannot (block-max WAND); the
 * count is then a lower bound ({@link #exact()} false). A record below that score cannot matter: it
 * can neither enter the top on its own nor raise a document already there, whose score is higher.
 */
final class GroupingCollector extends SimpleCollector {
    private static final Comparator<ScoreDoc> WORST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(sd -> sd.score).thenComparing(sd -> -sd.doc);

    private final int n;
    private final long exactUpTo;
    private final PriorityQueue<ScoreDoc> top;
    private float minCompetitive = Float.NEGATIVE_INFINITY;
    private SortedDocValues docIds;
    private Scorable scorer;
    private int docBase;
    private int currentOrd = -2;
    private int currentDoc = -1;
    private float currentScore;
    private long groups;

    /** Keeps the {@code n} best documents; counts exactly up to {@code exactUpTo} documents (Long.MAX_VALUE: always). */
    GroupingCollector(int n, long exactUpTo) {
        this.n = n;
        this.exactUpTo = exactUpTo;
        this.top = new PriorityQueue<>(n + 1, WORST_FIRST);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishGroup();
        docIds = DocValues.getSorted(context.reader(), IndexSchema.DOC_ID);
        docBase = context.docBase;
        currentOrd = -2;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (minCompetitive > Float.NEGATIVE_INFINITY) scorer.setMinCompetitiveScore(minCompetitive);
    }

    @Override
    public void collect(int doc) throws IOException {
        int ord = docIds.advanceExact(doc) ? docIds.ordValue() : -1;
        float score = scorer.score();
        if (ord != currentOrd || ord < 0) {
            finishGroup();
            raiseMinCompetitive();
            groups++;
            currentOrd = ord;
            currentDoc = doc;
            currentScore = score;
        } else if (score > currentScore) {
            currentDoc = doc;
            currentScore = score;
        }
    }

    private void finishGroup() {
        if (currentDoc < 0) return;
        ScoreDoc sd = new ScoreDoc(docBase + currentDoc, currentScore);
        if (top.size() < n) {
            top.add(sd);
        } else if (WORST_FIRST.compare(sd, top.peek()) > 0) {
            top.poll();
            top.add(sd);
        }
        currentDoc = -1;
    }

    /** Past the exact-count threshold with a full top: records scoring below the n-th best document can be skipped. */
    private void raiseMinCompetitive() throws IOException {
        if (groups < exactUpTo || top.size() < n) return;
        // a later record with the same score is worse (higher doc id), so strictly higher scores compete
        float min = Math.nextUp(top.peek().score);
        if (min > minCompetitive) {
            minCompetitive = min;
            scorer.setMinCompetitiveScore(min);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return exactUpTo == Long.MAX_VALUE ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    }

    /** Whether {@link #documents()} is exact (else it is a lower bound). */
    boolean exact() {
        return minCompetitive == Float.NEGATIVE_INFINITY;
    }

    /** Number of matching documents. */
    long documents() {
        finishGroup();
        return groups;
    }

    /** The best record of each of the best documents, best first. */
    List<ScoreDoc> best() {
        finishGroup();
        List<ScoreDoc> out = new ArrayList<>(top);
        out.sort(WORST_FIRST.reversed());
        return out;
    }
}
