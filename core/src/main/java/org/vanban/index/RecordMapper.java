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
import org.apache.lucene.document.SortedSetDocValuesField;
import org.vanban.model.Header;
import org.vanban.model.LegalReference;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
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
        Document shared = common(doc); // computed once; its (immutable) fields go on every record
        Document d = copy(shared);
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
            Document r = copy(shared);
            r.add(new StringField(REC, REC_SECTION, Field.Store.YES));
            r.add(new StringField(ID, doc.id() + "/s" + (i + 1), Field.Store.YES));
            r.add(new StringField(PARENT_ID, doc.id(), Field.Store.YES));
            r.add(new StringField(SECTION_KIND, s.kind() == null ? "" : s.kind().key(), Field.Store.YES));
            r.add(new StoredField(SECTION_NUMBER, s.number()));
            r.add(new StoredField(HEADING, s.heading()));
            r.add(new StoredField(PAGE, s.page()));
            addText(r, s.heading().isBlank() ? s.text() : s.heading() + "\n" + s.text());
            if (s.kind() != null) facet(r, DIM_SECTION, s.kind().key());
            out.add(r);
        }
        List<TargetClause> targets = doc.extraction().targets();
        for (int i = 0; i < targets.size(); i++) out.add(target(doc, copy(shared), targets.get(i), i + 1));
        List<TaskAssignment> tasks = doc.extraction().tasks();
        for (int i = 0; i < tasks.size(); i++) out.add(task(doc, copy(shared), tasks.get(i), i + 1));
        return out;
    }

    private static Document copy(Document shared) {
        Document d = new Document();
        shared.forEach(d::add);
        return d;
    }

    private static Document target(VanbanDocument doc, Document r, TargetClause t, int n) {
        r.add(new StringField(REC, REC_TARGET, Field.Store.YES));
        r.add(new StringField(ID, doc.id() + "/t" + n, Field.Store.YES));
        r.add(new StringField(PARENT_ID, doc.id(), Field.Store.YES));
        String kind = t.sectionKind() == null ? "" : t.sectionKind().key();
        r.add(new StringField(SECTION_KIND, kind, Field.Store.YES));
        r.add(new StoredField(METRIC, nz(t.metric())));
        r.add(new StoredField(COMPARATOR, nz(t.comparator())));
        r.add(new StoredField(VALUE, nz(t.value())));
        r.add(new StoredField(UNIT, nz(t.unit())));
        r.add(new StoredField(DEADLINE, nz(t.deadline())));
        r.add(new StoredField(PAGE, Math.max(1, t.page())));
        addText(r, nz(t.sentence()));
        return r;
    }

    private static Document task(VanbanDocument doc, Document r, TaskAssignment t, int n) {
        r.add(new StringField(REC, REC_TASK, Field.Store.YES));
        r.add(new StringField(ID, doc.id() + "/k" + n, Field.Store.YES));
        r.add(new StringField(PARENT_ID, doc.id(), Field.Store.YES));
        r.add(new StoredField(HEADING, nz(t.task())));
        r.add(new StoredField(LEAD, nz(t.lead())));
        r.add(new StoredField(PARTNERS, String.join("; ", t.partners())));
        r.add(new StoredField(TIMEFRAME, nz(t.timeframe())));
        r.add(new StoredField(PAGE, Math.max(1, t.page())));
        StringBuilder text = new StringBuilder(nz(t.task()));
        if (!nz(t.lead()).isBlank()) text.append("\n").append(t.lead());
        for (String p : t.partners()) text.append("\n").append(p);
        addText(r, text.toString());
        return r;
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
        d.add(new StoredField(PROVINCE, doc.locality().provinceName()));
        addLocality(d, doc.locality(), h.place());
        for (String key : citeKeys(doc)) d.add(new StringField(CITES, key, Field.Store.NO));
        facet(d, DIM_TYPE, h.type().key());
        if (year > 0) facet(d, DIM_YEAR, Integer.toString(year));
        String issuer = issuerLabel(h.issuer());
        if (!issuer.isEmpty()) facet(d, DIM_ISSUER, issuer);
        for (String path : LocalityPaths.paths(doc.locality())) {
            d.add(new StringField(LOCALITY_PATH, path, Field.Store.NO));
            facet(d, path.startsWith(PATH_NEW + PATH_SEPARATOR) ? DIM_LOCALITY_NEW : DIM_LOCALITY, path);
        }
        return d;
    }

    private static void facet(Document d, String dim, String value) {
        d.add(new SortedSetDocValuesField(FACET_PREFIX + dim, new BytesRef(value)));
    }

    private static Set<String> citeKeys(VanbanDocument doc) {
        Set<String> keys = new LinkedHashSet<>();
        for (LegalReference r : doc.extraction().references()) {
            String k = IndexSchema.citeKey(r.key() == null || r.key().isBlank() ? r.number() : r.key());
            if (!k.isEmpty()) keys.add(k);
        }
        return keys;
    }

    /** Issuer as a facet label: spaces collapsed, an all-capitals issuer put in sentence case. */
    static String issuerLabel(String issuer) {
        String s = nz(issuer).replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) return s;
        if (s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            s = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return s;
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

    static void addText(Document d, String text) {
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
