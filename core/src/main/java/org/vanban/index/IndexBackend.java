package org.vanban.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A kind of index, found through {@link ServiceLoader} like Tika's parsers: the embedded Lucene index in a directory
 * is the default ({@link DocumentIndex}, {@link IndexSearch}); the {@code solr} module adds SolrCloud collections ({@code --solr ZK_HOSTS/COLLECTION}) when its jar is on the
 * class path, so cluster dependencies never reach the single-machine jar.
 */
public interface IndexBackend {
    /** Short name shown in messages ({@code lucene}, {@code solr}). */
    String name();

    /** Whether this backend serves the location ({@code solr:zk1:2181,zk2:2181/collection}, a directory, ...). */
    boolean accepts(String location);

    /** Opens the write side. @throws IllegalArgumentException with a user-facing message when it cannot. */
    DocumentStore openStore(String location);

    /** Opens the read side. @throws IllegalArgumentException with a user-facing message when it cannot. */
    DocumentSearch openSearch(String location);

    /** The backend on the class path that serves {@code location}, if any: the one place the backends are looked up. */
    static Optional<IndexBackend> find(String location) {
        for (IndexBackend b : ServiceLoader.load(IndexBackend.class, IndexBackend.class.getClassLoader())) {
            if (b.accepts(location)) return Optional.of(b);
        }
        return Optional.empty();
    }

    /** Names of the backends on the class path, for messages ({@code [solr]}, or empty). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (IndexBackend b : ServiceLoader.load(IndexBackend.class, IndexBackend.class.getClassLoader())) {
            names.add(b.name());
        }
        return names;
    }
}
