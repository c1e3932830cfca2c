package org.vanban.pipeline;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LongTableTest {

    @Test
    void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
        LongTable t = new LongTable(16);
        Map<Long, long[]> ref = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // a small key space so that removals hit long probe runs and wrap around the table
            long key = 1 + r.nextInt(5_000);
            if (r.nextInt(3) == 0) {
                assertThat(t.remove(key)).isEqualTo(ref.remove(key) != null);
            } else {
                long v = r.nextLong() & Long.MAX_VALUE, tag = r.nextInt(10);
                t.put(key, v, tag);
                ref.put(key, new long[]{v, tag});
            }
        }
        assertThat(t.size()).isEqualTo(ref.size());
        for (long key = 1; key <= 5_000; key++) {
            long[] e = ref.get(key);
            assertThat(t.get(key)).isEqualTo(e == null ? -1 : e[0]);
            if (e != null) assertThat(t.tag(key)).isEqualTo(e[1]);
        }
        long[] withTag3 = ref.values().stream().filter(e -> e[1] == 3).mapToLong(e -> e[0]).sorted().toArray();
        java.util.List<Long> seen = new java.util.ArrayList<>();
        t.forEachWithTag(3, seen::add);
        assertThat(seen.stream().mapToLong(Long::longValue).sorted().toArray()).isEqualTo(withTag3);
        assertThat(t.values()).hasSize(ref.size());
    }

    @Test
    void hashIsStableAndNeverZero() {
        assertThat(LongTable.hash("/a/b.pdf")).isEqualTo(LongTable.hash("/a/b.pdf")).isNotEqualTo(LongTable.hash("/a/c.pdf"));
        assertThat(LongTable.hash("")).isNotZero();
    }
}
