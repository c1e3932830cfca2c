package org.vanban.model;

import java.util.List;

/** What the extract stage found in a document: target clauses, task assignments, cited documents. */
public record Extraction(List<TargetClause> targets, List<TaskAssignment> tasks, List<LegalReference> references) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
