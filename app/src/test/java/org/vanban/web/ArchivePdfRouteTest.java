package org.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.ingest.FileHashing;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.VeraPdf;

/** The document page's "Tải PDF/A" link: {@code /api/documents/{id}/pdf}. */
class ArchivePdfRouteTest {
    @TempDir Path tmp;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(WebServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheArchivePdfWritingItOnFirstRequestAndSaysWhenThereIsNone() throws Exception {
        List<String> lines = List.of("KẾ HOẠCH", "Cải cách hành chính năm 2021");
        Path scan = tmp.resolve("ke-hoach.png");
        ImageIO.write(org.vanban.cli.PdfScans.scan(lines), "png", scan.toFile());
        String sha = FileHashing.sha256(scan);
        String text = String.join("\n", lines);
        VanbanDocument plan = new VanbanDocument(sha.substring(0, 16), scan.toString(), sha, "image/png", Header.EMPTY,
                Locality.UNKNOWN, List.of(), List.of(new Page(1, text, text, 90, PageSource.OCR)));
        VanbanDocument gone = new VanbanDocument("00000000000000aa", tmp.resolve("gone.png").toString(), "aa", "image/png",
                Header.EMPTY, Locality.UNKNOWN, List.of(), List.of(new Page(1, "x", "x", 90, PageSource.OCR)));
        Path idx = tmp.resolve("idx");
        try (DocumentIndex w = DocumentIndex.open(idx)) {
            w.upsert(plan);
            w.upsert(gone);
            w.commit();
        }
        Path pdfDir = tmp.resolve("pdf");
        try (IndexSearch search = IndexSearch.open(idx); WebServer server = WebServer.start(search, "127.0.0.1", 0, pdfDir)) {
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(get(server, "/api/documents/" + plan.id()).body()).get("pdfAvailable").asBoolean()).isTrue();
            HttpResponse<byte[]> r = get(server, "/api/documents/" + plan.id() + "/pdf");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains(plan.id() + ".pdf");
            Path got = Files.write(tmp.resolve("got.pdf"), r.body());
            VeraPdf.assertPdfA2u(got);
            try (PDDocument d = Loader.loadPDF(got.toFile())) {
                assertThat(new PDFTextStripper().getText(d)).contains("Cải cách hành chính");
            }
            assertThat(pdfDir.resolve(plan.id() + ".pdf")).exists().hasBinaryContent(r.body());

            JsonNode none = json.readTree(get(server, "/api/documents/" + gone.id()).body());
            assertThat(none.get("pdfAvailable").asBoolean()).isFalse();
            HttpResponse<byte[]> missing = get(server, "/api/documents/" + gone.id() + "/pdf");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("moved or missing");
        }
    }
}
