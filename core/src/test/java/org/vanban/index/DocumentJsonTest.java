package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.model.VanbanDocument;

class DocumentJsonTest {
    @Test
    void roundTripEqualsOriginal() {
        VanbanDocument doc = TestDocs.reformPlan();
        byte[] bytes = DocumentJson.toBytes(doc);
        assertThat(DocumentJson.fromBytes(bytes, 0, bytes.length)).isEqualTo(doc);
        assertThat(DocumentJson.fromJson(DocumentJson.toJson(doc))).isEqualTo(doc);
    }

    @Test
    void onlyRecordComponentsAreWritten() throws Exception {
        String json = DocumentJson.toJson(TestDocs.decision());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "sourcePath", "sha256", "mediaType", "header", "locality", "sections",
                "pages", "attachedTo", "extraction");
        assertThat(json).contains("\"currentNames\"").doesNotContain("\"known\"").doesNotContain("\"pageCount\"");
    }
}
