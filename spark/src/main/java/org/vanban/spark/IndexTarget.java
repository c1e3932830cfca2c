package org.vanban.spark;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentStore;
import org.vanban.index.IndexBackend;

/**
 * Where the job's documents go. A location some {@link IndexBackend} on the class path accepts (found through
 * {@link ServiceLoader}, e.g. {@code solr:ZK_HOSTS/COLLECTION} with vanban-solr.jar) is written from the executors, each
 * task sending its file's documents; a local folder is an embedded Lucene index, which has one writer: the driver.
 */
final class IndexTarget {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private IndexTarget() {
    }

    /** Whether {@code location} is a path on this machine (no scheme, or {@code file:}). */
    static boolean isLocalPath(String location) {
        return !SCHEME.matcher(location).matches() || location.startsWith("file:");
    }

    /** The backend on the class path that serves {@code location}, or null. */
    static IndexBackend backendFor(String location) {
        return IndexBackend.find(location).orElse(null);
    }

    /** Whether the executors write (a cluster index) rather than the driver (an embedded index). */
    static boolean writtenFromExecutors(String location) {
        if (isLocalPath(location)) return false;
        IndexBackend b = backendFor(location);
        if (b == null) throw new IllegalArgumentException(noBackend(location));
        return true;
    }

    /** Opens the write side of {@code location}: its backend's store, or the embedded index in a local folder. */
    static DocumentStore open(String location) {
        if (isLocalPath(location)) {
            IndexBackend b = backendFor(location);
            if (b != null) return b.openStore(location);
            String dir = location.startsWith("file:") ? Path.of(java.net.URI.create(location)).toString() : location;
            return DocumentIndex.open(Path.of(dir));
        }
        IndexBackend b = backendFor(location);
        if (b == null) throw new IllegalArgumentException(noBackend(location));
        return b.openStore(location);
    }

    private static String noBackend(String location) {
        return "no index backend accepts " + location + ": for solr:ZK_HOSTS/COLLECTION put vanban-solr.jar on the class path"
                + " (spark-submit --jars target/vanban-solr.jar)";
    }
}
