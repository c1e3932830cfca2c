package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What facet counting needs to know about one index reader, built once per reader (like Lucene's
 * {@code SortedSetDocValuesReaderState}, which is too costly to build per query): for each facet
 * dimension the map from segment ordinals to global ordinals, the value of each global ordinal and,
 * for the locality trees, the parent path of each value. Immutable, shared by all searches of the reader.
 */
final class FacetState {
    /** One dimension ({@code facet_<dim>} sorted-set doc values). */
    static final class Dim {
        final String name;
        final String field;
        /** Global ordinal → value, in byte order. */
        final String[] values;
        /** Global ordinal → global ordinal of the parent path (locality trees), -1 at the top or for flat dimensions. */
        final int[] parents;
        /** Null when the reader has one segment (segment ordinals are global). */
        private final OrdinalMap map;

        private Dim(String name, String field, String[] values, int[] parents, OrdinalMap map) {
            this.name = name;
            this.field = field;
            this.values = values;
            this.parents = parents;
            this.map = map;
        }

        /** Segment ordinal → global ordinal for the segment at {@code leafIndex}. */
        LongValues toGlobal(int leafIndex) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafIndex);
        }

        boolean isTree() {
            return DIM_LOCALITY.equals(name) || DIM_LOCALITY_NEW.equals(name);
        }
    }

    /**
     * The facet ordinals of one segment, read once from its doc values into arrays (precomputed
     * ordinals: counting then reads arrays instead of decoding doc values for every match). The
     * records of a document are one block of consecutive ids and share the document-level values, so
     * those are kept once per block; the section dimension is kept per record.
     */
    static final class SegmentOrdinals {
        /** Record → block (document) number in this segment. */
        final int[] blockOf;
        /** Per dimension: start of each unit's ordinals in {@link #ords} (unit = block, or record for per-record dims), one more than units. */
        final int[][] starts;
        /** Per dimension: segment ordinals. */
        final int[][] ords;
        /** Per dimension: number of distinct values in the segment. */
        final int[] valueCounts;

        private SegmentOrdinals(int[] blockOf, int[][] starts, int[][] ords, int[] valueCounts) {
            this.blockOf = blockOf;
            this.starts = starts;
            this.ords = ords;
            this.valueCounts = valueCounts;
        }

        static SegmentOrdinals read(org.apache.lucene.index.LeafReader leaf) throws IOException {
            int maxDoc = leaf.maxDoc();
            int[] blockOf = new int[maxDoc];
            org.apache.lucene.index.SortedDocValues docIds = DocValues.getSorted(leaf, DOC_ID);
            int blocks = 0;
            int lastOrd = -2;
            int[] firstRecord = new int[Math.max(1, maxDoc)];
            for (int doc = 0; doc < maxDoc; doc++) {
                int ord = docIds.advanceExact(doc) ? docIds.ordValue() : -1;
                if (ord != lastOrd || ord < 0) firstRecord[blocks++] = doc;
                blockOf[doc] = blocks - 1;
                lastOrd = ord;
            }
            List<String> names = DIMENSIONS;
            int[][] starts = new int[names.size()][];
            int[][] ords = new int[names.size()][];
            int[] valueCounts = new int[names.size()];
            for (int d = 0; d < names.size(); d++) {
                boolean perRecord = perRecord(names.get(d));
                int units = perRecord ? maxDoc : blocks;
                SortedSetDocValues values = DocValues.getSortedSet(leaf, FACET_PREFIX + names.get(d));
                valueCounts[d] = (int) values.getValueCount();
                int[] start = new int[units + 1];
                org.apache.lucene.util.IntsRefBuilder out = new org.apache.lucene.util.IntsRefBuilder();
                for (int u = 0; u < units; u++) {
                    start[u] = out.length();
                    int doc = perRecord ? u : firstRecord[u];
                    if (values.advanceExact(doc)) {
                        for (int k = 0, n = values.docValueCount(); k < n; k++) out.append((int) values.nextOrd());
                    }
                }
                start[units] = out.length();
                starts[d] = start;
                ords[d] = java.util.Arrays.copyOf(out.ints(), out.length());
            }
            return new SegmentOrdinals(blockOf, starts, ords, valueCounts);
        }
    }

    /** Whether a dimension is counted per record (sections) rather than once per document. */
    static boolean perRecord(String dim) {
        return DIM_SECTION.equals(dim);
    }

    final IndexReader.CacheKey key;
    final Dim[] dims;
    /** Per leaf (in reader order) its precomputed ordinals. */
    final SegmentOrdinals[] segments;

    private FacetState(IndexReader.CacheKey key, Dim[] dims, SegmentOrdinals[] segments) {
        this.key = key;
        this.dims = dims;
        this.segments = segments;
    }

    /** Builds the state of a reader without reusing anything. */
    static FacetState build(IndexReader reader) throws IOException {
        return build(reader, new java.util.HashMap<>());
    }

    /**
     * Builds the state of a reader: reads the values of every dimension once; the ordinals of
     * segments already in {@code segmentCache} (by segment core) are reused, new ones are added.
     */
    static FacetState build(IndexReader reader, Map<IndexReader.CacheKey, SegmentOrdinals> segmentCache) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        List<String> names = DIMENSIONS;
        Dim[] dims = new Dim[names.size()];
        List<LeafReaderContext> leaves = reader.leaves();
        for (int d = 0; d < dims.length; d++) {
            String field = FACET_PREFIX + names.get(d);
            SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) perLeaf[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            OrdinalMap map = perLeaf.length <= 1 ? null : OrdinalMap.build(key, perLeaf, PackedInts.DEFAULT);
            long count = map == null ? (perLeaf.length == 0 ? 0 : perLeaf[0].getValueCount()) : map.getValueCount();
            if (count > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many values in facet " + field + ": " + count);
            String[] values = new String[(int) count];
            for (int g = 0; g < values.length; g++) {
                int leaf = map == null ? 0 : map.getFirstSegmentNumber(g);
                long ord = map == null ? g : map.getFirstSegmentOrd(g);
                // a fresh iterator per lookup is not needed: lookupOrd does not move the iterator
                values[g] = perLeaf[leaf].lookupOrd(ord).utf8ToString();
            }
            int[] parents = new int[values.length];
            Arrays.fill(parents, -1);
            Dim dim = new Dim(names.get(d), field, values, parents, map);
            if (dim.isTree()) {
                for (int g = 0; g < values.length; g++) {
                    int cut = values[g].lastIndexOf(PATH_SEPARATOR);
                    // values are sorted, so the parent (a prefix) has a smaller ordinal
                    parents[g] = cut <= 0 ? -1 : Math.max(-1, Arrays.binarySearch(values, 0, g, values[g].substring(0, cut),
                            FacetState::compareUtf8));
                }
            }
            dims[d] = dim;
        }
        SegmentOrdinals[] segments = new SegmentOrdinals[leaves.size()];
        for (int i = 0; i < segments.length; i++) {
            org.apache.lucene.index.LeafReader leaf = leaves.get(i).reader();
            IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
            if (core == null) {
                segments[i] = SegmentOrdinals.read(leaf);
                continue;
            }
            SegmentOrdinals cached = segmentCache.get(core.getKey());
            if (cached == null) {
                cached = SegmentOrdinals.read(leaf);
                if (segmentCache.putIfAbsent(core.getKey(), cached) == null) core.addClosedListener(segmentCache::remove);
            }
            segments[i] = cached;
        }
        return new FacetState(key, dims, segments);
    }

    /** Orders strings as their UTF-8 bytes (the order of doc-values ordinals). */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == y) continue;
            // UTF-16 order differs from code point (= UTF-8) order only for surrogates vs U+E000..U+FFFF
            boolean xs = Character.isSurrogate(x);
            boolean ys = Character.isSurrogate(y);
            if (xs != ys) return xs ? 1 : -1;
            return Character.compare(x, y);
        }
        return Integer.compare(a.length(), b.length());
    }

    /** The index of a dimension in {@link #dims}. */
    static int indexOf(String dim) {
        int i = DIMENSIONS.indexOf(dim);
        if (i < 0) throw new IllegalArgumentException("no facet dimension " + dim);
        return i;
    }
}
