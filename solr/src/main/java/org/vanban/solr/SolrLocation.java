package org.vanban.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud collection is: {@code solr:ZK_HOSTS[/CHROOT]/COLLECTION}, e.g. {@code solr:127.0.0.1:9983/vanban}
 * or {@code solr:zk1:2181,zk2:2181,zk3:2181/solr/vanban} (ZooKeeper ensemble, chroot {@code /solr}).
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot, String collection) {
    public static final String SCHEME = "solr:";

    /** Whether the text names a Solr collection (it starts with {@value #SCHEME}). */
    public static boolean isSolr(String location) {
        return location != null && location.startsWith(SCHEME);
    }

    /** @throws IllegalArgumentException with the expected form when the text is not a Solr location */
    public static SolrLocation parse(String location) {
        if (!isSolr(location)) throw new IllegalArgumentException("not a Solr location: " + location + " (" + FORM + ")");
        String rest = location.substring(SCHEME.length()).strip();
        int last = rest.lastIndexOf('/');
        if (last <= 0 || last == rest.length() - 1) {
            throw new IllegalArgumentException("Solr location '" + location + "' needs a collection: " + FORM);
        }
        String collection = rest.substring(last + 1);
        String zk = rest.substring(0, last);
        int slash = zk.indexOf('/');
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        if (slash >= 0) zk = zk.substring(0, slash);
        List<String> hosts = Arrays.stream(zk.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (hosts.isEmpty()) throw new IllegalArgumentException("Solr location '" + location + "' names no ZooKeeper host: " + FORM);
        for (String h : hosts) {
            if (!h.matches("[A-Za-z0-9._\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("bad ZooKeeper host '" + h + "' in '" + location + "': " + FORM);
            }
        }
        if (!collection.matches("[A-Za-z0-9._\\-]+")) {
            throw new IllegalArgumentException("bad collection name '" + collection + "' in '" + location + "'");
        }
        return new SolrLocation(hosts, chroot, collection);
    }

    private static final String FORM = "solr:ZK_HOST:PORT[,ZK_HOST:PORT...][/CHROOT]/COLLECTION, e.g. solr:127.0.0.1:9983/vanban";

    @Override
    public String toString() {
        return SCHEME + String.join(",", zkHosts) + chroot.orElse("") + "/" + collection;
    }
}
