package org.vanban.pipeline;

import org.vanban.extract.LocalityResolver;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.StructureParser;
import org.vanban.text.PageRepair;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages after ingest on a file's raw pages: repair → structure → extract.
 * Pure function of its inputs, so {@code reprocess} can re-run it on stored raw text without OCR.
 */
public final class DocumentBuilder {
    /**
     * Version of the stages after OCR (repair, structure, extract). Bump it when a model or rule there
     * changes: files recorded in the ingest ledger with an older version are then rebuilt from their stored
     * raw page text (no OCR) by the next {@code ingest}, and {@code reprocess} rebuilds them on demand.
     */
    public static final int VERSION = 1;

    private final PageRepair repair;
    private final StructureParser structure;
    private final LocalityResolver locality;

    public DocumentBuilder() {
        this(new PageRepair(), new StructureParser(), new LocalityResolver());
    }

    public DocumentBuilder(PageRepair repair, StructureParser structure, LocalityResolver locality) {
        this.repair = repair;
        this.structure = structure;
        this.locality = locality;
    }

    /** Document id for a file's content hash: the first 16 hex digits. */
    public static String idFor(String sha256) {
        return sha256.substring(0, Math.min(16, sha256.length()));
    }

    /**
     * Rebuilds a stored document from the raw text of its pages (no OCR): what {@code reprocess} does.
     *
     * @param sourcePath the path to record (the stored one, or where the file is now)
     */
    public VanbanDocument rebuild(VanbanDocument stored, String sourcePath) {
        List<Page> raw = new ArrayList<>(stored.pages().size());
        for (Page p : stored.pages()) {
            raw.add(new Page(p.number(), p.rawText(), p.rawText(), p.confidence(), p.source()));
        }
        VanbanDocument doc = build(sourcePath, stored.sha256(), stored.mediaType(), raw);
        return new VanbanDocument(stored.id(), doc.sourcePath(), doc.sha256(), doc.mediaType(), doc.header(),
                doc.locality(), doc.sections(), doc.pages(), doc.attachedTo(), doc.extraction());
    }

    /** The same document recorded under another source path (a moved or renamed file). */
    public static VanbanDocument movedTo(VanbanDocument doc, String sourcePath) {
        return new VanbanDocument(doc.id(), sourcePath, doc.sha256(), doc.mediaType(), doc.header(), doc.locality(),
                doc.sections(), doc.pages(), doc.attachedTo(), doc.extraction());
    }

    public VanbanDocument build(String sourcePath, String sha256, String mediaType, List<Page> rawPages) {
        List<Page> pages = new ArrayList<>(rawPages.size());
        for (Page p : rawPages) {
            pages.add(p.withText(repair.repair(p.rawText()), List.of()));
        }
        DocumentStructure parsed = structure.parse(pages);
        String text = String.join(VanbanDocument.PAGE_BREAK, pages.stream().map(Page::text).toList());
        Locality where = locality.resolve(parsed.header(), text);
        return new VanbanDocument(idFor(sha256), sourcePath, sha256, mediaType, parsed.header(), where,
                parsed.sections(), pages);
    }
}
