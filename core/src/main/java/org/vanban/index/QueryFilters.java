package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/**
 * Filters shared by the query language ({@code type: section: locality: year: issuer: cites:}) and
 * the filter parameters of {@link SearchRequest}. Bad values throw {@link IllegalArgumentException}
 * with a message that names the accepted values.
 */
public final class QueryFilters {
    private QueryFilters() {}

    public static final String F_TYPE = "type";
    public static final String F_SECTION = "section";
    public static final String F_LOCALITY = "locality";
    public static final String F_YEAR = "year";
    public static final String ISSUER_FIELD = "issuer";
    public static final String F_CITES = "cites";
    /** Field names of the query language. */
    public static final Set<String> USER_FIELDS = Set.of(F_TYPE, F_SECTION, F_LOCALITY, F_YEAR, ISSUER_FIELD, F_CITES);

    /** Vietnamese names of section kinds, folded ("muc tieu" → TARGETS). */
    private static final Map<String, SectionKind> SECTION_ALIASES = Map.ofEntries(
            Map.entry("muc dich", SectionKind.PURPOSE), Map.entry("yeu cau", SectionKind.PURPOSE),
            Map.entry("muc tieu", SectionKind.TARGETS), Map.entry("chi tieu", SectionKind.TARGETS),
            Map.entry("nhiem vu", SectionKind.TASKS), Map.entry("giai phap", SectionKind.TASKS),
            Map.entry("to chuc thuc hien", SectionKind.IMPLEMENTATION), Map.entry("trach nhiem", SectionKind.IMPLEMENTATION),
            Map.entry("thuc trang", SectionKind.CONTEXT), Map.entry("ket qua", SectionKind.CONTEXT),
            Map.entry("kinh phi", SectionKind.BUDGET), Map.entry("dieu", SectionKind.ARTICLES),
            Map.entry("phu luc", SectionKind.APPENDIX), Map.entry("noi nhan", SectionKind.RECIPIENTS),
            Map.entry("can cu", SectionKind.PREAMBLE));

    /** The filter for one field of the query language. */
    public static Query fieldFilter(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new IllegalArgumentException(field + ": needs a value");
        return switch (field) {
            case F_TYPE -> new TermQuery(new Term(TYPE, docType(v).key()));
            case F_SECTION -> new TermQuery(new Term(SECTION_KIND, sectionKind(v).key()));
            case F_LOCALITY -> locality(v);
            case F_YEAR -> {
                int[] range = years(v);
                yield years(range[0], range[1]);
            }
            case ISSUER_FIELD -> issuer(v);
            case F_CITES -> cites(v);
            default -> throw new IllegalArgumentException("unknown field '" + field + "'; fields: " + USER_FIELDS);
        };
    }

    /** A document type from its key ("ke-hoach"), label ("Kế hoạch") or abbreviation ("KH"). */
    public static DocType docType(String v) {
        DocType t = DocType.parse(v);
        if (t == DocType.UNKNOWN) {
            throw new IllegalArgumentException("unknown document type '" + v + "'; one of: "
                    + Arrays.stream(DocType.values()).filter(x -> x != DocType.UNKNOWN).map(DocType::key).toList());
        }
        return t;
    }

    /** A section kind from its key ("targets") or Vietnamese name ("mục tiêu", "muc-tieu"). */
    public static SectionKind sectionKind(String v) {
        String folded = IndexSchema.fold(v.replace('-', ' ').replace('_', ' '));
        SectionKind alias = SECTION_ALIASES.get(folded);
        if (alias != null) return alias;
        for (SectionKind k : SectionKind.values()) if (k.key().equals(folded.replace(" ", ""))) return k;
        throw new IllegalArgumentException("unknown section '" + v + "'; one of: "
                + Arrays.stream(SectionKind.values()).map(SectionKind::key).toList() + " or muc-tieu, nhiem-vu, ...");
    }

    /**
     * Documents of a locality: a facet path ({@code old/...}, {@code new/...}), a GSO code, or a name of
     * any level, old or new, with or without diacritics, unit prefix or hyphens ("hai-phong").
     */
    public static Query locality(String v) {
        if (LocalityPaths.isPath(v)) return new TermQuery(new Term(LOCALITY_PATH, v));
        Set<String> keys = new LinkedHashSet<>(IndexSchema.localityKeys(v.replace('-', ' ').replace('_', ' ')));
        keys.add(v);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String k : keys) any.add(new TermQuery(new Term(LOCALITY_KEY, k)), Occur.SHOULD);
        return any.build();
    }

    /** Years from..to inclusive; null bounds are open. */
    public static Query years(Integer from, Integer to) {
        return IntPoint.newRangeQuery(YEAR, from == null ? 1 : from, to == null ? Integer.MAX_VALUE : to);
    }

    /** "2021", "2021..2025", "2021..", "..2025" as {from, to} (null for an open end). */
    public static int[] years(String v) {
        try {
            int dots = v.indexOf("..");
            if (dots < 0) {
                int y = Integer.parseInt(v.strip());
                return new int[] {y, y};
            }
            String a = v.substring(0, dots).strip();
            String b = v.substring(dots + 2).strip();
            int from = a.isEmpty() ? 1 : Integer.parseInt(a);
            int to = b.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(b);
            if (from > to) throw new IllegalArgumentException("year range " + v + " is empty");
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year: must be a year (2021) or a range (2021..2025), was '" + v + "'");
        }
    }

    /** Documents whose issuer has these words in this order (accent-insensitive, abbreviations expanded). */
    public static Query issuer(String v) {
        Query q = new QueryBuilder(IndexSchema.queryAnalyzer()).createPhraseQuery(ISSUER, v);
        if (q == null) throw new IllegalArgumentException("issuer: needs words, e.g. issuer:\"UBND tỉnh Bình Phước\"");
        return q;
    }

    /** Documents citing this number ("76/NQ-CP", any case, with or without accents). */
    public static Query cites(String v) {
        String key = IndexSchema.citeKey(v);
        return key.isEmpty() ? new MatchNoDocsQuery() : new TermQuery(new Term(CITES, key));
    }

    /** The tokens of a text through an analyzer. */
    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
