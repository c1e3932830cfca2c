package org.vanban.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

class SolrLocationTest {
    @Test
    void parsesHostsChrootAndCollection() {
        assertThat(SolrLocation.parse("solr:127.0.0.1:9983/vanban"))
                .isEqualTo(new SolrLocation(List.of("127.0.0.1:9983"), Optional.empty(), "vanban"));
        SolrLocation l = SolrLocation.parse("solr:zk1:2181,zk2:2181, zk3:2181/solr/archive_2026");
        assertThat(l.zkHosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
        assertThat(l.chroot()).contains("/solr");
        assertThat(l.collection()).isEqualTo("archive_2026");
        assertThat(l.toString()).isEqualTo("solr:zk1:2181,zk2:2181,zk3:2181/solr/archive_2026");
    }

    @Test
    void rejectsWhatIsNoSolrLocationWithTheExpectedForm() {
        assertThat(new SolrIndexBackend().accepts("data/index")).isFalse();
        assertThat(new SolrIndexBackend().accepts("solr:h:1/c")).isTrue();
        for (String bad : List.of("solr:", "solr:127.0.0.1:9983", "solr:127.0.0.1:9983/", "solr:/vanban", "solr:h o st:1/c",
                "solr:h:1/c c", "data/index")) {
            assertThatThrownBy(() -> SolrLocation.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("solr:");
        }
    }

    @Test
    void retriesOnlyWhatMayPass() {
        assertThat(SolrConnection.transientFailure(new java.io.IOException("connection reset"))).isTrue();
        assertThat(SolrConnection.transientFailure(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "x"))).isTrue();
        assertThat(SolrConnection.transientFailure(new SolrException(SolrException.ErrorCode.SERVER_ERROR, "x"))).isTrue();
        assertThat(SolrConnection.transientFailure(new SolrException(SolrException.ErrorCode.BAD_REQUEST, "x"))).isFalse();
    }
}
