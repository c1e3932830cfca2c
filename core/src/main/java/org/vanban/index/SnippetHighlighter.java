package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the stored {@link IndexSchema#TEXT} with matches marked «like this». Matches of the
 * folded and bigram fields are shown on the stored text too (masked fields), so a query without
 * diacritics highlights the words that carry them. The snippet is the passage where the query's words stand
 * closest together ({@link MatchedPassage#BEST_FIRST}), and adjacent matched words are marked as one phrase.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    static final int PASSAGES = 2;
    /** Passages the highlighter keeps (by {@link ProximityPassageScorer}) for the formatter to rank. */
    private static final int CANDIDATES = 8;
    private static final int MAX_PASSAGE_CHARS = 240;
    private static final String ELLIPSIS = "…";
    /** Characters a snippet's ends may move to reach a clause start or end before they get an ellipsis. */
    private static final int REACH = 100;

    /** A formatted snippet and the offset of its first passage in the stored text. */
    record Snippet(String text, int startOffset, int pageBreaksBefore, int matches) {}

    SnippetHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withMaskedFieldsFunc(f -> IndexSchema.TEXT.equals(f)
                        ? Set.of(IndexSchema.TEXT_FOLDED, IndexSchema.TEXT_BIGRAM) : Set.of())
                // passages are lines (OCR text keeps the scan's line breaks), joined up to ~160 characters:
                // much cheaper than a sentence break iterator on long documents
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), 160, 0.3f))
                // fuzzy alternatives are not marked (their words are marked through the other fields)
                .withHandleMultiTermQuery(false)
                .withMaxLength(4_000_000)
                .withScorer(new ProximityPassageScorer())
                .withFormatter(new Formatter()));
    }

    /**
     * Snippets for the given Lucene doc ids, same order; null entries when a record has no text.
     * Marks the matches of {@code preferred} (the exact-field query) where it has any, else of {@code query}.
     */
    Snippet[] snippets(Query query, Query preferred, int[] docIds) throws IOException {
        if (preferred == null) return snippets(query, docIds);
        Snippet[] first = snippets(preferred, docIds);
        int[] again = java.util.stream.IntStream.range(0, docIds.length)
                .filter(i -> first[i] == null || first[i].matches() == 0).toArray();
        if (again.length == 0) return first;
        int[] againIds = java.util.Arrays.stream(again).map(i -> docIds[i]).toArray();
        Snippet[] second = snippets(query, againIds);
        for (int j = 0; j < again.length; j++) first[again[j]] = second[j];
        return first;
    }

    /** Snippets for the given Lucene doc ids, same order; null entries when a record has no text. */
    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) return new Snippet[0];
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {IndexSchema.TEXT}, query, docIds,
                new int[] {CANDIDATES});
        Object[] objects = byField.get(IndexSchema.TEXT);
        Snippet[] out = new Snippet[docIds.length];
        for (int i = 0; i < out.length; i++) out[i] = (Snippet) objects[i];
        return out;
    }

    /**
     * Ranks the candidate passages ({@link MatchedPassage#BEST_FIRST}: whole phrases first, "Căn cứ …"
     * and header boilerplate last), keeps the best {@link #PASSAGES}, best first, marks their phrases and clips long
     * passages around their longest phrase.
     */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) return null;
            List<MatchedPassage> ranked = MatchedPassage.joined(content, passages);
            ranked.sort(MatchedPassage.BEST_FIRST);
            List<MatchedPassage> kept = new ArrayList<>(PASSAGES);
            MatchedPassage best = ranked.get(0);
            kept.add(best);
            for (MatchedPassage p : ranked.subList(1, ranked.size())) {
                if (kept.size() == PASSAGES) break;
                // more passages only where they add a phrase, or where the best has none; boilerplate never
                if (!p.boilerplate && (p.longestRun >= 2 || best.longestRun < 2)) kept.add(p);
            }
            StringBuilder sb = new StringBuilder();
            int matches = 0;
            for (MatchedPassage p : kept) {
                matches += p.runs.size();
                int[] shown = p.shown(content);
                if (sb.length() > 0) sb.append(' ').append(ELLIPSIS).append(' ');
                sb.append(formatPassage(p, shown[0], shown[1], content));
            }
            int firstStart = best.shown(content)[0];
            int breaks = 0;
            for (int i = 0; i < firstStart && i < content.length(); i++) if (content.charAt(i) == '\f') breaks++;
            String text = sb.toString().replaceAll("\\s+", " ");
            text = text.replace(ELLIPSIS + " " + ELLIPSIS, ELLIPSIS); // a clipped passage after the passage separator
            return new Snippet(text.strip(), firstStart, breaks, matches);
        }

        private static String formatPassage(MatchedPassage p, int start, int end, String content) {
            if (end - start > MAX_PASSAGE_CHARS) {
                start = Math.max(start, Math.min(p.anchor, end) - MAX_PASSAGE_CHARS / 3);
                end = Math.min(end, start + MAX_PASSAGE_CHARS);
            }
            // a phrase is never cut in two; the ends move to a clause start and end where one is near
            start = p.outsideRun(start, true);
            end = p.outsideRun(end, false);
            int from = MatchedPassage.clauseStartBefore(content, start, REACH);
            boolean clipStart = from < 0;
            start = clipStart ? MatchedPassage.wordStart(content, start, 0) : from;
            int to = MatchedPassage.clauseEndAfter(content, end, REACH);
            boolean clipEnd = to < 0;
            end = clipEnd ? MatchedPassage.wordEnd(content, end, content.length()) : to;
            StringBuilder sb = new StringBuilder();
            if (clipStart) sb.append(ELLIPSIS).append(' ');
            int pos = start;
            for (MatchedPassage.Run r : p.marked()) {
                int ms = Math.max(r.start(), pos);
                int me = Math.min(r.end(), end);
                if (me <= ms) continue;
                sb.append(content, pos, ms).append(SearchHit.MARK_START).append(content, ms, me).append(SearchHit.MARK_END);
                pos = me;
            }
            sb.append(content, pos, end);
            if (clipEnd) sb.append(' ').append(ELLIPSIS);
            return sb.toString();
        }
    }
}
