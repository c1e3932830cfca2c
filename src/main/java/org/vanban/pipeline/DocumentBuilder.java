package org.vanban.pipeline;

import org.vanban.extract.LocalityResolver;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.StructureParser;
import org.vanban.model.PageSource;
import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages after ingest on a file's raw pages: repair → structure → extract.
 * Pure function of its inputs, so {@code reprocess} can re-run it on stored raw text without OCR.
 */
public final class DocumentBuilder {
    private final TextRepairer repair;
    private final StructureParser structure;
    private final LocalityResolver locality;

    public DocumentBuilder() {
        this(TextRepairer.standard(), new StructureParser(), new LocalityResolver());
    }

    public DocumentBuilder(TextRepairer repair, StructureParser structure, LocalityResolver locality) {
        this.repair = repair;
        this.structure = structure;
        this.locality = locality;
    }

    /** Document id for a file's content hash: the first 16 hex digits. */
    public static String idFor(String sha256) {
        return sha256.substring(0, Math.min(16, sha256.length()));
    }

    public VanbanDocument build(String sourcePath, String sha256, String mediaType, List<Page> rawPages) {
        List<Page> pages = new ArrayList<>(rawPages.size());
        for (Page p : rawPages) {
            // OCR'd pages get the OCR confusion channel; other text may also be in a legacy encoding
            RepairMode mode = p.source() == PageSource.OCR ? RepairMode.OCR : RepairMode.AUTO;
            TextRepairer.Result r = repair.repairPage(p.rawText(), mode);
            pages.add(p.withText(r.text(), r.corrections()));
        }
        DocumentStructure parsed = structure.parse(pages);
        String text = String.join(VanbanDocument.PAGE_BREAK, pages.stream().map(Page::text).toList());
        Locality where = locality.resolve(parsed.header(), text);
        return new VanbanDocument(idFor(sha256), sourcePath, sha256, mediaType, parsed.header(), where,
                parsed.sections(), pages);
    }
}
