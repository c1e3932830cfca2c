package org.vanban.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchRequest;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.StructureParser;
import org.vanban.text.PageRepair;
import org.vanban.lab.tools.SourceDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of the text-facing components: repair, structure, the whole
 * post-OCR builder, and the query parser behind search. Any input must either work or fail with an
 * {@link IllegalArgumentException} that has a message; anything else is a bug.
 *
 * <p>As plain JUnit tests (the default) each target runs over its seeds in
 * {@code src/test/resources/org/vanban/pipeline/TextFuzzTestInputs/<method>/}. To fuzz, see README notes:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=TextFuzzTest#fuzzQuery} (each target stops after {@code maxDuration}).
 */
class TextFuzzTest {
    private static final PageRepair REPAIR = new PageRepair();
    private static final StructureParser STRUCTURE = new StructureParser();
    private static DocumentBuilder builder;
    private static Path dir;
    private static IndexSearch search;

    @BeforeAll
    static void tinyIndex() throws IOException {
        builder = new DocumentBuilder();
        dir = Files.createTempDirectory("vanban-fuzz-index");
        try (DocumentIndex idx = DocumentIndex.open(dir)) {
            List<SourceDocument> docs = SourceDocument.loadAll();
            for (int i = 0; i < 3; i++) {
                String text = docs.get(i).plainText();
                idx.upsert(builder.build("/fuzz/" + i + ".txt", String.format("%064x", i + 1), "text/plain",
                        List.of(new Page(1, text, text, -1, PageSource.TEXT_FILE))));
            }
        }
        search = IndexSearch.open(dir);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (search != null) search.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Pages split at form feeds, as OCR would give them. */
    static List<Page> pages(String text) {
        List<Page> pages = new ArrayList<>();
        String[] parts = text.split("\f", -1);
        for (int i = 0; i < parts.length && i < 50; i++) pages.add(new Page(i + 1, parts[i], REPAIR.repair(parts[i]), 50, PageSource.OCR));
        return pages;
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzRepair(byte[] data) {
        String out = REPAIR.repair(text(data));
        assertThat(out).isNotNull();
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzStructure(byte[] data) {
        DocumentStructure s = STRUCTURE.parse(pages(text(data)));
        assertThat(s.header()).isNotNull();
        assertThat(s.sections()).isNotNull();
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzBuild(byte[] data) {
        List<Page> raw = new ArrayList<>();
        for (Page p : pages(text(data))) raw.add(new Page(p.number(), p.rawText(), p.rawText(), p.confidence(), p.source()));
        VanbanDocument d = builder.build("/fuzz/x", "ab".repeat(32), "text/plain", raw);
        assertThat(d.pages()).hasSameSizeAs(raw);
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzQuery(byte[] data) {
        String q = text(data);
        try {
            assertThat(search.search(SearchRequest.of(q)).hits()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("error for query %s", q).isNotBlank();
        }
    }
}
