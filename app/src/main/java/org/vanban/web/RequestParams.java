package org.vanban.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.vanban.index.QueryFilters;
import org.vanban.index.SearchRequest;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/**
 * Reads the search parameters shared by the API endpoints: {@code q, type, section, locality, year
 * (2021 or 2021..2025), issuer, cites, fuzzy (true/false), limit, offset}. Bad values give 400.
 */
public final class RequestParams {
    private RequestParams() {}

    /** Largest page of hits a client may ask for. */
    public static final int MAX_LIMIT = 200;
    /** Longest value of any one parameter, in characters. */
    public static final int MAX_PARAM_CHARS = 1000;
    /** Document ids: 16 hex digits, with "-k" for the k-th part of a compound file. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}(-[0-9]{1,4})?");

    /** The search request of a call; {@code defaultLimit} when no limit is given. */
    public static SearchRequest searchRequest(Context ctx, int defaultLimit) {
        try {
            String q = param(ctx, "q");
            SectionKind section = blank(param(ctx, "section")) ? null : QueryFilters.sectionKind(param(ctx, "section"));
            DocType type = blank(param(ctx, "type")) ? null : QueryFilters.docType(param(ctx, "type"));
            Integer from = null;
            Integer to = null;
            String year = param(ctx, "year");
            if (!blank(year)) {
                int[] range = QueryFilters.years(year);
                from = range[0] <= 1 ? null : range[0];
                to = range[1] == Integer.MAX_VALUE ? null : range[1];
            }
            int limit = intParam(ctx, "limit", defaultLimit, 1, MAX_LIMIT);
            int offset = intParam(ctx, "offset", 0, 0, SearchRequest.MAX_WINDOW - limit);
            boolean fuzzy = !"false".equalsIgnoreCase(param(ctx, "fuzzy"));
            return new SearchRequest(q, section, type, param(ctx, "locality"), from, to, limit,
                    param(ctx, "issuer"), param(ctx, "cites"), offset, fuzzy);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** A document id from the path, checked against the id format (so nothing else reaches the index or disk). */
    public static String documentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("not a document id: '" + shorten(id) + "' (16 hex digits, e.g. a1b2c3d4e5f60001)");
        }
        return id;
    }

    /** A query parameter, stripped, or null; longer than {@link #MAX_PARAM_CHARS} gives 400. */
    public static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        if (v.length() > MAX_PARAM_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is too long: " + v.length() + " characters (at most "
                    + MAX_PARAM_CHARS + ")");
        }
        return v.strip();
    }

    /** A true/false parameter; absent or blank gives {@code dflt}, anything but true/false gives 400. */
    public static boolean booleanParam(Context ctx, String name, boolean dflt) {
        String v = param(ctx, name);
        if (blank(v)) return dflt;
        if (v.equalsIgnoreCase("true")) return true;
        if (v.equalsIgnoreCase("false")) return false;
        throw ApiException.badRequest(name + " must be true or false, was '" + shorten(v) + "'");
    }

    /** An integer parameter within bounds. */
    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = param(ctx, name);
        if (blank(v)) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiException.badRequest(name + " must be between " + min + " and " + max + ": " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, was '" + shorten(v) + "'");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
