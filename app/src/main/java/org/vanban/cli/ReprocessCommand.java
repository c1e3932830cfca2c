package org.vanban.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.Reprocessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vanban reprocess [--index DIR] [ID...]}: rebuild documents from their stored raw page text, no OCR. */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Re-run repair, structure, extraction and indexing on documents already in the index,",
                "from the raw page text kept there (no OCR). All documents, or the given ids / id prefixes."})
public final class ReprocessCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ID", description = "document ids or unique id prefixes (default: all)")
    List<String> ids = List.of();

    @Mixin
    IndexOption index;

    @Override
    public Integer call() {
        Reprocessor.Result r;
        index.requireEmbedded("reprocess");
        try (DocumentIndex idx = DocumentIndex.open(index.path())) {
            r = new Reprocessor(idx, new DocumentBuilder()).run(ids);
        }
        System.out.printf(Locale.ROOT, "Reprocessed %d document(s), %d page(s) in %.2f s (pipeline version %d)%n",
                r.documents(), r.pages(), r.seconds(), DocumentBuilder.VERSION);
        for (String id : r.missing()) System.out.println("  not found: " + id);
        return r.missing().isEmpty() ? 0 : 1;
    }
}
