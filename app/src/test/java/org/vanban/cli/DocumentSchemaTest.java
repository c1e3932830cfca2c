package org.vanban.cli;

import org.vanban.index.DocumentRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of export / show --json / structure against docs/document.schema.json (the web API's is checked in web.DocumentApiSchemaTest). */
public class DocumentSchemaTest {
    /** A decision and the plan it adopts, with OCR damage of the kinds real scans show. */
    public static final String COMPOUND = """
            UY BAN NHAN DAN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN ĐÔNG ANH                    Độc lập - Tự do - Hạnh phúc
            S6: 15/QĐ-UBND               Đông Anh, ngày 12 tháng 01 năm 2024

            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch chuyển đổi số huyện Đông Anh năm 2024

            Căn cứ Nghị định số 45/2020/NĐCP ngày 08/4/2020 của Chính phủ;
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.
            Điều 2. Quyết định có hiệu lực từ ngày ký.
            Điều 3. Chánh Văn phòng UBND huyện, Thủ trưởng các phòng chịu trách nhiệm thi hành.
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.
                                                TM. ỦY BAN NHÂN DÂN
                                                CHỦ TỊCH
                                                Nguyễn Văn Hùng
            \f
            UY BAN NHAN DAN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN ĐÔNG ANH                    Độc lập - Tự do - Hạnh phúc

            KẾ HOẠCH
            Chuyển đổi số huyện Đông Anh năm 2024
            (Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024 của UBND huyện)

            I. MỤC ĐÍCH, YÊU CẦU
            Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.
            IL. MỤC TIÊU
            - Đến năm 2024, 90% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.
            III. NHIỆM VỤ
            1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Nội vụ triển khai nền tảng số.
            IV. KINH PHÍ
            Từ ngân sách huyện.
            """;

    public static JsonNode schema() throws Exception {
        Path p = Path.of("docs/document.schema.json");
        if (!Files.exists(p)) p = Path.of("../docs/document.schema.json");
        return new ObjectMapper().readTree(p.toFile());
    }

    private static List<VanbanDocument> built() {
        List<Page> pages = new ArrayList<>();
        String[] parts = COMPOUND.split("\f");
        for (int i = 0; i < parts.length; i++) pages.add(new Page(i + 1, parts[i], parts[i], 88, PageSource.OCR));
        return new DocumentBuilder().buildAll("in/15-qd.pdf", "ab".repeat(32), "application/pdf", pages);
    }

    @Test
    void everyDocumentOfACompoundFileFitsTheSchemaAndCarriesWhatTheProjectKnows() throws Exception {
        JsonNode schema = schema();
        List<VanbanDocument> docs = built();
        assertThat(docs).hasSize(2);
        ObjectMapper m = Json.COMPACT;
        List<JsonNode> json = new ArrayList<>();
        for (VanbanDocument d : docs) {
            JsonNode n = m.readTree(m.writeValueAsString(DocumentRecord.of(d)));
            List<String> errors = new ArrayList<>();
            validate(schema, schema, n, "$", errors);
            assertThat(errors).as(d.id()).isEmpty();
            json.add(n);
        }
        JsonNode decision = json.get(0);
        JsonNode plan = json.get(1);
        assertThat(decision.get("schemaVersion").asInt()).isEqualTo(DocumentRecord.SCHEMA_VERSION);
        assertThat(decision.get("signerName").asText()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(decision.get("recipients")).isNotEmpty();
        assertThat(decision.get("legalBases")).isNotEmpty();
        assertThat(decision.at("/extraction/references/0/key").asText()).isEqualTo("45/2020/ND-CP");
        assertThat(plan.get("attachedTo").asText()).isEqualTo(decision.get("id").asText());
        assertThat(plan.at("/extraction/targets/0/value").asText()).isEqualTo("90");
        List<Integer> levels = new ArrayList<>();
        plan.get("sections").forEach(s -> levels.add(s.get("level").asInt()));
        assertThat(levels).contains(1, 2);
        assertThat(plan.get("localityDetail").get("code").asText()).isEqualTo("017");
    }

    @Test
    void theValidatorCatchesAMissingFieldAWrongTypeAndAnUndeclaredOne() throws Exception {
        JsonNode schema = schema();
        ObjectMapper m = Json.COMPACT;
        com.fasterxml.jackson.databind.node.ObjectNode n =
                (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(m.writeValueAsString(DocumentRecord.of(built().get(0))));
        n.remove("attachedTo");
        n.put("pages", "two");
        n.put("surprise", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("sections").get(0)).put("kind", "chapter");
        List<String> errors = new ArrayList<>();
        validate(schema, schema, n, "$", errors);
        assertThat(errors).anyMatch(e -> e.contains("attachedTo")).anyMatch(e -> e.contains("$.pages"))
                .anyMatch(e -> e.contains("surprise")).anyMatch(e -> e.contains("$.sections[0].kind"));
    }

    /** The part of JSON Schema the schema file uses: $ref, type, const, enum, required, properties, items, minimum. */
    public static void validate(JsonNode root, JsonNode s, JsonNode v, String at, List<String> errors) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            validate(root, root.at(ref.substring(1)), v, at, errors);
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) errors.add(at + ": not " + s.get("const"));
        if (s.has("enum")) {
            boolean any = false;
            for (JsonNode e : s.get("enum")) any |= e.equals(v);
            if (!any) errors.add(at + ": " + v + " not one of " + s.get("enum"));
        }
        if (s.has("type")) {
            String t = s.get("type").asText();
            boolean ok = switch (t) {
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                default -> false;
            };
            if (!ok) {
                errors.add(at + ": expected " + t + ", was " + v.getNodeType());
                return;
            }
        }
        if (s.has("minimum") && v.isNumber() && v.asDouble() < s.get("minimum").asDouble()) errors.add(at + ": below minimum");
        if (v.isObject()) {
            for (JsonNode r : s.path("required")) if (!v.has(r.asText())) errors.add(at + ": missing " + r.asText());
            JsonNode props = s.path("properties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (props.has(f)) validate(root, props.get(f), v.get(f), at + "." + f, errors);
                else if (s.path("additionalProperties").isBoolean() && !s.get("additionalProperties").asBoolean()) {
                    errors.add(at + ": undeclared " + f);
                }
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) validate(root, s.get("items"), v.get(i), at + "[" + i + "]", errors);
        }
    }
}
