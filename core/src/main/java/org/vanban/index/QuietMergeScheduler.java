package org.vanban.index;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.vanban.pipeline.DiskGuard;

/**
 * Lucene's merge scheduler, except that a merge which fails because the disk is full does not throw on its
 * merge thread (which printed a stack trace on stderr, under the user's one-line message). The failure is kept
 * ({@link #diskFull()}); the next commit meets the full disk too and the run stops with the usual message.
 * Any other merge failure is thrown as Lucene does.
 */
public final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    private volatile Throwable diskFull;

    @Override
    protected void handleMergeException(Throwable exc) {
        if (DiskGuard.isDiskFull(exc)) {
            if (diskFull == null) diskFull = exc;
            return;
        }
        super.handleMergeException(exc);
    }

    /** The first merge that failed for want of disk space, or null. */
    public Throwable diskFull() {
        return diskFull;
    }
}
