package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestLedgerTest {

    static IngestLedger.Entry entry(String path, String sha, String status) {
        return IngestLedger.Entry.of(path, sha, DocumentBuilder.VERSION, status, List.of(DocumentBuilder.idFor(sha)), 1, "");
    }

    @Test
    void aTornLastLineIsIgnoredAndTheNextAppendStartsOnANewLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve(IngestLedger.FILE_NAME);
        try (IngestLedger l = IngestLedger.open(file)) {
            l.append(List.of(entry("/a", "aa".repeat(32), IngestLedger.INGESTED)));
        }
        // a power cut in the middle of the next line
        Files.writeString(file, "{\"time\":\"2026-01-01T00:00:00Z\",\"path\":\"/b\",\"sha2", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (IngestLedger l = IngestLedger.open(file)) {
            assertThat(l.size()).isEqualTo(1);
            assertThat(l.tornLines()).isEqualTo(1);
            assertThat(l.indexed("aa".repeat(32))).isPresent();
            l.append(List.of(entry("/c", "cc".repeat(32), IngestLedger.PARTIAL)));
        }
        try (IngestLedger l = IngestLedger.open(file)) {
            assertThat(l.size()).isEqualTo(2);
            assertThat(l.indexed("cc".repeat(32))).isPresent();
        }
        assertThat(IngestLedger.readAll(file)).extracting(IngestLedger.Entry::path).containsExactly("/a", "/c");
    }

    @Test
    void removedAndFailedEntries(@TempDir Path tmp) throws Exception {
        String a = "aa".repeat(32), b = "bb".repeat(32);
        try (IngestLedger l = IngestLedger.open(tmp.resolve("l.jsonl"))) {
            l.append(List.of(entry("/x", a, IngestLedger.INGESTED)));
            assertThat(l.latest("/x")).get().extracting(IngestLedger.Entry::sha256).isEqualTo(a);
            l.append(List.of(entry("/x", "", IngestLedger.FAILED)));
            assertThat(l.latest("/x")).get().extracting(IngestLedger.Entry::sha256).isEqualTo(a); // a failure keeps the last good one
            l.append(List.of(entry("/x", a, IngestLedger.REMOVED), entry("/x", b, IngestLedger.INGESTED)));
            assertThat(l.indexed(a)).isEmpty();
            assertThat(l.indexed(b)).isPresent();
            assertThat(l.latest("/x")).get().extracting(IngestLedger.Entry::sha256).isEqualTo(b);
        }
    }

    @Test
    void lookupsReadTheLinesBackAndTheTablesStaySmall(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("l.jsonl");
        int n = 20_000;
        try (IngestLedger l = IngestLedger.open(file)) {
            List<IngestLedger.Entry> batch = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(entry("/archive/box-" + (i / 1000) + "/doc-" + i + ".pdf", sha(i), IngestLedger.INGESTED));
                if (batch.size() == 1000) {
                    l.append(batch);
                    batch.clear();
                }
            }
            // 2 tables at most 3/4 full, 24 bytes a slot: under 100 bytes a file here (HashMaps of records took ~600)
            assertThat(l.tableBytes()).isLessThan(100L * n);
        }
        try (IngestLedger l = IngestLedger.open(file)) {
            assertThat(l.size()).isEqualTo(n);
            for (int i = 0; i < n; i += 997) {
                String path = "/archive/box-" + (i / 1000) + "/doc-" + i + ".pdf";
                assertThat(l.latest(path)).get().extracting(IngestLedger.Entry::sha256).isEqualTo(sha(i));
                assertThat(l.indexed(sha(i))).get().extracting(IngestLedger.Entry::path).isEqualTo(path);
            }
            assertThat(l.latest("/archive/elsewhere.pdf")).isEmpty();
            assertThat(l.indexed(sha(n + 1))).isEmpty();
            int[] count = {0};
            l.forEachIndexedPath(e -> count[0]++);
            assertThat(count[0]).isEqualTo(n);
            // a second path with the same content
            l.append(List.of(entry("/copy.pdf", sha(5), IngestLedger.INGESTED)));
            assertThat(l.otherPathHas(sha(5), "/copy.pdf")).isFalse(); // /archive/... does not exist on disk
        }
    }

    private static String sha(int i) {
        return String.format("%064x", 0x9e3779b97f4a7c15L * (i + 1));
    }
}
