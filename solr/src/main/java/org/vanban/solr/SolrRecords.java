package org.vanban.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;
import org.vanban.index.IndexRecords;
import org.vanban.model.VanbanDocument;

/**
 * The Solr documents of a {@link VanbanDocument}: the very records the embedded index writes
 * ({@link IndexRecords#records}), field by field, so both backends index the same values. A value is taken from the
 * field that indexes or stores it; doc-values-only fields are the facet dimensions (facet_*); points and the doc
 * values of indexed fields are Solr's to make from the schema (year is a point, stored, with doc values there too).
 */
final class SolrRecords {
    /** The write that added a record, so a later write of the same file can delete what it did not rewrite. */
    static final String BATCH = "batch";

    private SolrRecords() {}

    static List<SolrInputDocument> of(VanbanDocument doc) {
        List<SolrInputDocument> out = new ArrayList<>();
        for (Document d : IndexRecords.records(doc)) {
            SolrInputDocument s = new SolrInputDocument();
            for (IndexableField f : d) {
                Object v = value(f);
                if (v != null) s.addField(f.name(), v);
            }
            out.add(s);
        }
        return out;
    }

    private static Object value(IndexableField f) {
        IndexableFieldType t = f.fieldType();
        boolean indexedOrStored = t.stored() || t.indexOptions() != IndexOptions.NONE;
        if (!indexedOrStored) {
            if (t.docValuesType() != DocValuesType.SORTED_SET) return null;
            return f.binaryValue().utf8ToString();
        }
        if (f.numericValue() != null) return f.numericValue();
        if (f.stringValue() != null) return f.stringValue();
        BytesRef b = f.binaryValue();
        if (b == null) return null;
        byte[] copy = new byte[b.length];
        System.arraycopy(b.bytes, b.offset, copy, 0, b.length);
        return copy;
    }
}
