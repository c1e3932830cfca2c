package org.vanban.index;

import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/**
 * A search over the index. Null (or blank) filters mean no filter.
 *
 * @param query    query text: words (all required), "phrases", -exclusions, OR, parentheses and the
 *                 fields {@code type: section: locality: year: issuer: cites:} (see {@link VanbanQueryParser});
 *                 with or without diacritics. Null or blank lists everything that passes the filters
 * @param section  only sections of this kind (hits are then sections, not whole documents)
 * @param type     only documents of this type
 * @param locality only documents of this locality, any level, old or new name, with or without
 *                 diacritics or unit prefix ("phuoc long", "Thị xã Phước Long", "Đồng Nai"), a GSO code,
 *                 or a facet path ({@code old/Tỉnh Bình Phước/Thị xã Phước Long}, {@code new/Tỉnh Đồng Nai})
 * @param yearFrom first year, inclusive
 * @param yearTo   last year, inclusive
 * @param limit    maximum number of hits, at least 1
 * @param issuer   only documents whose issuer contains these words (accent-insensitive, abbreviations expanded)
 * @param cites    only documents citing this document number ("76/NQ-CP", case and accents ignored)
 * @param offset   hits to skip (paging), at least 0
 * @param fuzzy    tolerate one wrong letter in long syllables (residual OCR errors)
 */
public record SearchRequest(String query, SectionKind section, DocType type, String locality,
                            Integer yearFrom, Integer yearTo, int limit, String issuer, String cites,
                            int offset, boolean fuzzy) {
    public static final int DEFAULT_LIMIT = 10;
    /** Longest accepted query text, in characters. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** Largest accepted {@code limit + offset}. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be at least 0: " + offset);
        if ((long) limit + offset > MAX_WINDOW) {
            throw new IllegalArgumentException("limit + offset must be at most " + MAX_WINDOW + ": " + (limit + offset));
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range is empty: " + yearFrom + " > " + yearTo);
        }
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is too long: " + query.length() + " characters (at most "
                    + MAX_QUERY_CHARS + ")");
        }
        locality = blankToNull(locality);
        issuer = blankToNull(issuer);
        cites = blankToNull(cites);
    }

    /** The filters of the first version, no paging, fuzzy matching on. */
    public SearchRequest(String query, SectionKind section, DocType type, String locality,
                         Integer yearFrom, Integer yearTo, int limit) {
        this(query, section, type, locality, yearFrom, yearTo, limit, null, null, 0, true);
    }

    /** A plain query with no filters and {@link #DEFAULT_LIMIT} hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public SearchRequest withQuery(String q) {
        return new SearchRequest(q, section, type, locality, yearFrom, yearTo, limit, issuer, cites, offset, fuzzy);
    }

    public SearchRequest withSection(SectionKind k) {
        return new SearchRequest(query, k, type, locality, yearFrom, yearTo, limit, issuer, cites, offset, fuzzy);
    }

    public SearchRequest withType(DocType t) {
        return new SearchRequest(query, section, t, locality, yearFrom, yearTo, limit, issuer, cites, offset, fuzzy);
    }

    public SearchRequest withLocality(String l) {
        return new SearchRequest(query, section, type, l, yearFrom, yearTo, limit, issuer, cites, offset, fuzzy);
    }

    public SearchRequest withYears(Integer from, Integer to) {
        return new SearchRequest(query, section, type, locality, from, to, limit, issuer, cites, offset, fuzzy);
    }

    public SearchRequest withIssuer(String i) {
        return new SearchRequest(query, section, type, locality, yearFrom, yearTo, limit, i, cites, offset, fuzzy);
    }

    public SearchRequest withCites(String c) {
        return new SearchRequest(query, section, type, locality, yearFrom, yearTo, limit, issuer, c, offset, fuzzy);
    }

    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(query, section, type, locality, yearFrom, yearTo, newLimit, issuer, cites, newOffset, fuzzy);
    }

    public SearchRequest withFuzzy(boolean f) {
        return new SearchRequest(query, section, type, locality, yearFrom, yearTo, limit, issuer, cites, offset, f);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
