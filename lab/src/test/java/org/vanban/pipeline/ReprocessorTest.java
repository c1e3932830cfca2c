package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.extract.LocalityResolver;
import org.vanban.index.DocumentIndex;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.StructureParser;
import org.vanban.text.PageRepair;
import org.vanban.text.TextStep;

import org.vanban.lab.tools.PageRenderer;
import org.vanban.lab.tools.ScanDegrader;
import org.vanban.lab.tools.SourceDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReprocessorTest {

    /** An "improved model": the standard repair plus a step that marks its output. */
    static DocumentBuilder improved() {
        List<TextStep> steps = new ArrayList<>(new PageRepair().steps());
        steps.add(t -> t + "\n[v2]");
        return new DocumentBuilder(new org.vanban.text.TextRepairer(null, null, new PageRepair(steps)),
                new StructureParser(), new LocalityResolver());
    }

    @Test
    void reprocessRebuildsFromStoredRawTextWithoutOcr(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        // two real scanned A4 pages (300 dpi, mild scan degradation)
        List<SourceDocument> docs = SourceDocument.loadAll();
        PageRenderer renderer = new PageRenderer();
        for (int k = 0; k < 2; k++) {
            BufferedImage page = ScanDegrader.degrade(renderer.render(docs.get(k + 6)).get(0), ScanDegrader.Level.MILD, k);
            ImageIO.write(page, "png", in.resolve("scan-" + k + ".png").toFile());
        }
        Path index = tmp.resolve("index");
        IngestReport ingest = IngestPipelineTest.ingest(index, List.of(in),
                new IngestOptions(1, false, Duration.ofSeconds(60), false));
        assertThat(ingest.ocrPages()).isEqualTo(2);
        Map<String, VanbanDocument> before = IngestPipelineTest.documents(index);

        Reprocessor.Result r;
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            r = new Reprocessor(idx, improved()).run(List.of());
        }
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.pages()).isEqualTo(2);

        Map<String, VanbanDocument> after = IngestPipelineTest.documents(index);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (VanbanDocument d : after.values()) {
            VanbanDocument old = before.get(d.id());
            assertThat(d.rawText()).isEqualTo(old.rawText());
            assertThat(d.text()).endsWith("[v2]").isNotEqualTo(old.text());
            assertThat(d.sourcePath()).isEqualTo(old.sourcePath());
        }
        // the ledger knows the content is done: a plain rerun skips it
        assertThat(IngestPipelineTest.ingest(index, List.of(in)).skipped()).isEqualTo(2);
    }

    @Test
    void selectedIdsOnlyAndMissingOnesReported(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        TestBatch.write(in, 1, 0);
        Path index = tmp.resolve("index");
        IngestPipelineTest.ingest(index, List.of(in));
        Map<String, VanbanDocument> before = IngestPipelineTest.documents(index);
        String first = before.keySet().iterator().next();
        Reprocessor.Result r;
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            r = new Reprocessor(idx, improved()).run(List.of(first.substring(0, 10), "ffffffffffff"));
        }
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.missing()).containsExactly("ffffffffffff");
        Map<String, VanbanDocument> after = IngestPipelineTest.documents(index);
        assertThat(after).hasSameSizeAs(before);
        for (VanbanDocument d : after.values()) {
            assertThat(d.text().endsWith("[v2]")).isEqualTo(d.id().equals(first));
        }
    }
}
