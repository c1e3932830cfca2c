package org.vanban.pipeline;

import org.vanban.index.DocumentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds, and on request removes, the documents whose source file is gone (tệp gốc đã bị xoá): a file the
 * ledger records as ingested that no longer exists, and whose content no other recorded file still has (a
 * moved file is not gone). An archive never loses a document silently: {@code vanban ingest} only lists
 * such sources in its report ("missing since the last run"); {@code vanban prune} (or {@code ingest --prune})
 * removes their documents, reports each one, and records it in the ledger, after the index commit.
 */
public final class SourcePruner {
    /** Ledger reason of a document removed because its source file was gone. */
    public static final String REASON = "source file no longer exists (pruned)";

    /**
     * A source file that is gone.
     *
     * @param path        where it was
     * @param sha256      its content hash
     * @param documentIds the documents made from it (all records of that content are removed)
     */
    public record Gone(String path, String sha256, List<String> documentIds) { }

    private SourcePruner() { }

    /**
     * Calls {@code visit} with every gone source under {@code roots} (every gone source when {@code roots} is
     * empty), in ledger order. Reads the ledger one line at a time.
     */
    public static void missing(IngestLedger ledger, List<Path> roots, Consumer<Gone> visit) {
        List<Path> under = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        ledger.forEachIndexedPath(e -> {
            Path p = Path.of(e.path());
            if (!under.isEmpty() && under.stream().noneMatch(p::startsWith)) return;
            if (Files.exists(p)) return;
            if (ledger.otherPathHas(e.sha256(), e.path())) return; // moved or copied: the content is still there
            visit.accept(new Gone(e.path(), e.sha256(), e.documentIds()));
        });
    }

    /**
     * Removes the documents of every gone source under {@code roots} (all when empty), commits the index, then
     * records each removal in the ledger. With {@code dryRun} nothing changes.
     *
     * @return the gone sources, in ledger order
     */
    public static List<Gone> prune(DocumentStore index, IngestLedger ledger, List<Path> roots, boolean dryRun) {
        List<Gone> gone = new ArrayList<>();
        missing(ledger, roots, gone::add);
        if (dryRun || gone.isEmpty()) return gone;
        List<IngestLedger.Entry> removed = new ArrayList<>(gone.size());
        for (Gone g : gone) {
            index.deleteSha256(g.sha256());
            removed.add(IngestLedger.Entry.of(g.path(), g.sha256(), DocumentBuilder.VERSION, IngestLedger.REMOVED,
                    g.documentIds(), 0, REASON));
        }
        index.commit(); // the ledger never says "removed" for a document the index still has after a crash
        try {
            ledger.append(removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest ledger " + ledger.file() + ": " + e.getMessage(), e);
        }
        return gone;
    }
}
