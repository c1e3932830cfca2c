package org.vanban.extract;

import org.vanban.model.Extraction;
import org.vanban.model.LegalReference;
import org.vanban.model.Page;
import org.vanban.model.TargetClause;
import org.vanban.vi.Fold;
import org.vanban.structure.DocumentStructure;

import java.util.List;

/**
 * The extract stage for one logical document: target clauses ({@link TargetExtractor}), task
 * assignments ({@link TaskExtractor}) and cited documents ({@link ReferenceExtractor}). The
 * document's own number is not listed among its references; a target whose sentence gives no deadline takes
 * the period the document's title names, marked as inferred. Thread-safe.
 */
public final class Extractor {
    private final TargetExtractor targets = new TargetExtractor();
    private final TaskExtractor tasks = new TaskExtractor();
    private final ReferenceExtractor references = new ReferenceExtractor();

    /**
     * Extracts from a document.
     *
     * @param structure its header and sections, offsets into {@code text}
     * @param text      its text: the pages' repaired text joined with {@code VanbanDocument.PAGE_BREAK}
     * @param pages     its pages, for page numbers (may be null: pages count from 1)
     */
    public Extraction extract(DocumentStructure structure, String text, List<Page> pages) {
        if (structure == null) throw new IllegalArgumentException("structure must not be null");
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String own = structure.header().number().isEmpty() ? "" : ReferenceExtractor.key(structure.header().number());
        List<LegalReference> refs = references.extract(text).stream()
                .filter(r -> own.isEmpty() || !r.key().equals(own)).toList();
        List<TargetClause> found = withPeriod(targets.extract(text, structure.sections(), pages), structure.header().title());
        return new Extraction(found, tasks.extract(text, pages), refs);
    }

    /**
     * A clause whose sentence gives no deadline holds for the period the document is made for: the one its title
     * names ("… năm 2024", "… giai đoạn 2021 - 2025"), marked as inferred; without one it stays without deadline.
     */
    static List<TargetClause> withPeriod(List<TargetClause> clauses, String title) {
        String period = TargetExtractor.deadline(Fold.lower(title == null ? "" : title),
                Integer.MAX_VALUE);
        if (period.isEmpty() || period.startsWith("hằng")) return clauses;
        return clauses.stream().map(c -> c.deadline().isEmpty() ? c.withInferredDeadline(period) : c).toList();
    }
}
