package org.vanban.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vanban.vi.Fold;

class DrawnQueriesTest {
    private static DrawnQueries sampled(int documents, long seed) {
        BenchSearchCommand.Generator gen = new BenchSearchCommand.Generator(new Random(1), null);
        DrawnQueries q = new DrawnQueries(500, seed);
        for (int i = 0; i < documents; i++) q.offer(gen.document(i));
        return q;
    }

    private static List<String> described(List<BenchSearchCommand.MixQuery> qs) {
        return qs.stream().map(q -> q.kind() + " " + BenchSearchCommand.describe(q.request()) + (q.facets() ? " +f" : "")).toList();
    }

    @Test
    void queriesAreDistinctOfEveryKindAndTakenFromTheText() {
        List<BenchSearchCommand.MixQuery> qs = sampled(200, 7).draw(1000);
        List<String> d = described(qs);
        assertThat(new HashSet<>(d)).hasSize(1000);
        assertThat(qs).extracting(BenchSearchCommand.MixQuery::kind).containsOnly(DrawnQueries.KINDS.toArray(String[]::new));
        for (String kind : DrawnQueries.KINDS) assertThat(qs).filteredOn(q -> q.kind().equals(kind)).hasSize(200);
        assertThat(qs).filteredOn(q -> q.kind().equals("faceted")).allMatch(BenchSearchCommand.MixQuery::facets);
        assertThat(qs).filteredOn(q -> q.kind().equals("phrases")).allMatch(q -> q.request().query().startsWith("\""));
        assertThat(qs).filteredOn(q -> q.kind().equals("folded"))
                .allMatch(q -> !Fold.hasDiacritics(q.request().query()));
        assertThat(qs).filteredOn(q -> q.kind().equals("fielded"))
                .allMatch(q -> q.request().query().matches("^(section|type|locality):.*"));
    }

    @Test
    void sameSeedSameQueriesOtherSeedOthers() {
        assertThat(described(sampled(50, 3).draw(100))).isEqualTo(described(sampled(50, 3).draw(100)));
        assertThat(described(sampled(50, 4).draw(100))).isNotEqualTo(described(sampled(50, 3).draw(100)));
    }

    @Test
    void reservoirKeepsAtMostItsCapacityAndSamplesLateDocumentsToo() {
        BenchSearchCommand.Generator gen = new BenchSearchCommand.Generator(new Random(1), null);
        DrawnQueries q = new DrawnQueries(30, 9);
        Set<String> early = new HashSet<>();
        Set<String> late = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            var doc = gen.document(i);
            q.offer(doc);
            Set<String> half = i < 150 ? early : late;
            doc.sections().forEach(s -> half.add(s.text()));
        }
        late.removeAll(early);
        assertThat(q.sampled()).isEqualTo(30);
        assertThat(q.draw(60)).hasSize(60);
        // a uniform sample of 1,800 sections holds some from the second half (a reservoir that stops after the
        // first 30 would hold none)
        assertThat(q.samples()).extracting(DrawnQueries.Sample::text).anyMatch(late::contains);
    }

    @Test
    void tooFewSectionsForTheQueriesAskedIsAClearError() {
        DrawnQueries q = sampled(1, 5);
        assertThatThrownBy(() -> q.draw(1_000_000)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("distinct queries could be drawn").hasMessageContaining("index more sections");
        assertThatThrownBy(() -> new DrawnQueries(5, 1).draw(3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no section text");
    }

    @Test
    void wordsAreLetterAndDigitRunsLowerCased() {
        assertThat(DrawnQueries.words("Đẩy mạnh CCHC, năm 2025; a b")).containsExactly("đẩy", "mạnh", "cchc", "năm", "2025");
    }
}
