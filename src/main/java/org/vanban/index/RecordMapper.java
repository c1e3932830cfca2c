package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Section;
import org.vanban.model.VanbanDocument;

/** Turns a {@link VanbanDocument} into its Lucene records: the document record, then one per section. */
final class RecordMapper {
    private RecordMapper() {}

    /** Analysed text with offsets in the postings (for the highlighter), optionally stored. */
    private static final FieldType TEXT_STORED = textType(true);
    private static final FieldType TEXT_UNSTORED = textType(false);

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.setStored(stored);
        t.freeze();
        return t;
    }

    static List<Document> records(VanbanDocument doc) {
        if (doc.id() == null || doc.id().isBlank()) {
            throw new IllegalArgumentException("document has no id (source " + doc.sourcePath() + ")");
        }
        List<Document> out = new ArrayList<>();
        Document d = common(doc);
        d.add(new StringField(REC, REC_DOCUMENT, Field.Store.YES));
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(PAGE, 1));
        addText(d, documentText(doc));
        addTitle(d, doc.header().title());
        addTitle(d, doc.header().number()); // so "39/KH-UBND" finds the document even if the text lacks it
        d.add(new StoredField(JSON, DocumentJson.toBytes(doc)));
        out.add(d);
        List<Section> sections = doc.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Document r = common(doc);
            r.add(new StringField(REC, REC_SECTION, Field.Store.YES));
            r.add(new StringField(ID, doc.id() + "/s" + (i + 1), Field.Store.YES));
            r.add(new StringField(PARENT_ID, doc.id(), Field.Store.YES));
            r.add(new StringField(SECTION_KIND, s.kind() == null ? "" : s.kind().key(), Field.Store.YES));
            r.add(new StoredField(SECTION_NUMBER, s.number()));
            r.add(new StoredField(HEADING, s.heading()));
            r.add(new StoredField(PAGE, s.page()));
            addText(r, s.heading().isBlank() ? s.text() : s.heading() + "\n" + s.text());
            out.add(r);
        }
        return out;
    }

    /** Repaired page text; the sections' text when there are no pages. */
    static String documentText(VanbanDocument doc) {
        if (!doc.pages().isEmpty()) return doc.text();
        StringBuilder sb = new StringBuilder();
        for (Section s : doc.sections()) {
            if (!s.heading().isBlank()) sb.append(s.heading()).append('\n');
            sb.append(s.text()).append('\n');
        }
        return sb.toString();
    }

    /** Fields shared by the document record and its section records. */
    private static Document common(VanbanDocument doc) {
        Header h = doc.header();
        Document d = new Document();
        d.add(new StringField(DOC_ID, doc.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(DOC_ID, new BytesRef(doc.id())));
        d.add(new StringField(SHA256, nz(doc.sha256()), Field.Store.YES));
        d.add(new StoredField(SOURCE_PATH, nz(doc.sourcePath())));
        d.add(new StringField(MEDIA_TYPE, nz(doc.mediaType()), Field.Store.YES));
        d.add(new StringField(TYPE, h.type().key(), Field.Store.YES));
        d.add(new SortedDocValuesField(TYPE, new BytesRef(h.type().key())));
        d.add(new StoredField(NUMBER, h.number()));
        if (!h.number().isBlank()) d.add(new StringField(NUMBER_KEY, IndexSchema.fold(h.number()), Field.Store.NO));
        d.add(new StringField(DATE, h.date(), Field.Store.YES));
        int year = h.year();
        d.add(new IntPoint(YEAR, year)); // 0 when unknown: never inside a year range
        d.add(new StoredField(YEAR, year));
        d.add(new NumericDocValuesField(YEAR, year));
        d.add(new TextField(ISSUER, h.issuer(), Field.Store.YES));
        d.add(new StoredField(TITLE, h.title()));
        addLocality(d, doc.locality(), h.place());
        return d;
    }

    private static void addLocality(Document d, Locality loc, String place) {
        d.add(new StoredField(LOCALITY, loc.isKnown() || !loc.name().isBlank() ? loc.name() : place));
        Set<String> names = new LinkedHashSet<>();
        names.add(loc.name());
        names.add(loc.districtName());
        names.add(loc.provinceName());
        names.addAll(loc.currentNames());
        names.add(place);
        names.removeIf(String::isBlank);
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            d.add(new StoredField(LOCALITY_NAMES, n));
            keys.addAll(IndexSchema.localityKeys(n));
        }
        keys.add(loc.code());
        keys.add(loc.provinceCode());
        keys.addAll(loc.currentCodes());
        keys.removeIf(String::isBlank);
        for (String k : keys) d.add(new StringField(LOCALITY_KEY, k, Field.Store.NO));
    }

    private static void addText(Document d, String text) {
        d.add(new Field(TEXT, text, TEXT_STORED));
        d.add(new Field(TEXT_FOLDED, text, TEXT_UNSTORED));
        d.add(new Field(TEXT_BIGRAM, text, TEXT_UNSTORED));
    }

    private static void addTitle(Document d, String title) {
        if (title.isBlank()) return;
        d.add(new TextField(TITLE_TEXT, title, Field.Store.NO));
        d.add(new TextField(TITLE_FOLDED, title, Field.Store.NO));
        d.add(new TextField(TITLE_BIGRAM, title, Field.Store.NO));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
