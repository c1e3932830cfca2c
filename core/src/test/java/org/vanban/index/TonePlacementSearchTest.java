package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/**
 * Repair keeps a document's own tone placement (hoà or hòa, thuỷ or thủy), so search must find a document
 * whichever placement the query and the document use.
 */
class TonePlacementSearchTest {
    @TempDir
    Path dir;

    @Test
    void aQueryFindsTheDocumentInEitherPlacement() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(TestDocs.doc("d0000000000000e1", DocType.KE_HOACH, "12/KH-UBND", "2022-05-02",
                    "Kế hoạch phát triển thuỷ lợi", TestDocs.PHUOC_LONG, List.of(TestDocs.section(SectionKind.TASKS,
                            "I", "I. NHIỆM VỤ", "Nâng cấp công trình thuỷ lợi, giữ hoà bình trên địa bàn.", 1))));
            index.upsert(TestDocs.doc("d0000000000000e2", DocType.KE_HOACH, "13/KH-UBND", "2022-05-03",
                    "Kế hoạch phát triển thủy lợi", TestDocs.BU_DANG, List.of(TestDocs.section(SectionKind.TASKS,
                            "I", "I. NHIỆM VỤ", "Nâng cấp công trình thủy lợi, giữ hòa bình trên địa bàn.", 1))));
        }
        try (IndexSearch search = IndexSearch.open(dir)) {
            for (String q : List.of("thuỷ lợi", "thủy lợi", "hoà bình", "hòa bình", "thuy loi")) {
                assertThat(search.search(SearchRequest.of(q)).hits()).as(q).extracting(SearchHit::docId)
                        .containsExactlyInAnyOrder("d0000000000000e1", "d0000000000000e2");
            }
        }
    }
}
