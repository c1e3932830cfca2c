package org.vanban.cli;

import org.vanban.model.Correction;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.Section;
import org.vanban.model.VanbanDocument;

import java.util.List;

/** The flat JSON shape of an exported document (stable for downstream tools). */
record ExportRecord(String id, String sourcePath, String sha256, String mediaType, int pages, String type,
                    String typeLabel, String number, String date, String place, String issuer, String superiorIssuer,
                    String title, String locality, Locality localityDetail, List<ExportSection> sections,
                    List<ExportPage> pageTexts, String text, String rawText) {

    record ExportSection(String kind, String number, String heading, String text, int page, int start, int end) {}

    record ExportPage(int page, String source, double confidence, String text, String rawText, List<Correction> corrections) {}

    static ExportRecord of(VanbanDocument d) {
        var h = d.header();
        List<ExportSection> sections = d.sections().stream()
                .map((Section s) -> new ExportSection(s.kind().key(), s.number(), s.heading(), s.text(), s.page(), s.start(), s.end()))
                .toList();
        List<ExportPage> pages = d.pages().stream()
                .map((Page p) -> new ExportPage(p.number(), p.source().name().toLowerCase(java.util.Locale.ROOT), p.confidence(),
                        p.text(), p.rawText(), p.corrections()))
                .toList();
        return new ExportRecord(d.id(), d.sourcePath(), d.sha256(), d.mediaType(), d.pageCount(), h.type().key(),
                h.type().label(), h.number(), h.date(), h.place(), h.issuer(), h.superiorIssuer(), h.title(),
                localityLabel(d.locality()), d.locality(), sections, pages, d.text(), d.rawText());
    }

    static String localityLabel(Locality l) {
        if (!l.isKnown()) return "";
        StringBuilder sb = new StringBuilder(l.name());
        if (!l.districtName().isEmpty() && !l.districtName().equals(l.name())) sb.append(", ").append(l.districtName());
        if (!l.provinceName().isEmpty() && !l.provinceName().equals(l.name())) sb.append(", ").append(l.provinceName());
        if (!l.currentNames().isEmpty()) sb.append(" (nay: ").append(String.join(", ", l.currentNames())).append(")");
        return sb.toString();
    }
}
