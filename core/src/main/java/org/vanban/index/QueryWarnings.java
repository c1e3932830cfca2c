package org.vanban.index;

import java.util.List;

/** Warnings about query text that is valid but probably not what the user meant (for the CLI and the API). */
public final class QueryWarnings {
    private QueryWarnings() {}

    /** Warnings for this query text, empty when there are none; e.g. an unknown {@code field:value}. */
    public static List<String> of(String query) {
        return VanbanQueryParser.warnings(query);
    }
}
