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
 */
final class GroupingCollector extends SimpleCollector {
    private static final Comparator<ScoreDoc> WORST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(sd -> sd.score).thenComparing(sd -> -sd.doc);

    private final int n;
    private final PriorityQueue<ScoreDoc> top;
    private SortedDocValues docIds;
    private Scorable scorer;
    private int docBase;
    private int currentOrd = -2;
    private int currentDoc = -1;
    private float currentScore;
    private long groups;

    GroupingCollector(int n) {
        this.n = n;
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
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        int ord = docIds.advanceExact(doc) ? docIds.ordValue() : -1;
        float score = scorer.score();
        if (ord != currentOrd || ord < 0) {
            finishGroup();
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

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
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
