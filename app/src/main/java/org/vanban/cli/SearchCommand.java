package org.vanban.cli;

import org.vanban.index.IndexSearch;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResults;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vanban search QUERY [--section KIND] [--type T] [--locality L] [--year Y] [--limit N] [--json]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search, accent-insensitive; a query with diacritics ranks exact matches first.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "words, \"phrases\", -exclusions, OR")
    List<String> query;

    @Mixin
    IndexOption index;

    @Option(names = "--section", paramLabel = "KIND",
            description = "purpose, targets, tasks, implementation, context, budget, articles, appendix, preamble, ...")
    String section;

    @Option(names = "--type", paramLabel = "T", description = "ke-hoach, quyet-dinh, nghi-quyet, chi-thi, ... (or 'Kế hoạch', 'KH')")
    String type;

    @Option(names = "--locality", paramLabel = "L", description = "any level, old or new name, with or without diacritics")
    String locality;

    @Option(names = "--year", paramLabel = "Y", description = "2021 or 2021..2025")
    String year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print hits as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SectionKind kind = section == null ? null : SectionKind.parse(section);
        DocType docType = null;
        if (type != null) {
            docType = DocType.parse(type);
            if (docType == DocType.UNKNOWN) {
                throw new IllegalArgumentException("unknown document type '" + type + "'; one of: "
                        + java.util.Arrays.stream(DocType.values()).filter(t -> t != DocType.UNKNOWN).map(DocType::key).toList());
            }
        }
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        YearRange years = YearRange.parse(year);
        SearchRequest req = new SearchRequest(String.join(" ", query), kind, docType, locality, years.from(), years.to(), limit);
        for (String w : org.vanban.index.QueryWarnings.of(req.query())) System.err.println("vanban search: warning: " + w);
        SearchResults results;
        try (org.vanban.index.DocumentSearch search = index.openSearch()) {
            results = search.search(req);
        }
        if (json) {
            Json.PRETTY.writeValue(System.out, results);
            System.out.println();
        } else {
            print(results, System.out);
        }
        return 0;
    }

    static void print(SearchResults results, PrintStream out) {
        out.printf(Locale.ROOT, results.totalExact() ? "%d hit(s)%n" : "more than %d hit(s)%n", results.total());
        int i = 1;
        for (SearchHit h : results.hits()) {
            String where = h.sectionKind() == null || h.sectionKind().isEmpty() ? "" :
                    "  [" + h.sectionKind() + (h.heading() == null || h.heading().isEmpty() ? "" : ": " + h.heading()) + "]";
            out.printf(Locale.ROOT, "%2d. %s%s%n", i++, blankTo(h.title(), "(no title)"), where);
            out.printf(Locale.ROOT, "    %s  %s  %s  %s  page %d  id %s%n", blankTo(h.type(), "-"), blankTo(h.number(), "-"),
                    blankTo(h.date(), "-"), blankTo(h.locality(), "-"), h.page(), h.docId());
            if (h.snippet() != null && !h.snippet().isBlank()) out.println("    " + h.snippet().replace('\n', ' '));
        }
    }

    private static String blankTo(String s, String dflt) { return s == null || s.isBlank() ? dflt : s; }
}
