package org.vanban.lab.structure;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the development set ({@code src/test/resources/structure-dev}) and fails when a figure
 * drops below what the current code reaches (thresholds set a little under it).
 */
class StructureBenchTest {
    private static final Path DEV = Path.of(StructureBench.DEV_DIR);

    @Test
    void cleanVariantKeepsItsFigures() {
        assertThat(Files.isDirectory(DEV)).as("development set at " + DEV.toAbsolutePath()).isTrue();
        StructureBench.Report r = new StructureBench(org.vanban.lab.cli.BenchStructureCommand.productChain()).run(DEV, StructureBench.Variant.CLEAN);
        assertThat(r.sectionF1()).as(r.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.kindAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.typeAccuracy()).as(r.toString()).isEqualTo(1.0);
        assertThat(r.numberAccuracy()).as(r.toString()).isEqualTo(1.0);
        assertThat(r.dateAccuracy()).as(r.toString()).isEqualTo(1.0);
        assertThat(r.localityAccuracy()).as(r.toString()).isEqualTo(1.0);
        assertThat(r.splitAccuracy()).as(r.toString()).isEqualTo(1.0);
        assertThat(r.targetPrecision()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.targetRecall()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.referencePrecision()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.referenceRecall()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.taskRecall()).as(r.toString()).isEqualTo(1.0);
    }

    @Test
    void strippedVariantStaysClose() {
        StructureBench.Report r = new StructureBench(org.vanban.lab.cli.BenchStructureCommand.productChain()).run(DEV, StructureBench.Variant.STRIPPED);
        assertThat(r.sectionF1()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.kindAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.numberAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.dateAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.localityAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.targetRecall()).as(r.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.targetPrecision()).as(r.toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void damagedVariantStaysClose() {
        for (long seed = 0; seed < 2; seed++) {
            StructureBench.Report r = new StructureBench(org.vanban.lab.cli.BenchStructureCommand.productChain()).run(DEV, StructureBench.Variant.DAMAGED, seed);
            assertThat(r.sectionF1()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.kindAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.numberAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.dateAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.localityAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.targetRecall()).as(r.toString()).isGreaterThanOrEqualTo(0.9);
            assertThat(r.targetPrecision()).as(r.toString()).isGreaterThanOrEqualTo(0.9);
        }
    }
}
