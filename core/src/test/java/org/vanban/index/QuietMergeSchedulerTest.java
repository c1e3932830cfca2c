package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/** A merge that meets a full disk leaves stderr alone (it printed a MergeException trace under the user's message). */
class QuietMergeSchedulerTest {

    /** Every merge finds the disk full; flushes and commits still write. */
    private static final class FullForMerges extends FilterDirectory {
        FullForMerges() {
            super(new ByteBuffersDirectory());
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (context.context == IOContext.Context.MERGE) throw new IOException("No space left on device");
            return super.createOutput(name, context);
        }
    }

    private static String stderrOfMerges(ConcurrentMergeScheduler scheduler) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (FullForMerges dir = new FullForMerges()) {
            LogDocMergePolicy policy = new LogDocMergePolicy();
            policy.setMergeFactor(2);
            policy.setMinMergeDocs(1);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergeScheduler(scheduler)
                    .setMergePolicy(policy).setCommitOnClose(false);
            IndexWriter w = new IndexWriter(dir, config);
            try {
                for (int i = 0; i < 8; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", "d" + i, Field.Store.YES));
                    w.addDocument(d);
                    w.flush();
                }
                w.forceMerge(1); // waits for the merges, and fails with them
            } catch (Exception expected) {
                // the merge failed: what matters is what reached stderr
            } finally {
                scheduler.sync(); // every merge thread has ended
                try {
                    w.rollback();
                } catch (Exception ignored) {
                    // closed already
                }
            }
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMergeOnAFullDiskIsKeptNotPrinted() throws Exception {
        QuietMergeScheduler quiet = new QuietMergeScheduler();
        assertThat(stderrOfMerges(quiet)).doesNotContain("No space left on device").doesNotContain("MergeException");
        assertThat(quiet.diskFull()).isNotNull();
        // Lucene's own scheduler throws on the merge thread: the uncaught trace the user saw on stderr
        Throwing lucene = new Throwing();
        stderrOfMerges(lucene);
        // the first merge to fail may be a later one, which Lucene fails with "this writer hit an unrecoverable
        // error" caused by the full disk: the cause chain names it either way
        assertThat(lucene.thrown).isNotNull().hasStackTraceContaining("No space left on device");
    }

    /** Lucene's handling, with what it throws caught (so that the test itself prints nothing). */
    private static final class Throwing extends ConcurrentMergeScheduler {
        volatile Throwable thrown;

        @Override
        protected void handleMergeException(Throwable exc) {
            try {
                super.handleMergeException(exc);
            } catch (MergePolicy.MergeException e) {
                if (thrown == null) thrown = e;
            }
        }
    }
}
