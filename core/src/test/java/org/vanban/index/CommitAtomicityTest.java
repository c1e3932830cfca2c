package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.VanbanDocument;

/**
 * A commit never lands between the parts of one file: writer threads index two-part files while another
 * thread commits as fast as it can; every commit point holds each file's parts all or none. (Without the
 * commit lock a kill after such a commit left a compound file half indexed, and the rerun skipped it.)
 */
class CommitAtomicityTest {
    @TempDir
    Path dir;

    @Test
    void everyCommitHoldsAllPartsOfAFileOrNone() throws Exception {
        VanbanDocument plan = TestDocs.reformPlan();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int worker = w;
                Thread t = new Thread(() -> {
                    try {
                        for (int f = 0; f < 150; f++) {
                            String sha = String.format("%064x", worker * 1000L + f);
                            List<VanbanDocument> parts = new ArrayList<>();
                            for (int p = 1; p <= 3; p++) {
                                parts.add(new VanbanDocument(sha.substring(48) + "-" + p, plan.sourcePath(), sha,
                                        plan.mediaType(), plan.header(), plan.locality(), plan.sections(), plan.pages()));
                            }
                            index.upsertAll(parts);
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                writers.add(t);
                t.start();
            }
            int checked = 0;
            while (writers.stream().anyMatch(Thread::isAlive)) {
                index.commit();
                try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
                    Map<String, Integer> partsPerFile = new HashMap<>();
                    StoredFields stored = r.storedFields();
                    org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
                    for (int i = 0; i < r.maxDoc(); i++) {
                        if (live != null && !live.get(i)) continue;
                        var d = stored.document(i);
                        if (!IndexSchema.REC_DOCUMENT.equals(d.get(IndexSchema.REC))) continue;
                        partsPerFile.merge(d.get(IndexSchema.SHA256), 1, Integer::sum);
                    }
                    assertThat(partsPerFile.values()).as("parts per file at commit %d", checked).allMatch(n -> n == 3);
                }
                checked++;
            }
            for (Thread t : writers) t.join();
            assertThat(errors).isEmpty();
            assertThat(checked).isPositive();
        }
    }
}
