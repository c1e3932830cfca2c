package org.vanban.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.model.VanbanDocument;
import org.vanban.lab.tools.SourceDocument;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class WatchTest {

    @Test
    void stableFilesWaitsUntilAFileStopsGrowing(@TempDir Path dir) throws Exception {
        AtomicLong now = new AtomicLong();
        StableFiles tracker = new StableFiles(dir, Duration.ofSeconds(2), now::get);
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "part one");
        assertThat(tracker.poll()).isEmpty();                 // first seen
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        Files.writeString(f, " part two", StandardOpenOption.APPEND);
        assertThat(tracker.poll()).isEmpty();                 // grew: the clock restarts
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertThat(tracker.poll()).isEmpty();                 // stable for 1.5 s only
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(tracker.poll()).containsExactly(f.toAbsolutePath());
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(tracker.poll()).isEmpty();                 // handed out once
        Files.writeString(f, "rewritten, longer than before");
        assertThat(tracker.poll()).isEmpty();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(tracker.poll()).containsExactly(f.toAbsolutePath()); // a new version is handed out again
        Files.writeString(dir.resolve(".hidden.tmp"), "x");
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(tracker.poll()).isEmpty();
    }

    @Test
    void watchIngestsFilesAsTheyAppearOnlyOnceComplete(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("drop");
        Files.createDirectories(dir);
        List<SourceDocument> docs = SourceDocument.loadAll();
        List<FileOutcome> seen = new CopyOnWriteArrayList<>();
        ExecutorService bg = Executors.newSingleThreadExecutor();
        try (DocumentIndex idx = DocumentIndex.open(tmp.resolve("index"));
             IngestPipeline p = new IngestPipeline(idx, new IngestOptions(1, false, Duration.ofSeconds(60), false))) {
            // a quiet period far longer than the gaps between the pieces below (3 polls, 150 ms): a loaded machine
            // would have to stall one write 25 times over to make a piece look finished
            Duration settle = Duration.ofSeconds(4);
            Duration poll = Duration.ofMillis(50);
            Future<IngestReport> run = bg.submit(() -> p.watch(dir, settle, poll, seen::add));
            // a file written slowly, in pieces: it must be taken whole
            Path slow = dir.resolve("slow.txt");
            String text = TestBatch.variant(docs.get(2), 1);
            try (OutputStream out = Files.newOutputStream(slow)) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int step = bytes.length / 4 + 1;
                for (int i = 0; i < bytes.length; i += step) {
                    out.write(bytes, i, Math.min(step, bytes.length - i));
                    out.flush();
                    long written = i + Math.min(step, bytes.length - i);
                    // the next piece once this one is on disk and the watcher has polled it a few times
                    await(() -> Files.size(slow) == written, 60);
                    long since = System.nanoTime();
                    await(() -> System.nanoTime() - since >= poll.toNanos() * 3, 60);
                    assertThat(seen).as("nothing is taken while the file grows").isEmpty();
                }
            }
            Files.writeString(dir.resolve("second.txt"), TestBatch.variant(docs.get(3), 1), StandardCharsets.UTF_8);
            await(() -> seen.size() >= 2, 120);
            p.stop("test done");
            IngestReport report = run.get(60, TimeUnit.SECONDS);
            assertThat(report.ingested()).isEqualTo(2);
            assertThat(report.files()).isEqualTo(2);
            assertThat(seen).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.INGESTED);
        } finally {
            bg.shutdownNow();
        }
        List<VanbanDocument> stored = List.copyOf(IngestPipelineTest.documents(tmp.resolve("index")).values());
        assertThat(stored).hasSize(2);
        assertThat(stored).anySatisfy(d -> assertThat(d.rawText().strip()).isEqualTo(TestBatch.variant(docs.get(2), 1).strip()));
    }

    /** A condition that may read files. */
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until the condition holds, checking every 10 ms; fails after {@code seconds}. */
    static void await(Condition c, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.holds()) {
            assertThat(System.nanoTime()).as("condition not met within " + seconds + " s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
