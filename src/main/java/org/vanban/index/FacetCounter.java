package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts facet values of the matching records from their {@code facet_<dim>} sorted-set doc values.
 * Document-level dimensions count each document once: the records of a document are one block of
 * consecutive Lucene ids, so a document's matching records arrive one after the other and only the
 * first is counted. The section dimension counts matching section records.
 */
final class FacetCounter extends SimpleCollector {
    /** Most values returned for a flat dimension and for the children of one locality node. */
    static final int MAX_VALUES = 60;

    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final List<String> dims = DIMENSIONS;
    private SortedSetDocValues[] values;
    private int[][] segmentCounts;
    private SortedDocValues docIds;
    private int lastDocOrd;
    private long documents;

    FacetCounter() {
        for (String d : dims) counts.put(d, new HashMap<>());
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = new SortedSetDocValues[dims.size()];
        segmentCounts = new int[dims.size()][];
        for (int i = 0; i < dims.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), FACET_PREFIX + dims.get(i));
            segmentCounts[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
        }
        docIds = DocValues.getSorted(context.reader(), DOC_ID);
        lastDocOrd = -2;
    }

    @Override
    public void collect(int doc) throws IOException {
        int docOrd = docIds.advanceExact(doc) ? docIds.ordValue() : -1;
        boolean firstOfDocument = docOrd != lastDocOrd || docOrd < 0;
        lastDocOrd = docOrd;
        if (firstOfDocument) documents++;
        for (int i = 0; i < dims.size(); i++) {
            boolean perRecord = DIM_SECTION.equals(dims.get(i));
            if (!perRecord && !firstOfDocument) continue;
            SortedSetDocValues v = values[i];
            if (!v.advanceExact(doc)) continue;
            for (int k = 0, n = v.docValueCount(); k < n; k++) segmentCounts[i][(int) v.nextOrd()]++;
        }
    }

    private void flush() throws IOException {
        if (values == null) return;
        for (int i = 0; i < dims.size(); i++) {
            Map<String, Long> target = counts.get(dims.get(i));
            int[] c = segmentCounts[i];
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) target.merge(values[i].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
            }
        }
        values = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The counts, once the search is done. */
    FacetResults results() throws IOException {
        flush();
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String d : dims) {
            Map<String, Long> c = counts.get(d);
            if (DIM_LOCALITY.equals(d)) out.put(d, tree(c, PATH_OLD));
            else if (DIM_LOCALITY_NEW.equals(d)) out.put(d, tree(c, PATH_NEW));
            else out.put(d, flat(c, DIM_YEAR.equals(d)));
        }
        return new FacetResults(documents, out);
    }

    private static List<FacetValue> flat(Map<String, Long> c, boolean byValueDescending) {
        Comparator<Map.Entry<String, Long>> order = byValueDescending
                ? Map.Entry.<String, Long>comparingByKey().reversed()
                : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
        return c.entrySet().stream().sorted(order).limit(MAX_VALUES)
                .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), List.of())).toList();
    }

    /** Locality paths as a tree under {@code root}. */
    private static List<FacetValue> tree(Map<String, Long> c, String root) {
        Map<String, List<String>> childrenOf = new HashMap<>();
        for (String path : c.keySet()) {
            int cut = path.lastIndexOf(PATH_SEPARATOR);
            if (cut > 0) childrenOf.computeIfAbsent(path.substring(0, cut), k -> new ArrayList<>()).add(path);
        }
        return node(root, c, childrenOf);
    }

    private static List<FacetValue> node(String parent, Map<String, Long> c, Map<String, List<String>> childrenOf) {
        List<String> kids = childrenOf.getOrDefault(parent, List.of());
        return kids.stream()
                .sorted(Comparator.<String, Long>comparing(c::get).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(MAX_VALUES)
                .map(p -> new FacetValue(p, LocalityPaths.leaf(p), c.get(p), node(p, c, childrenOf)))
                .toList();
    }
}
