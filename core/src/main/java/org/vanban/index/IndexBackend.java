package org.vanban.index;

import java.util.ServiceLoader;

/**
 * A kind of index, found through {@link ServiceLoader} like Tika's parsers: the embedded Lucene index is built in;
 * the {@code solr} module adds SolrCloud collections ({@code --solr ZK_HOSTS/COLLECTION}) when its jar is on the
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
}
