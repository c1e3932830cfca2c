package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.ingest.FileHashing;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;

/** {@code export --format archive-csv|archive-json [--pdf-dir]} on an index built directly. */
class ArchiveExportTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    @TempDir
    Path tmp;

    private Path index() {
        Path dir = tmp.resolve("idx");
        Header plan = new Header(DocType.KE_HOACH, "39/KH-UBND", "Gia Lâm", "2021-03-05", "Ủy ban nhân dân huyện Gia Lâm",
                "", "Về việc cải cách hành chính, năm 2021").withDetails("Nguyễn Văn An", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH",
                List.of("UBND thành phố"), List.of());
        Header decision = new Header(DocType.QUYET_DINH, "12/QĐ-UBND", "", "2021-03-01", "", "", "Ban hành kế hoạch");
        try (DocumentIndex idx = DocumentIndex.open(dir)) {
            idx.upsertAll(List.of(
                    new VanbanDocument("1111222233334444", "/in/a.pdf", "aa", "application/pdf", decision, Locality.UNKNOWN,
                            List.of(), List.of(new Page(1, "Quyết định", "Quyết định", 88, PageSource.OCR))),
                    new VanbanDocument("1111222233334444-2", "/in/a.pdf", "aa", "application/pdf", plan, Locality.UNKNOWN,
                            List.of(), List.of(new Page(2, "Kế hoạch", "Kế hoạch", 91, PageSource.OCR)))));
            idx.commit();
        }
        return dir;
    }

    @Test
    void csvHasAValueAndAConfidenceColumnPerFieldAndThePdfHashOfTheFile() throws Exception {
        Path idx = index();
        Path pdfs = Files.createDirectories(tmp.resolve("pdf"));
        Path pdf = Files.writeString(pdfs.resolve("1111222233334444.pdf"), "%PDF-1.7 stand-in");
        assertThat(console.run("export", "--index", idx.toString(), "--format", "archive-csv", "--pdf-dir", pdfs.toString()))
                .as(console.err()).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFidentifier,identifierConfidence,codeNumber,codeNumberConfidence,");
        assertThat(lines).hasSize(3);
        String sha = FileHashing.sha256(pdf);
        assertThat(lines.get(1)).startsWith("1111222233334444,1.0,12,").contains("1111222233334444.pdf,1.0," + sha + ",1.0");
        assertThat(lines.get(2)).contains("\"Về việc cải cách hành chính, năm 2021\"").contains(sha);
    }

    @Test
    void jsonGivesEachFieldAsValueAndConfidenceAndNoPdfWhenNoneWasWritten() throws Exception {
        Path idx = index();
        assertThat(console.run("export", "--index", idx.toString(), "--format", "archive-json")).as(console.err()).isZero();
        JsonNode rows = Json.COMPACT.readTree(console.out());
        assertThat(rows).hasSize(2);
        JsonNode plan = rows.get(1);
        assertThat(plan.get("codeNotation").get("value").asText()).isEqualTo("KH-UBND");
        assertThat(plan.get("signerPosition").get("value").asText()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(plan.get("subject").get("confidence").asDouble()).isEqualTo(0.91);
        assertThat(plan.get("pdfFile").get("value").asText()).isEmpty();
        assertThat(plan.get("pdfSha256").get("confidence").asDouble()).isZero();
    }
}
