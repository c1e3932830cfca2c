package org.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.cli.DocumentSchemaTest;
import org.vanban.index.DocumentIndex;
import org.vanban.index.DocumentRecord;
import org.vanban.index.IndexSearch;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;

/**
 * {@code GET /api/documents/{id}} gives the same vanban-document JSON as export and show --json: a text file
 * (a decision and the plan it adopts, OCR-damaged) is ingested, read back whole through HTTP and checked
 * against docs/document.schema.json.
 */
class DocumentApiSchemaTest {
    @TempDir Path tmp;

    @Test
    void theDocumentOfTheApiIsTheSchemaDocumentOfAnIngestedTextFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("15-qd.txt"), DocumentSchemaTest.COMPOUND, StandardCharsets.UTF_8);
        Path idx = tmp.resolve("idx");
        try (DocumentIndex w = DocumentIndex.open(idx);
             IngestPipeline p = new IngestPipeline(w, new IngestOptions(1, false, Duration.ofMinutes(1), false))) {
            assertThat(p.run(List.of(in)).anyFailed()).isFalse();
        }
        JsonNode schema = DocumentSchemaTest.schema();
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        try (IndexSearch search = IndexSearch.open(idx); WebServer server = WebServer.start(search, "127.0.0.1", 0, null)) {
            List<JsonNode> docs = new ArrayList<>();
            for (String id : ids(search)) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/documents/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                JsonNode d = json.readTree(r.body()).get("document");
                List<String> errors = new ArrayList<>();
                DocumentSchemaTest.validate(schema, schema, d, "$", errors);
                assertThat(errors).as(id).isEmpty();
                docs.add(d);
            }
            assertThat(docs).hasSize(2);
            JsonNode decision = docs.stream().filter(d -> d.get("attachedTo").asText().isEmpty()).findFirst().orElseThrow();
            JsonNode plan = docs.stream().filter(d -> !d.get("attachedTo").asText().isEmpty()).findFirst().orElseThrow();
            assertThat(decision.get("schema").asText()).isEqualTo(DocumentRecord.SCHEMA);
            assertThat(decision.get("type").asText()).isEqualTo("quyet-dinh");
            assertThat(decision.get("signerName").asText()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(decision.get("sourcePath").asText()).endsWith("15-qd.txt");
            assertThat(plan.get("attachedTo").asText()).isEqualTo(decision.get("id").asText());
            assertThat(plan.at("/extraction/targets/0/value").asText()).isEqualTo("90");
            assertThat(plan.at("/localityDetail/known").asBoolean()).isTrue();
            // the label names each unit once
            assertThat(plan.at("/localityDetail/label").asText()).isEqualTo("Huyện Đông Anh, Thành phố Hà Nội");
            assertThat(plan.get("pageTexts").get(0).get("text").asText()).isNotEmpty();
        }
    }

    private static List<String> ids(IndexSearch search) throws Exception {
        List<String> ids = new ArrayList<>();
        for (var h : search.search(org.vanban.index.SearchRequest.of("")).hits()) if (!ids.contains(h.docId())) ids.add(h.docId());
        return ids;
    }
}
