package org.vanban.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentSearch;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexBackend;
import org.vanban.index.IndexSearch;
import org.vanban.pipeline.DiskGuard;
import org.vanban.pipeline.DocumentBuilder;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;

/**
 * The {@code --index DIR} option shared by the commands (default {@code data/index}), and {@code --solr
 * ZK_HOSTS/COLLECTION} for a SolrCloud collection instead (the backend in vanban-solr.jar, found through
 * {@link ServiceLoader}). With {@code --solr} the index folder still holds the ingest ledger and the reports.
 */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/index")
    Path index;

    @Option(names = "--solr", paramLabel = "ZK_HOSTS/COLLECTION",
            description = "use a SolrCloud collection instead of the index directory, e.g. 127.0.0.1:9983/vanban "
                    + "or zk1:2181,zk2:2181/solr/vanban (needs target/vanban-solr.jar)")
    String solr;

    public Path path() { return index; }

    /** Reports go inside the index folder, {@code <index>/reports}: two indexes in one folder keep theirs apart. */
    public Path reports() {
        return index.toAbsolutePath().normalize().resolve("reports");
    }

    /** Whether a SolrCloud collection was chosen. */
    public boolean isSolr() {
        return solr != null && !solr.isBlank();
    }

    /** @throws IllegalArgumentException when {@code --solr} was given to a command that works on the index directory only */
    public void requireEmbedded(String command) {
        if (isSolr()) throw new IllegalArgumentException(command + " works on the index directory only (--index), not on --solr");
    }

    /** What to tell users the index is: the directory or the collection. */
    public String describe() {
        return isSolr() ? location() : index.toAbsolutePath().toString();
    }

    /** The write side: the embedded index in {@code --index}, or the {@code --solr} collection. */
    public DocumentStore openStore() {
        return isSolr() ? backend().openStore(location()) : DocumentIndex.open(index);
    }

    /** The read side: the embedded index in {@code --index}, or the {@code --solr} collection. */
    public DocumentSearch openSearch() {
        return isSolr() ? backend().openSearch(location()) : IndexSearch.open(index);
    }

    /** The ingest pipeline writing to {@code store}; beside a cluster the ledger and reports stay in {@code --index}. */
    public IngestPipeline ingestPipeline(DocumentStore store, IngestOptions options) {
        if (store instanceof DocumentIndex embedded) return new IngestPipeline(embedded, options);
        try {
            java.nio.file.Files.createDirectories(index);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the folder of the ingest ledger " + index.toAbsolutePath() + ": " + e, e);
        }
        return new IngestPipeline(store, index, this::openSearch, options, new DocumentBuilder(),
                new DiskGuard(index, options.minFreeBytes()));
    }

    private String location() {
        String s = solr.strip();
        return s.startsWith("solr:") ? s : "solr:" + s;
    }

    /** @throws IllegalArgumentException when no backend on the class path serves the location */
    private IndexBackend backend() {
        List<String> names = IndexBackend.names();
        return IndexBackend.find(location()).orElseThrow(() -> new IllegalArgumentException(
                "--solr needs the SolrCloud backend, target/vanban-solr.jar beside vanban.jar "
                + "(build it with ./vanban setup or mvn package); backends found: " + (names.isEmpty() ? "none" : names)));
    }
}
