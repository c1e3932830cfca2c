package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;

/**
 * Counts facet values of the matching records from their {@code facet_<dim>} sorted-set doc values,
 * with drill-sideways counts for the dimensions the search filters on.
 *
 * <p>Document-level dimensions count each document once: the records of a document are one block of
 * consecutive Lucene ids, so a document's matching records arrive one after the other. The section
 * dimension counts matching section records.
 *
 * <p>Drill sideways (as Lucene's {@code DrillSideways}, in one pass): the collector runs over the
 * query <em>without</em> the sideways filters and checks each filter on each record. A record that
 * passes every filter counts in every dimension; a record that fails exactly one filter counts only
 * in that filter's dimensions. So the values of a dimension the user filtered on keep the counts they
 * would have without that filter (choosing a locality still shows the other localities and their
 * counts), while every other dimension counts the fully filtered results.
 */
final class FacetCounter extends SimpleCollector {
    /** Most values returned for a flat dimension and for the children of one locality node. */
    static final int MAX_VALUES = 60;

    /** A filter whose dimensions are counted sideways: {@code dims} are indexes into {@link FacetState#dims}. */
    record Sideways(Weight weight, int[] dims) {}

    private final FacetState state;
    private final Sideways[] sideways;
    private final int nDims;
    private final boolean[] perRecord;
    private final int[][] counts;
    /** Per sideways filter: whether it counts toward dimension d. */
    private final boolean[][] filterDims;

    private int leafIndex = -1;
    private FacetState.SegmentOrdinals segment;
    private int[][] segmentCounts;
    private DocIdSetIterator[] filterIterators;
    private TwoPhaseIterator[] filterTwoPhase;
    /** Per dimension: block (document) last counted in this segment. */
    private int[] lastCounted;
    private int lastFullBlock;
    private long documents;
    private long records;

    FacetCounter(FacetState state, List<Sideways> sideways) {
        this.state = state;
        this.sideways = sideways.toArray(new Sideways[0]);
        this.nDims = state.dims.length;
        this.perRecord = new boolean[nDims];
        this.counts = new int[nDims][];
        for (int d = 0; d < nDims; d++) {
            perRecord[d] = FacetState.perRecord(state.dims[d].name);
            counts[d] = new int[state.dims[d].values.length];
        }
        this.filterDims = new boolean[this.sideways.length][nDims];
        for (int f = 0; f < this.sideways.length; f++) for (int d : this.sideways[f].dims()) filterDims[f][d] = true;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        leafIndex = context.ord;
        segment = state.segments[leafIndex];
        segmentCounts = new int[nDims][];
        for (int d = 0; d < nDims; d++) segmentCounts[d] = new int[segment.valueCounts[d]];
        filterIterators = new DocIdSetIterator[sideways.length];
        filterTwoPhase = new TwoPhaseIterator[sideways.length];
        for (int f = 0; f < sideways.length; f++) {
            Scorer s = sideways[f].weight().scorer(context);
            if (s == null) continue; // matches nothing in this segment
            filterTwoPhase[f] = s.twoPhaseIterator();
            filterIterators[f] = filterTwoPhase[f] == null ? s.iterator() : filterTwoPhase[f].approximation();
        }
        lastCounted = new int[nDims];
        java.util.Arrays.fill(lastCounted, -1);
        lastFullBlock = -1;
    }

    @Override
    public void collect(int doc) throws IOException {
        int missed = -1;
        for (int f = 0; f < sideways.length; f++) {
            if (!matches(f, doc)) {
                if (missed >= 0) return; // fails two filters: counts nowhere
                missed = f;
            }
        }
        int block = segment.blockOf[doc];
        if (missed < 0) {
            records++;
            if (block != lastFullBlock) documents++;
            lastFullBlock = block;
        }
        for (int d = 0; d < nDims; d++) {
            if (missed >= 0 && !filterDims[missed][d]) continue;
            int unit = doc;
            if (!perRecord[d]) {
                if (block == lastCounted[d]) continue;
                lastCounted[d] = block;
                unit = block;
            }
            int[] start = segment.starts[d];
            int[] ords = segment.ords[d];
            int[] c = segmentCounts[d];
            for (int k = start[unit], end = start[unit + 1]; k < end; k++) c[ords[k]]++;
        }
    }

    private boolean matches(int f, int doc) throws IOException {
        DocIdSetIterator it = filterIterators[f];
        if (it == null) return false;
        int at = it.docID();
        if (at < doc) at = it.advance(doc);
        if (at != doc) return false;
        TwoPhaseIterator tp = filterTwoPhase[f];
        return tp == null || tp.matches();
    }

    /** Adds the segment's counts to the global counts. */
    private void flush() {
        if (segment == null) return;
        for (int d = 0; d < nDims; d++) {
            int[] c = segmentCounts[d];
            int[] global = counts[d];
            LongValues toGlobal = state.dims[d].toGlobal(leafIndex);
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) global[(int) toGlobal.get(ord)] += c[ord];
            }
        }
        segment = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Number of records that pass every filter (sections when the search filters on a section kind). */
    long records() {
        return records;
    }

    /** The counts, once the search is done. */
    FacetResults results() {
        flush();
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (int d = 0; d < nDims; d++) {
            FacetState.Dim dim = state.dims[d];
            out.put(dim.name, dim.isTree() ? tree(dim, counts[d]) : flat(dim, counts[d], DIM_YEAR.equals(dim.name)));
        }
        return new FacetResults(documents, out);
    }

    private static List<FacetValue> flat(FacetState.Dim dim, int[] c, boolean byValueDescending) {
        List<Integer> ords = new ArrayList<>();
        for (int g = 0; g < c.length; g++) if (c[g] > 0) ords.add(g);
        Comparator<Integer> order = byValueDescending
                ? Comparator.<Integer, String>comparing(g -> dim.values[g]).reversed()
                : Comparator.<Integer>comparingInt(g -> c[g]).reversed().thenComparing(g -> dim.values[g]);
        return ords.stream().sorted(order).limit(MAX_VALUES)
                .map(g -> new FacetValue(dim.values[g], dim.values[g], c[g], List.of())).toList();
    }

    /** Locality paths as a tree: the children of each counted path are the counted paths whose parent it is. */
    private static List<FacetValue> tree(FacetState.Dim dim, int[] c) {
        Map<Integer, List<Integer>> childrenOf = new java.util.HashMap<>();
        for (int g = 0; g < c.length; g++) {
            if (c[g] > 0) childrenOf.computeIfAbsent(dim.parents[g], k -> new ArrayList<>()).add(g);
        }
        return node(-1, dim, c, childrenOf);
    }

    private static List<FacetValue> node(int parent, FacetState.Dim dim, int[] c, Map<Integer, List<Integer>> childrenOf) {
        List<Integer> kids = childrenOf.getOrDefault(parent, List.of());
        return kids.stream()
                .sorted(Comparator.<Integer>comparingInt(g -> c[g]).reversed().thenComparing(g -> dim.values[g]))
                .limit(MAX_VALUES)
                .map(g -> new FacetValue(dim.values[g], LocalityPaths.leaf(dim.values[g]), c[g], node(g, dim, c, childrenOf)))
                .toList();
    }
}
