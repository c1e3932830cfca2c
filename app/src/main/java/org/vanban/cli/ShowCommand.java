package org.vanban.cli;

import org.vanban.index.IndexSearch;
import org.vanban.model.Header;
import org.vanban.model.Section;
import org.vanban.model.VanbanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vanban show ID [--json]}: a document with its metadata, sections and repaired text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one document: metadata, sections, repaired text.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "document id (or a unique prefix of it)")
    String id;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "print the document as JSON")
    boolean json;

    @Option(names = "--raw", description = "also print the raw (unrepaired) text")
    boolean raw;

    @Override
    public Integer call() throws Exception {
        VanbanDocument doc;
        try (org.vanban.index.DocumentSearch search = index.openSearch()) {
            doc = search.get(id).orElse(null);
        }
        if (doc == null) {
            System.err.println("vanban: no document with id '" + id + "' in " + index.describe());
            return 1;
        }
        if (json) {
            Json.PRETTY.writeValue(System.out, ExportRecord.of(doc));
            System.out.println();
            return 0;
        }
        Header h = doc.header();
        System.out.println("Id:        " + doc.id());
        System.out.println("Source:    " + doc.sourcePath() + " (" + doc.mediaType() + ", " + doc.pageCount() + " page(s))");
        System.out.println("SHA-256:   " + doc.sha256());
        System.out.println("Type:      " + h.type().label());
        System.out.println("Number:    " + h.number());
        System.out.println("Date:      " + h.date() + (h.place().isEmpty() ? "" : "  (" + h.place() + ")"));
        System.out.println("Issuer:    " + h.issuer() + (h.superiorIssuer().isEmpty() ? "" : "  / " + h.superiorIssuer()));
        System.out.println("Locality:  " + ExportRecord.localityLabel(doc.locality()));
        System.out.println("Title:     " + h.title());
        System.out.println();
        System.out.println("Sections:");
        for (Section s : doc.sections()) {
            System.out.printf(Locale.ROOT, "  %-14s p.%-3d %s%n", s.kind().key(), s.page(), s.heading());
        }
        System.out.println();
        System.out.println("Text:");
        System.out.println(doc.text().replace("\f", "———— page break ————"));
        if (raw) {
            System.out.println();
            System.out.println("Raw text:");
            System.out.println(doc.rawText().replace("\f", "———— page break ————"));
        }
        return 0;
    }
}
