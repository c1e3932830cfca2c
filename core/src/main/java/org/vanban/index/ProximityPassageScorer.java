package org.vanban.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * BM25 passage score raised for matches that stand next to each other, so the passages the highlighter keeps
 * as candidates include the ones where the query's words form a phrase; {@link MatchedPassage} then ranks
 * the candidates with the text at hand.
 */
final class ProximityPassageScorer extends PassageScorer {
    /** Matches at most this many characters apart (a space, a hyphen) count as adjacent. */
    private static final int ADJACENT_GAP = 3;

    @Override
    public float score(Passage passage, int contentLength) {
        float base = super.score(passage, contentLength);
        int n = passage.getNumMatches();
        if (n < 2) return base;
        int[][] spans = MatchedPassage.merged(passage.getMatchStarts(), passage.getMatchEnds(), n);
        int adjacent = 0;
        for (int i = 1; i < spans.length; i++) {
            if (spans[i][0] - spans[i - 1][1] <= ADJACENT_GAP) adjacent++;
        }
        return base * (1 + 2 * adjacent);
    }
}
