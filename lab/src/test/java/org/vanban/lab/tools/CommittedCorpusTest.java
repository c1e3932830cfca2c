package org.vanban.lab.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus/ folder committed in the repository matches its MANIFEST and stays small. */
class CommittedCorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void manifestMatchesTheCommittedFiles() throws IOException {
        assertThat(CORPUS.resolve(".manifest.json")).as("run org.vanban.lab.tools.CorpusGenerator").exists();
        CorpusGenerator.Manifest m = new ObjectMapper().readValue(CORPUS.resolve(".manifest.json").toFile(), CorpusGenerator.Manifest.class);
        assertThat(m.files()).hasSize(CorpusGenerator.FORMATS.size());
        assertThat(m.files().stream().map(ManifestEntry::format).toList()).containsExactlyInAnyOrderElementsOf(CorpusGenerator.FORMATS);
        long total = 0;
        for (ManifestEntry e : m.files()) {
            Path f = CORPUS.resolve(e.file());
            assertThat(f).as(e.file()).exists();
            total += Files.size(f);
        }
        assertThat(total).as("corpus size").isLessThan(15L * 1024 * 1024);
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".manifest.json")).count())
                    .isEqualTo(m.files().size());
        }
    }

    @Test
    void englishOcrFileShowsTheDamageOfTheWrongLanguageModel() throws IOException {
        CorpusGenerator.Manifest m = new ObjectMapper().readValue(CORPUS.resolve(".manifest.json").toFile(), CorpusGenerator.Manifest.class);
        ManifestEntry e = m.files().stream().filter(x -> x.format().equals("text-eng-ocr")).findFirst().orElseThrow();
        String text = Files.readString(CORPUS.resolve(e.file()));
        assertThat(text).contains("\f").containsIgnoringCase("NGH");
        for (String p : e.phrases()) assertThat(text).as("eng OCR cannot keep Vietnamese diacritics intact").doesNotContain(p);
    }
}
