package org.vanban.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.pipeline.IngestLedger;
import org.vanban.pipeline.SourcePruner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code vanban prune [PATH...] [--dry-run]}: removes from the index the documents whose source file no longer
 * exists (and whose content no other ingested file still has), lists each one, and records the removal in the
 * ingest ledger. Ingest never removes a document on its own: it lists such files as "missing since the last run".
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = {"Remove from the index the documents whose source file no longer exists (a moved file is kept),",
                "under the given folders or everywhere; each removal is listed and recorded in the ingest ledger."})
public final class PruneCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "only sources under these files or folders (default: all)")
    List<Path> paths = List.of();

    @Mixin
    IndexOption index;

    @Option(names = "--dry-run", description = "only list what would be removed")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        List<SourcePruner.Gone> gone;
        index.requireEmbedded("prune");
        try (DocumentIndex idx = DocumentIndex.open(index.path());
             IngestLedger ledger = IngestLedger.forIndex(idx.directory())) {
            gone = SourcePruner.prune(idx, ledger, paths, dryRun);
        }
        print(gone, dryRun, System.out);
        return 0;
    }

    static void print(List<SourcePruner.Gone> gone, boolean dryRun, PrintStream out) {
        out.printf(Locale.ROOT, "%s %d document source(s) that no longer exist%n", dryRun ? "Would remove" : "Removed", gone.size());
        for (SourcePruner.Gone g : gone) {
            out.printf(Locale.ROOT, "  %s  %s%n", String.join(",", g.documentIds()), g.path());
        }
    }
}
