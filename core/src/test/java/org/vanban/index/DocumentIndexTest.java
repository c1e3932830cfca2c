package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.Header;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

class DocumentIndexTest {
    @TempDir
    Path dir;

    @Test
    void upsertTwiceKeepsOneDocumentAndItsSectionsOnce() {
        VanbanDocument plan = TestDocs.reformPlan();
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(plan);
            index.upsert(plan);
            index.commit();
            index.upsert(plan);
            assertThat(index.documentCount()).isEqualTo(1);
        }
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.documentCount()).isEqualTo(1);
            SearchResults sections = s.search(new SearchRequest("", SectionKind.TASKS, null, null, null, null, 10));
            assertThat(sections.total()).isEqualTo(1);
        }
    }

    @Test
    void upsertReplacesChangedContent() {
        VanbanDocument plan = TestDocs.reformPlan();
        Header h = plan.header();
        VanbanDocument retitled = new VanbanDocument(plan.id(), plan.sourcePath(), plan.sha256(), plan.mediaType(),
                new Header(h.type(), h.number(), h.place(), h.date(), h.issuer(), h.superiorIssuer(), "Kế hoạch số hóa"),
                plan.locality(), plan.sections().subList(0, 1), plan.pages());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(plan);
            index.upsert(retitled);
        }
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.get(plan.id())).contains(retitled);
            assertThat(s.search(new SearchRequest("", SectionKind.TASKS, null, null, null, null, 10)).total()).isZero();
        }
    }

    @Test
    void sameContentUnderAnotherIdReplacesTheOldRecord() {
        VanbanDocument plan = TestDocs.reformPlan();
        VanbanDocument renamed = new VanbanDocument("0000aaaa0000aaaa", plan.sourcePath(), plan.sha256(),
                plan.mediaType(), plan.header(), plan.locality(), plan.sections(), plan.pages());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(plan);
            index.upsert(renamed);
            assertThat(index.documentCount()).isEqualTo(1);
        }
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.get(plan.id())).isEmpty();
            assertThat(s.get("0000aaaa0000aaaa")).isPresent();
        }
    }

    @Test
    void containsSha256AndDelete() {
        VanbanDocument plan = TestDocs.reformPlan();
        VanbanDocument decision = TestDocs.decision();
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertThat(index.containsSha256(plan.sha256())).isFalse();
            index.upsert(plan);
            index.upsert(decision);
            assertThat(index.containsSha256(plan.sha256())).isTrue();
            index.delete(plan.id());
            assertThat(index.containsSha256(plan.sha256())).isFalse();
            assertThat(index.documentCount()).isEqualTo(1);
        }
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.search(new SearchRequest("hồ sơ", SectionKind.TARGETS, null, null, null, null, 10)).total())
                    .isZero();
            assertThat(s.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void reopeningKeepsDocuments() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.upsert(TestDocs.directive());
        }
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void emptyIndexCanBeSearched() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertThat(index.documentCount()).isZero();
        }
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.search(SearchRequest.of("cải cách")).hits()).isEmpty();
        }
    }

    @Test
    void notWritableIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> DocumentIndex.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a-file");
        assertThatThrownBy(() -> DocumentIndex.open(file.resolve("sub"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot create index directory");
    }

    @Test
    void secondWriterIsRefusedClearly() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertThatThrownBy(() -> DocumentIndex.open(dir)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void documentWithoutIdIsRejected() {
        VanbanDocument plan = TestDocs.reformPlan();
        VanbanDocument noId = new VanbanDocument("", plan.sourcePath(), plan.sha256(), plan.mediaType(), plan.header(),
                plan.locality(), List.of(), plan.pages());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertThatThrownBy(() -> index.upsert(noId)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no id");
        }
    }
}
