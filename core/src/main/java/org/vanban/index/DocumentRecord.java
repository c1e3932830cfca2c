package org.vanban.index;

import org.vanban.model.Correction;
import org.vanban.model.LegalReference;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.Section;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
import org.vanban.model.VanbanDocument;

import java.util.List;

/**
 * The JSON of one logical document as {@code export}, {@code show --json}, {@code structure} and the web API
 * ({@code GET /api/documents/{id}}) write it: one versioned schema, described by {@code docs/document.schema.json}. Version 2 added the signer, recipients,
 * legal bases, {@code attachedTo}, section levels and the extraction (targets, tasks, references) to the
 * version 1 fields, which are all kept. Bump {@link #SCHEMA_VERSION} and the schema file together when a
 * field changes meaning or goes; adding a field keeps the version.
 */
public record DocumentRecord(String schema, int schemaVersion, String id, String sourcePath, String sha256, String mediaType,
                    int pages, String attachedTo, String type, String typeLabel, String number, String date,
                    String place, String issuer, String superiorIssuer, String title, String signerName,
                    String signerCapacity, List<String> recipients, List<String> legalBases, String locality,
                    ExportLocality localityDetail, List<ExportSection> sections, ExportExtraction extraction,
                    List<ExportPage> pageTexts, String text, String rawText) {

    /** Name of the schema, as the {@code schema} field and the schema file's title give it. */
    public static final String SCHEMA = "vanban-document";
    public static final int SCHEMA_VERSION = 2;

    /** The issuing unit; {@code known} is a component so that every mapper writes it. */
    public record ExportLocality(String name, String level, String code, String provinceName, String provinceCode,
                                 String districtName, List<String> currentNames, List<String> currentCodes,
                                 boolean known, String label) {
        public static ExportLocality of(Locality l) {
            return new ExportLocality(l.name(), l.level(), l.code(), l.provinceName(), l.provinceCode(), l.districtName(),
                    l.currentNames(), l.currentCodes(), l.isKnown(), unitLabel(l));
        }
    }

    public record ExportSection(String kind, int level, String number, String heading, String text, int page, int start,
                         int end) {}

    public record ExportTarget(String metric, String comparator, String value, String unit, String deadline,
                        String sectionKind, String sentence, int page, int start, int end,
                               boolean deadlineInferred) {}

    public record ExportReference(String type, String number, String date, String issuer, String key, String text) {}

    public record ExportExtraction(List<ExportTarget> targets, List<TaskAssignment> tasks, List<ExportReference> references) {}

    public record ExportPage(int page, String source, double confidence, String text, String rawText, List<Correction> corrections) {}

    public static DocumentRecord of(VanbanDocument d) {
        var h = d.header();
        List<ExportSection> sections = d.sections().stream()
                .map((Section s) -> new ExportSection(s.kind().key(), s.level(), s.number(), s.heading(), s.text(),
                        s.page(), s.start(), s.end()))
                .toList();
        List<ExportPage> pages = d.pages().stream()
                .map((Page p) -> new ExportPage(p.number(), p.source().name().toLowerCase(java.util.Locale.ROOT), p.confidence(),
                        p.text(), p.rawText(), p.corrections()))
                .toList();
        List<ExportTarget> targets = d.extraction().targets().stream()
                .map((TargetClause t) -> new ExportTarget(t.metric(), t.comparator(), t.value(), t.unit(), t.deadline(),
                        t.sectionKind() == null ? "" : t.sectionKind().key(), t.sentence(), t.page(), t.start(), t.end(),
                        t.deadlineInferred()))
                .toList();
        List<ExportReference> refs = d.extraction().references().stream()
                .map((LegalReference r) -> new ExportReference(r.type().key(), r.number(), r.date(), r.issuer(), r.key(),
                        r.text()))
                .toList();
        return new DocumentRecord(SCHEMA, SCHEMA_VERSION, d.id(), d.sourcePath(), d.sha256(), d.mediaType(), d.pageCount(),
                d.attachedTo(), h.type().key(), h.type().label(), h.number(), h.date(), h.place(), h.issuer(),
                h.superiorIssuer(), h.title(), h.signerName(), h.signerCapacity(), h.recipients(), h.legalBases(),
                localityLabel(d.locality()), ExportLocality.of(d.locality()), sections,
                new ExportExtraction(targets, d.extraction().tasks(), refs), pages, d.text(), d.rawText());
    }

    /** The unit with its district and province at the document's date, and today's units: no unit is named twice. */
    public static String localityLabel(Locality l) {
        if (!l.isKnown()) return "";
        String label = unitLabel(l);
        return l.currentNames().isEmpty() ? label : label + " (nay: " + String.join(", ", l.currentNames()) + ")";
    }

    /** "Xã An Thắng, Huyện An Lão, Thành phố Hải Phòng": the unit, its district and province, each once. */
    static String unitLabel(Locality l) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> parts = new java.util.ArrayList<>();
        for (String part : List.of(l.name(), l.districtName(), l.provinceName())) {
            if (!part.isBlank() && seen.add(org.vanban.vi.Fold.lower(part).replaceAll("\\s+", " ").strip())) parts.add(part);
        }
        return String.join(", ", parts);
    }
}
