package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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

    final IndexReader.CacheKey key;
    final Dim[] dims;

    private FacetState(IndexReader.CacheKey key, Dim[] dims) {
        this.key = key;
        this.dims = dims;
    }

    /** Builds the state of a reader: reads the values of every dimension once. */
    static FacetState build(IndexReader reader) throws IOException {
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
        return new FacetState(key, dims);
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
