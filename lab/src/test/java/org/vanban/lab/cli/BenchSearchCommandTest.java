package org.vanban.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;
import picocli.CommandLine;

class BenchSearchCommandTest {
    @Test
    void percentilesByNearestRank() {
        List<Double> v = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(BenchSearchCommand.percentile(v, 50)).isEqualTo(5.0);
        assertThat(BenchSearchCommand.percentile(v, 95)).isEqualTo(10.0);
        assertThat(BenchSearchCommand.percentile(v, 10)).isEqualTo(1.0);
    }

    @Test
    void generatedDocumentsHaveSixSectionsRealLocalitiesAndExtraction() {
        BenchSearchCommand.Generator gen = new BenchSearchCommand.Generator(new Random(1), null);
        VanbanDocument d = gen.document(7);
        assertThat(d.sections()).hasSize(BenchSearchCommand.SECTIONS_PER_DOCUMENT);
        assertThat(d.sections().get(2).kind()).isEqualTo(SectionKind.TARGETS);
        assertThat(d.locality().isKnown()).isTrue();
        assertThat(d.locality().provinceName()).isNotBlank();
        assertThat(d.locality().currentNames()).isNotEmpty();
        assertThat(d.extraction().targets()).hasSize(2);
        assertThat(d.header().year()).isBetween(2016, 2026);
        assertThat(gen.document(8).id()).isNotEqualTo(d.id());
    }

    @Test
    void smallRunReportsRateAndLatencies() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new BenchSearchCommand()).execute("--sections", "120", "--queries", "40", "--warmup", "5");
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).contains("Indexed 20 documents / 120 sections").contains("sections/s")
                .contains("words").contains("phrases").contains("fielded").contains("faceted").contains("Goal p95")
                .contains("parse / collect / highlight / stored / facets");
    }
}
