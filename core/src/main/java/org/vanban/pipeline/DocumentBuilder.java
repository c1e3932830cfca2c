package org.vanban.pipeline;

import org.vanban.extract.DocumentLocality;
import org.vanban.extract.LocalityResolver;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.CompoundSplitter;
import org.vanban.structure.DocumentPart;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.DocumentText;
import org.vanban.structure.HeaderDetails;
import org.vanban.extract.Extractor;
import org.vanban.model.Extraction;
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
    /**
     * Version of the stages after OCR (repair, structure, extract). Bump it when a model or rule there
     * changes: files recorded in the ingest ledger with an older version are then rebuilt from their stored
     * raw page text (no OCR) by the next {@code ingest}, and {@code reprocess} rebuilds them on demand.
     */
    public static final int VERSION = 3; // 2: locality from raw and repaired readings, indicator-table targets; 3: real-text header and headings (issue 12)

    private final TextRepairer repair;
    private final StructureParser structure;
    private final DocumentLocality locality;
    private final CompoundSplitter splitter = new CompoundSplitter();
    private final Extractor extractor = new Extractor();

    public DocumentBuilder() {
        this(TextRepairer.standard(), new StructureParser(), new LocalityResolver());
    }

    public DocumentBuilder(TextRepairer repair, StructureParser structure, LocalityResolver locality) {
        this.repair = repair;
        this.structure = structure;
        this.locality = new DocumentLocality(locality);
    }

    /** Document id for a file's content hash: the first 16 hex digits. */
    public static String idFor(String sha256) {
        return sha256.substring(0, Math.min(16, sha256.length()));
    }

    /**
     * Rebuilds all logical documents of one file from their stored raw page text (no OCR), splitting it again:
     * what {@code reprocess} and a pipeline-version change do.
     */
    public List<VanbanDocument> rebuildAll(List<VanbanDocument> parts, String sourcePath) {
        VanbanDocument first = parts.get(0);
        return buildAll(sourcePath, first.sha256(), first.mediaType(), rawPages(parts));
    }

    /**
     * The raw pages of a file from its stored logical documents, in page order; a page that a compound split
     * shared between two parts (each holding its own lines) is joined again.
     */
    public static List<Page> rawPages(List<VanbanDocument> parts) {
        java.util.TreeMap<Integer, Page> pages = new java.util.TreeMap<>();
        for (VanbanDocument d : parts) {
            for (Page p : d.pages()) {
                pages.merge(p.number(), new Page(p.number(), p.rawText(), p.rawText(), p.confidence(), p.source()),
                        (a, b) -> new Page(a.number(), a.rawText() + "\n" + b.rawText(), a.rawText() + "\n" + b.rawText(),
                                a.confidence(), a.source()));
            }
        }
        return List.copyOf(pages.values());
    }

    /** The same document recorded under another source path (a moved or renamed file). */
    public static VanbanDocument movedTo(VanbanDocument doc, String sourcePath) {
        return new VanbanDocument(doc.id(), sourcePath, doc.sha256(), doc.mediaType(), doc.header(), doc.locality(),
                doc.sections(), doc.pages(), doc.attachedTo(), doc.extraction());
    }

    /**
     * Builds the logical documents of one file: repair every page, split a compound file (a decision and the
     * plan it adopts), then structure, extraction and locality per part. Part 1 gets the id {@link #idFor},
     * part k the id {@code idFor-k}; an attached part links to the part it is attached to.
     */
    public List<VanbanDocument> buildAll(String sourcePath, String sha256, String mediaType, List<Page> rawPages) {
        List<Page> pages = new ArrayList<>(rawPages.size());
        for (Page p : rawPages) {
            // OCR'd pages get the OCR confusion channel; other text may also be in a legacy encoding
            RepairMode mode = p.source() == PageSource.OCR ? RepairMode.OCR : RepairMode.AUTO;
            TextRepairer.Result r = repair.repairPage(p.rawText(), mode);
            pages.add(p.withText(r.text(), r.corrections()));
        }
        List<DocumentPart> parts = pages.isEmpty() ? List.of() : splitter.split(pages);
        if (parts.isEmpty()) parts = List.of(new DocumentPart(1, 1, Math.max(1, pages.size()), pages, -1));
        parts = keepEveryPage(parts, pages);
        String base = idFor(sha256);
        List<DocumentStructure> parsed = new ArrayList<>(parts.size());
        List<Header> headers = new ArrayList<>(parts.size());
        List<DocumentText> texts = new ArrayList<>(parts.size());
        for (DocumentPart part : parts) {
            DocumentText text = DocumentText.of(part.pages()); // built once, shared by the stages below
            DocumentStructure s = structure.parse(text);
            HeaderDetails d = structure.details(text.text());
            parsed.add(s);
            texts.add(text);
            headers.add(s.header().withDetails(d.signerName(), d.signerCapacity(), d.recipients(), d.legalBases()));
        }
        for (int k = 0; k < parts.size(); k++) {
            int parent = parts.get(k).attachedToIndex();
            if (parent > 0 && parent <= k) headers.set(k, inherit(headers.get(k), headers.get(parent - 1)));
        }
        // repaired and raw header together; an attached part without a unit takes its parent's
        List<Locality> localities = locality.resolveAll(parts, headers, texts);
        List<VanbanDocument> docs = new ArrayList<>(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            DocumentPart part = parts.get(k);
            String id = part.index() == 1 ? base : base + "-" + part.index();
            String attachedTo = part.attachedToIndex() < 1 ? ""
                    : part.attachedToIndex() == 1 ? base : base + "-" + part.attachedToIndex();
            Extraction extraction = extractor.extract(parsed.get(k), texts.get(k).text(), part.pages());
            docs.add(new VanbanDocument(id, sourcePath, sha256, mediaType, headers.get(k), localities.get(k),
                    parsed.get(k).sections(), part.pages(), attachedTo, extraction));
        }
        return docs;
    }

    /**
     * The header of an attached part (the plan a decision adopts) that names no issuer of its own, with the issuer
     * and superior of the part it is attached to. Its number, date, type and title stay its own: a date it does
     * not carry is left unknown, as the structure gold counts a date absent from the document's own header.
     */
    static Header inherit(Header own, Header parent) {
        if (!own.issuer().isBlank()) return own;
        return new Header(own.type(), own.number(), own.place(), own.date(), parent.issuer(), parent.superiorIssuer(),
                own.title(), own.signerName(), own.signerCapacity(), own.recipients(), own.legalBases());
    }

    /**
     * Pages no part took (an empty page, such as one whose OCR failed) go to the part whose page range they
     * fall in, or the part before them, so that no page of the file is lost.
     */
    static List<DocumentPart> keepEveryPage(List<DocumentPart> parts, List<Page> pages) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (DocumentPart part : parts) for (Page p : part.pages()) taken.add(p.number());
        List<Page> missing = pages.stream().filter(p -> !taken.contains(p.number())).toList();
        if (missing.isEmpty()) return parts;
        List<List<Page>> lists = new ArrayList<>();
        for (DocumentPart part : parts) lists.add(new ArrayList<>(part.pages()));
        for (Page p : missing) {
            int target = 0;
            for (int i = 0; i < parts.size(); i++) if (parts.get(i).firstPage() <= p.number()) target = i;
            lists.get(target).add(p);
        }
        List<DocumentPart> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            List<Page> ps = lists.get(i);
            ps.sort(java.util.Comparator.comparingInt(Page::number));
            DocumentPart part = parts.get(i);
            out.add(new DocumentPart(part.index(), ps.get(0).number(), ps.get(ps.size() - 1).number(), ps,
                    part.attachedToIndex()));
        }
        return out;
    }

    /** The first (main) logical document of a file; see {@link #buildAll}. */
    public VanbanDocument build(String sourcePath, String sha256, String mediaType, List<Page> rawPages) {
        return buildAll(sourcePath, sha256, mediaType, rawPages).get(0);
    }
}
