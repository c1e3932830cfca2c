package org.vanban.index;

import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/**
 * A search over the index. Null (or blank) filters mean no filter.
 *
 * @param query    query text: words (all required), "phrases", -exclusions, OR, parentheses;
 *                 with or without diacritics. Null or blank lists everything that passes the filters
 * @param section  only sections of this kind (hits are then sections, not whole documents)
 * @param type     only documents of this type
 * @param locality only documents of this locality, any level, old or new name, with or without
 *                 diacritics or unit prefix ("phuoc long", "Thị xã Phước Long", "Đồng Nai"), or a GSO code
 * @param yearFrom first year, inclusive
 * @param yearTo   last year, inclusive
 * @param limit    maximum number of hits, at least 1
 */
public record SearchRequest(String query, SectionKind section, DocType type, String locality,
                            Integer yearFrom, Integer yearTo, int limit) {
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range is empty: " + yearFrom + " > " + yearTo);
        }
        query = query == null ? "" : query.strip();
        locality = locality == null || locality.isBlank() ? null : locality.strip();
    }

    /** A plain query with no filters and {@link #DEFAULT_LIMIT} hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
