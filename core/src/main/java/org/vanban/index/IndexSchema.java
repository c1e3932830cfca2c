package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Field names and analysis of the vanban Lucene index.
 *
 * <p>Each ingested document gives one record with {@code rec=document} and one record per
 * section with {@code rec=section}. Both carry {@link #DOC_ID} (the document id) so a document
 * and its sections are replaced or deleted together, and both carry the document's filter fields
 * (type, year, locality) so sections can be filtered on their own.
 */
public final class IndexSchema {
    private IndexSchema() {}

    /** Record kind: {@link #REC_DOCUMENT} or {@link #REC_SECTION}. Keyword, stored. */
    public static final String REC = "rec";
    public static final String REC_DOCUMENT = "document";
    public static final String REC_SECTION = "section";
    /** A target clause (chỉ tiêu) of {@link org.vanban.model.Extraction#targets()}: id {@code <docId>/t<n>}. */
    public static final String REC_TARGET = "target";
    /** A task assignment of {@link org.vanban.model.Extraction#tasks()}: id {@code <docId>/k<n>}. */
    public static final String REC_TASK = "task";

    /** Record id: the document id, or {@code <docId>/s<n>} for the n-th section (1-based). Keyword, stored. */
    public static final String ID = "id";
    /** Id of the owning document on every record (equals {@link #ID} on document records). Keyword + doc values. */
    public static final String DOC_ID = "doc_id";
    /** Document id on section records. Keyword, stored. */
    public static final String PARENT_ID = "parent_id";
    /** SHA-256 hex of the source file, on every record. Keyword, stored. */
    public static final String SHA256 = "sha256";
    public static final String SOURCE_PATH = "source_path";
    public static final String MEDIA_TYPE = "media_type";
    /** {@link org.vanban.model.DocType#key()}, e.g. "ke-hoach". Keyword, stored, sorted doc values. */
    public static final String TYPE = "type";
    /** Document number as written ("39/KH-UBND"), stored; {@link #NUMBER_KEY} holds it folded. */
    public static final String NUMBER = "number";
    public static final String NUMBER_KEY = "number_key";
    /** ISO date, possibly partial. Stored, keyword. */
    public static final String DATE = "date";
    /** Year of issue: IntPoint (when known) + stored + numeric doc values (0 when unknown). */
    public static final String YEAR = "year";
    /** Issuer, stored and analysed with folding. */
    public static final String ISSUER = "issuer";
    /** Title (trích yếu), stored on every record (not indexed: see {@link #TITLE_TEXT}). */
    public static final String TITLE = "title";
    /** Title and number on document records: exact, folded and bigram analysed, not stored. */
    public static final String TITLE_TEXT = "title_text";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String TITLE_BIGRAM = "title_bigram";
    /** Name of the resolved locality (or place of issue when unresolved). Stored. */
    public static final String LOCALITY = "locality";
    /** All names: unit, district, province, current units, place. Stored, multi-valued. */
    public static final String LOCALITY_NAMES = "locality_names";
    /** Folded keys of every locality name and code, with and without unit prefix ("phuoc long"). */
    public static final String LOCALITY_KEY = "locality_key";
    /** {@link org.vanban.model.SectionKind#key()} on section records. Keyword, stored. */
    public static final String SECTION_KIND = "section_kind";
    public static final String SECTION_NUMBER = "section_number";
    public static final String HEADING = "heading";
    /** First page of the record (section heading page; 1 for documents). Stored. */
    public static final String PAGE = "page";
    /** Body text: exact analysis, stored (the highlighter reads it), offsets in postings. */
    public static final String TEXT = "text";
    /** Body text, folded (no diacritics), offsets in postings, not stored. */
    public static final String TEXT_FOLDED = "text_folded";
    /** Body text, folded syllable bigrams, offsets in postings, not stored. */
    public static final String TEXT_BIGRAM = "text_bigram";
    /** Keys of the documents cited ({@link org.vanban.model.LegalReference#key()}, normalised by {@link #citeKey}), every record. */
    public static final String CITES = "cites";
    /** Locality facet paths ({@code old/Tỉnh X/Huyện Y}, {@code new/Tỉnh Z/Xã W}) and all their prefixes. Keyword. */
    public static final String LOCALITY_PATH = "locality_path";
    /** Province at the document's date, stored (tables and CSV). */
    public static final String PROVINCE = "province";
    /** Target clause parts, stored on target records. */
    public static final String METRIC = "metric";
    public static final String COMPARATOR = "comparator";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String DEADLINE = "deadline";
    /** Task assignment parts, stored on task records (the task itself is {@link #TEXT}). */
    public static final String LEAD = "lead";
    public static final String PARTNERS = "partners";
    public static final String TIMEFRAME = "timeframe";

    /** Facet dimensions: sorted-set doc values named {@code facet_<dim>}. */
    public static final String FACET_PREFIX = "facet_";
    public static final String DIM_LOCALITY = "locality";
    public static final String DIM_LOCALITY_NEW = "locality_new";
    public static final String DIM_TYPE = "type";
    public static final String DIM_YEAR = "year";
    public static final String DIM_SECTION = "section";
    public static final String DIM_ISSUER = "issuer";
    public static final List<String> DIMENSIONS = List.of(DIM_LOCALITY, DIM_LOCALITY_NEW, DIM_TYPE, DIM_YEAR,
            DIM_SECTION, DIM_ISSUER);
    /** Separator of locality facet paths. */
    public static final String PATH_SEPARATOR = "/";
    public static final String PATH_OLD = "old";
    public static final String PATH_NEW = "new";

    /** The whole {@link org.vanban.model.VanbanDocument} as gzipped JSON, on document records. */
    public static final String JSON = "json";

    private static final Analyzer EXACT = new VietnameseExactAnalyzer();
    private static final Analyzer FOLDING = new VietnameseFoldingAnalyzer();
    private static final Analyzer BIGRAM = new VietnameseBigramAnalyzer();

    /** Analyzer for indexing and querying: per field, keyword for everything not listed. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TEXT, EXACT, TITLE_TEXT, EXACT,
                TEXT_FOLDED, FOLDING, TITLE_FOLDED, FOLDING, ISSUER, FOLDING,
                TEXT_BIGRAM, BIGRAM, TITLE_BIGRAM, BIGRAM));
    }

    private static final Analyzer QUERY = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            TEXT, VietnameseExactAnalyzer.withSynonyms(), TITLE_TEXT, VietnameseExactAnalyzer.withSynonyms(),
            TEXT_FOLDED, VietnameseFoldingAnalyzer.withSynonyms(), TITLE_FOLDED, VietnameseFoldingAnalyzer.withSynonyms(),
            ISSUER, VietnameseFoldingAnalyzer.withSynonyms(),
            TEXT_BIGRAM, BIGRAM, TITLE_BIGRAM, BIGRAM));

    /** Analyzer for parsing queries: like {@link #analyzer()} with abbreviations expanded both ways. */
    public static Analyzer queryAnalyzer() {
        return QUERY;
    }

    /** Normalised key of a cited document number: folded, upper case, no spaces ("76/nq-cp" → "76/NQ-CP"). */
    public static String citeKey(String number) {
        if (number == null) return "";
        String d = org.vanban.vi.Fold.strip(number.strip());
        return d.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "").replace('–', '-');
    }

    /** Unit prefixes dropped to make the short locality key ("thi xa phuoc long" → "phuoc long"). */
    private static final List<String> UNIT_PREFIXES = List.of(
            "thanh pho ", "thi xa ", "thi tran ", "tinh ", "huyen ", "quan ", "phuong ", "xa ", "dac khu ", "tp ");

    /** Folded form of a phrase: syllables without diacritics, lower case, one space apart. */
    public static String fold(String s) {
        if (s == null || s.isBlank()) return "";
        List<String> out = new ArrayList<>();
        try (TokenStream ts = FOLDING.tokenStream(TEXT_FOLDED, s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", out);
    }

    /**
     * Keys under which a locality name or code can be found: the folded name, and the folded
     * name without its unit prefix ("Thị xã Phước Long" → "thi xa phuoc long", "phuoc long").
     */
    public static List<String> localityKeys(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) return List.of();
        List<String> keys = new ArrayList<>(List.of(folded));
        for (String prefix : UNIT_PREFIXES) {
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                keys.add(folded.substring(prefix.length()));
                break;
            }
        }
        return keys;
    }
}
