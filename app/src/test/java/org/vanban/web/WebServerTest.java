package org.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.IndexSearch;

/** The JSON API over a small index, through real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
    @TempDir
    static Path dir;

    private IndexSearch search;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() throws Exception {
        search = IndexSearch.open(WebTestDocs.buildIndex(dir));
        server = WebServer.start(search, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        search.close();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsWithHighlightedSnippets() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("\"dịch vụ công trực tuyến\""), 200);
        assertThat(r.get("total").asInt()).isEqualTo(3);
        assertThat(r.get("hits").get(0).get("snippet").asText()).contains("«");
        JsonNode filtered = getJson("/api/search?q=" + enc("dịch vụ công") + "&locality=" + enc("hai phong") + "&year=2025", 200);
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
        assertThat(filtered.get("hits").get(0).get("docId").asText()).isEqualTo(WebTestDocs.HAI_PHONG_PLAN);
    }

    @Test
    void facetsCountByTypeYearAndLocality() throws Exception {
        JsonNode f = getJson("/api/facets?q=" + enc("dịch vụ công"), 200);
        assertThat(f.get("documents").asInt()).isEqualTo(3);
        assertThat(f.get("dims").get("type").get(0).get("value").asText()).isEqualTo("ke-hoach");
        assertThat(f.get("dims").get("type").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(f.get("dims").get("locality").toString()).contains("Huyện An Lão").contains("Xã An Thắng");
        assertThat(f.get("dims").get("locality_new").toString()).contains("Tỉnh Đồng Nai");
    }

    @Test
    void facetsOfAFilteredDimensionKeepItsOtherValues() throws Exception {
        // three plans speak of "dịch vụ công" (2025, 2023, 2021); choosing 2025 keeps 2023 and 2021 in the year facet
        JsonNode f = getJson("/api/facets?q=" + enc("dịch vụ công") + "&year=2025", 200);
        assertThat(f.get("documents").asInt()).isEqualTo(1);
        assertThat(f.get("dims").get("year").findValuesAsText("value")).containsExactly("2025", "2023", "2021");
        assertThat(f.get("dims").get("type").get(0).get("count").asInt()).isEqualTo(1);
        // the locality facet ignores the locality filter, the year facet does not
        JsonNode byPlace = getJson("/api/facets?q=" + enc("dịch vụ công") + "&locality=" + enc("old/Thành phố Hà Nội"), 200);
        assertThat(byPlace.get("documents").asInt()).isEqualTo(1);
        assertThat(byPlace.get("dims").get("locality").findValuesAsText("label"))
                .contains("Thành phố Hải Phòng", "Tỉnh Bình Phước", "Thành phố Hà Nội");
        assertThat(byPlace.get("dims").get("year").findValuesAsText("value")).containsExactly("2023");
        // /api/search with facets=true: the same counts in the same answer, with an exact total
        JsonNode r = getJson("/api/search?q=" + enc("dịch vụ công") + "&year=2025&facets=true", 200);
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("totalExact").asBoolean()).isTrue();
        assertThat(r.get("facets")).isEqualTo(f);
        assertThat(getJson("/api/search?q=" + enc("dịch vụ công"), 200).has("facets")).isFalse();
        assertThat(getJson("/api/search?facets=maybe", 400).get("error").asText()).contains("true or false");
    }

    @Test
    void documentAndPageImages() throws Exception {
        JsonNode d = getJson("/api/documents/" + WebTestDocs.HAI_PHONG_PLAN, 200);
        assertThat(d.get("imagesAvailable").asBoolean()).isTrue();
        assertThat(d.get("document").get("pageTexts").get(0).get("corrections").get(0).get("original").asText()).isEqualTo("toàn trinh");
        HttpResponse<byte[]> png = get("/api/documents/" + WebTestDocs.HAI_PHONG_PLAN + "/pages/1/image");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(Math.max(img.getWidth(), img.getHeight())).isLessThanOrEqualTo(PageImages.MAX_EDGE).isGreaterThan(500);
        HttpResponse<byte[]> pdfPage = get("/api/documents/" + WebTestDocs.PHUOC_LONG_PLAN + "/pages/1/image");
        assertThat(pdfPage.statusCode()).isEqualTo(200);
        BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(pdfPage.body()));
        assertThat(rendered.getWidth()).isBetween(849, 851); // US letter (8.5 in) at 100 dpi
    }

    @Test
    void badIdsPagesAndPathsAreRefused() throws Exception {
        assertThat(getJson("/api/documents/" + enc("../../etc/passwd"), 400).get("error").asText()).contains("not a document id");
        assertThat(getJson("/api/documents/ffffffffffffffff", 404).get("error").asText()).contains("no document");
        assertThat(getJson("/api/documents/" + WebTestDocs.HAI_PHONG_PLAN + "/pages/3/image", 404).get("error").asText())
                .contains("no page 3");
        assertThat(getJson("/api/documents/" + WebTestDocs.HAI_PHONG_PLAN + "/pages/x/image", 400).get("status").asInt()).isEqualTo(400);
        // the source file is gone: 404, never another file
        assertThat(getJson("/api/documents/" + WebTestDocs.DECISION + "/pages/1/image", 404).get("error").asText())
                .contains("not available");
        assertThat(get("/../pom.xml").statusCode()).isIn(400, 404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndA404EchoesNothing() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/info", "/api/nowhere", "/no/such/%3Cb%3Epage%3C/b%3E", "/document.html")) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        HttpResponse<byte[]> missing = get("/no/such/%3Cb%3Epage%3C/b%3E");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String body = new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Không tìm thấy trang").doesNotContain("such").doesNotContain("<b>");
    }

    /** A request sent as these bytes (the HTTP client refuses to send a malformed URI): status line and headers. */
    private String raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void requestsJettyCannotParseCarryTheSecurityHeadersToo() throws Exception {
        for (String line : List.of("GET /%zz HTTP/1.1", "GET /..%2f..%2fetc/passwd HTTP/1.1")) {
            String response = raw(line);
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertThat(head).as(line).startsWith("http/1.1 400").contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny").contains("content-security-policy:")
                    .contains("content-type: text/html; charset=utf-8");
            assertThat(response).as(line).contains("Yêu cầu không hợp lệ").doesNotContain("Bad Message")
                    .doesNotContain("etc/passwd");
        }
    }

    @Test
    void badQueriesAndLimitsGiveJsonErrors() throws Exception {
        JsonNode e = getJson("/api/search?q=" + enc("cải (cách"), 400);
        assertThat(e.get("status").asInt()).isEqualTo(400);
        assertThat(e.get("error").asText()).contains("invalid query");
        assertThat(getJson("/api/search?q=" + enc("\""), 400).get("error").asText())
                .contains("a quotation mark is not closed").doesNotContain("Lexical");
        JsonNode warned = getJson("/api/search?q=" + enc("foo:bar"), 200);
        assertThat(warned.get("warnings").get(0).asText()).contains("unknown field 'foo'").contains("locality");
        assertThat(warned.get("hits")).isNotNull();
        assertThat(getJson("/api/search?q=" + enc("cải cách"), 200).has("warnings")).isFalse();
        assertThat(getJson("/api/search?q=" + enc("type:xyz"), 400).get("error").asText()).contains("unknown document type");
        assertThat(getJson("/api/search?q=" + "a".repeat(1500), 400).get("error").asText()).contains("too long");
        assertThat(getJson("/api/search?limit=5000", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/api/nothing", 404).get("error").asText()).contains("no such endpoint");
    }

    @Test
    void targetsAndTasksAsJsonAndCsv() throws Exception {
        JsonNode t = getJson("/api/targets?q=" + enc("dịch vụ công") + "&year=2021..2025", 200);
        assertThat(t.get("total").asInt()).isEqualTo(2); // the Hà Nội target does not mention "dịch vụ công"
        HttpResponse<byte[]> csv = get("/api/targets?locality=" + enc("Hải Phòng") + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTỉnh/Thành phố,");
        assertThat(text.split("\r\n")).hasSize(3); // header + two targets of the Hải Phòng plan
        assertThat(text).contains("Xã An Thắng").contains("12/KH-UBND");
        JsonNode tasks = getJson("/api/tasks?q=" + enc("một cửa"), 200);
        assertThat(tasks.get("hits").get(0).get("lead").asText()).isEqualTo("Văn phòng HĐND và UBND xã");
    }

    @Test
    void compareLinesUpOneSectionKind() throws Exception {
        JsonNode c = getJson("/api/compare?section=targets&ids=" + WebTestDocs.HAI_PHONG_PLAN + "," + WebTestDocs.HA_NOI_PLAN, 200);
        assertThat(c.get("columns")).hasSize(2);
        assertThat(c.get("columns").get(0).get("sections").get(0).get("heading").asText()).isEqualTo("I. MỤC TIÊU");
        JsonNode byQuery = getJson("/api/compare?section=muc-tieu&q=" + enc("dịch vụ công"), 200);
        assertThat(byQuery.get("columns").size()).isEqualTo(3);
    }

    @Test
    void uiPagesAreServed() throws Exception {
        HttpResponse<byte[]> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("Tra cứu văn bản hành chính");
        assertThat(index.headers().firstValue("Content-Type").orElse("").toLowerCase()).startsWith("text/html").doesNotContain("null");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/targets.html").statusCode()).isEqualTo(200);
    }
}
