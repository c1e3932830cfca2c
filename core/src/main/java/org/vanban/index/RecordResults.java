package org.vanban.index;

import java.util.List;

/**
 * Result of {@link IndexSearch#searchTargets} or {@link IndexSearch#searchTasks}.
 *
 * @param total number of matching records
 * @param hits  the requested page of them
 */
public record RecordResults<T>(long total, List<T> hits) {
    public RecordResults {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
