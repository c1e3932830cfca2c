package org.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as a user runs them: ingest, search, show, export, with their errors. */
class CliTest {
    static final String DIRECTIVE = """
            ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH BÌNH PHƯỚC                   Độc lập - Tự do - Hạnh phúc
            Số: 07/CT-UBND                Bình Phước, ngày 28 tháng 11 năm 2023

            CHỈ THỊ
            Về việc tăng cường phòng cháy, chữa cháy rừng mùa khô

            Để chủ động phòng cháy, chữa cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
            1. Các sở, ban, ngành kiện toàn Ban Chỉ đạo trước ngày 15/12/2023.
            2. Ủy ban nhân dân các huyện tổ chức thực hiện nghiêm Chỉ thị này.
            """;
    static final String PLAN_ASCII = """
            UY BAN NHAN DAN               CONG HOA XA HOI CHU NGHIA VIET NAM
            THI XA PHUOC LONG                Doc lap - Tu do - Hanh phuc
            So: 39/KH-UBND               Phuoc Long, ngay 15 thang 3 nam 2021

            KE HOACH
            Cai cach hanh chinh nam 2021

            I. MUC DICH, YEU CAU
            Tiep tuc day manh cai cach hanh chinh.
            II. MUC TIEU
            100% thu tuc hanh chinh duoc cong khai.
            """;

    @TempDir
    Path tmp;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) { return console.run(args); }

    private String out() { return console.out(); }

    private String err() { return console.err(); }

    private String index() { return tmp.resolve("data/index").toString(); }

    private void ingestBoth() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("chi-thi.txt"), DIRECTIVE);
        Files.writeString(in.resolve("ke-hoach.txt"), PLAN_ASCII);
        assertThat(run("ingest", in.toString(), "--index", index(), "--threads", "1")).as(err()).isZero();
    }

    @Test
    void pruneAndIngestRefuseAnIndexAnotherWriterHolds() throws Exception {
        ingestBoth();
        try (org.vanban.index.DocumentIndex held = org.vanban.index.DocumentIndex.open(Path.of(index()))) {
            assertThat(run("prune", "--index", index())).isNotZero();
            assertThat(err()).contains("in use by another process").doesNotContain("Exception");
            assertThat(run("ingest", tmp.resolve("in").toString(), "--index", index(), "--threads", "1")).isNotZero();
            assertThat(err()).contains("in use by another process").doesNotContain("Exception");
            assertThat(held.documentCount()).isEqualTo(2);
        }
        assertThat(run("prune", "--index", index())).as(err()).isZero();
    }

    @Test
    void ingestPrintsASummaryAndWritesAReport() throws Exception {
        ingestBoth();
        assertThat(out()).contains("2 file(s)").contains("ingested 2");
        try (Stream<Path> reports = Files.list(tmp.resolve("data/index/reports"))) {
            List<Path> r = reports.toList();
            assertThat(r).hasSize(1);
            JsonNode report = new ObjectMapper().readTree(r.get(0).toFile());
            assertThat(report.get("ingested").asInt()).isEqualTo(2);
            assertThat(report.get("outcomes")).hasSize(2);
        }
    }

    @Test
    void searchWithFiltersAndJson() throws Exception {
        ingestBoth();
        assertThat(run("search", "phòng cháy", "--index", index(), "--type", "chi-thi", "--json")).as(err()).isZero();
        JsonNode res = new ObjectMapper().readTree(out());
        assertThat(res.get("total").asInt()).isEqualTo(1);
        assertThat(res.get("hits").get(0).get("number").asText()).isEqualTo("07/CT-UBND");
        assertThat(res.get("hits").get(0).get("snippet").asText()).contains("«");
        assertThat(res.get("hits").get(0).get("sourcePath").asText()).endsWith("chi-thi.txt");

        assertThat(run("search", "thủ tục", "--index", index(), "--year", "2021", "--section", "targets")).isZero();
        assertThat(out()).contains("1 hit(s)").contains("39/KH-UBND");

        assertThat(run("search", "cải cách", "--index", index(), "--year", "2022..2030")).isZero();
        assertThat(out()).contains("0 hit(s)");

        assertThat(run("search", "rung", "--index", index(), "--locality", "binh phuoc")).isZero();
        assertThat(out()).contains("07/CT-UBND");
    }

    @Test
    void badArgumentsGiveAClearMessageNotAStackTrace() throws Exception {
        ingestBoth();
        assertThat(run("search", "x", "--index", index(), "--section", "nonsense")).isNotZero();
        assertThat(err()).contains("unknown section kind").doesNotContain("at org.");
        assertThat(run("search", "x", "--index", index(), "--year", "20x1")).isNotZero();
        assertThat(err()).contains("--year");
        assertThat(run("search", "cải (cách", "--index", index())).isNotZero();
        assertThat(err()).contains("invalid query").doesNotContain("at org.");
        assertThat(run("search", "\"", "--index", index())).isEqualTo(2);
        assertThat(err()).contains("a quotation mark is not closed").doesNotContain("Lexical");
        assertThat(run("search", "foo:bar", "--index", index())).isZero();
        assertThat(err()).contains("warning: unknown field 'foo'").contains("locality");
        assertThat(run("search", "x", "--index", tmp.resolve("nowhere").toString())).isNotZero();
        assertThat(err()).contains("no index");
        assertThat(run("show", "ffffffffffff", "--index", index())).isNotZero();
        assertThat(err()).contains("no document");
    }

    @Test
    void showAndExportGiveTheWholeDocument() throws Exception {
        ingestBoth();
        assertThat(run("export", "--index", index(), "--format", "jsonl")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper m = new ObjectMapper();
        JsonNode doc = null;
        for (String line : lines) {
            JsonNode d = m.readTree(line);
            for (String field : List.of("id", "sourcePath", "sha256", "mediaType", "pages", "type", "number", "date",
                    "issuer", "title", "locality", "sections", "text", "rawText")) {
                assertThat(d.has(field)).as(field).isTrue();
            }
            if (d.get("number").asText().equals("07/CT-UBND")) doc = d;
        }
        assertThat(doc).isNotNull();
        assertThat(doc.get("type").asText()).isEqualTo("chi-thi");
        assertThat(doc.get("date").asText()).isEqualTo("2023-11-28");
        assertThat(doc.get("sections").get(0).has("kind")).isTrue();

        assertThat(run("export", "--index", index(), "--format", "json")).isZero();
        assertThat(m.readTree(out())).hasSize(2);

        String id = doc.get("id").asText();
        assertThat(run("show", id.substring(0, 8), "--index", index())).isZero();
        assertThat(out()).contains("07/CT-UBND").contains("Chỉ thị").contains("Sections:").contains("phòng cháy");
        assertThat(run("show", id, "--index", index(), "--json")).isZero();
        assertThat(m.readTree(out()).get("id").asText()).isEqualTo(id);
    }
}
