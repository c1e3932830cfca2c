package org.vanban.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.pdfa.PdfOutput;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import org.vanban.pipeline.ReportWriter;
import org.vanban.pipeline.SourcePruner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code vanban ingest PATH... [--index DIR] [--threads N]} or {@code vanban ingest --watch DIR}.
 * Resumable: rerunning the same command after an interruption skips the files already done (see the
 * ingest ledger in the index directory). Ctrl-C stops cleanly: files in progress finish and are committed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest files or folders (recursive) into the index: detect, OCR, repair, structure, index.",
                "Rerunning after an interruption resumes: files already done (same content, same pipeline version) are skipped.",
                "Exit code: 0 when every file was ingested or skipped, 1 when any failed or was partial, 2 on errors."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths = List.of();

    @Mixin
    IndexOption index;

    @Option(names = "--threads", paramLabel = "N", description = "OCR worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--force", description = "re-process files whose content is already indexed")
    boolean force;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "OCR time limit per page (default: ${DEFAULT-VALUE})")
    int pageTimeout;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "keep importing files that appear under DIR (once they stop growing) until Ctrl-C")
    Path watch;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "2",
            description = "with --watch: a file is taken once its size and time are unchanged this long (default: ${DEFAULT-VALUE})")
    double settle;

    @Option(names = "--commit-every", paramLabel = "FILES", defaultValue = "20",
            description = "commit the index after this many files (default: ${DEFAULT-VALUE}) ...")
    int commitEvery;

    @Option(names = "--commit-seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "... or this many seconds (default: ${DEFAULT-VALUE}); a crash loses at most that much work")
    int commitSeconds;

    @Option(names = "--min-free-mb", paramLabel = "MB", defaultValue = "200",
            description = "refuse to start or commit with less free disk space for the index (default: ${DEFAULT-VALUE})")
    long minFreeMb;

    @Option(names = "--quiet", description = "no progress and no summary")
    boolean quiet;

    @Option(names = "--prune", description = {"after the run, remove from the index the documents whose source file under the",
            "given folders no longer exists (listed as \"missing since the last run\" otherwise; see `vanban prune`)"})
    boolean prune;

    @Option(names = "--pdf-out", paramLabel = "DIR", description = {"also write an archive PDF/A-2u of each scan or PDF into DIR",
            "(as `vanban pdf`, on the OCR's own word boxes); a rerun writes the ones missing"})
    Path pdfOut;

    @Override
    public Integer call() throws Exception {
        if (watch == null && paths.isEmpty()) {
            throw new IllegalArgumentException("give files or folders to ingest, or --watch DIR");
        }
        // a path that does not exist at the start is a typing mistake, not a lost file: no run, no report
        List<String> absent = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!absent.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (absent.size() == 1 ? "no such file or folder: " : "no such files or folders: ") + String.join(", ", absent));
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IngestOptions options = new IngestOptions(n, force, Duration.ofSeconds(pageTimeout), !quiet && watch == null,
                commitEvery, Duration.ofSeconds(commitSeconds), minFreeMb * 1024 * 1024).withArchive(pdfOut == null ? null : new PdfOutput(pdfOut));
        IngestReport report;
        CountDownLatch finished = new CountDownLatch(1);
        try {
            report = ingest(options, finished);
        } catch (RuntimeException e) {
            if (!isDiskFull(e)) throw e;
            throw new IllegalStateException(diskFullMessage(e), e);
        } finally {
            finished.countDown(); // index closed and committed: a Ctrl-C hook may let the JVM exit now
        }
        if (watch != null) return report.failed() + report.partial() > 0 ? 1 : 0;
        return report.anyFailed() ? 1 : 0;
    }

    /** True when the failure, or one of its causes or suppressed failures, is the disk running out of space. */
    static boolean isDiskFull(Throwable e) {
        return org.vanban.pipeline.DiskGuard.isDiskFull(e);
    }

    /** The report a run that the full disk stopped could still write, told for the message; null before. */
    private String salvaged;

    private String salvage(ReportWriter writer) {
        java.util.Optional<Path> file = writer.salvage(0, "the disk of the index ran out of space");
        return withNote(file.map(f -> "report: " + f)
                .orElse("no report (no room in " + index.reports().toAbsolutePath() + ")"), writer);
    }

    /** The text followed by the report writer's note, if it has one, in brackets. */
    private static String withNote(String text, ReportWriter writer) {
        return writer.note().isEmpty() ? text : text + " (" + writer.note() + ")";
    }

    /** What a full disk means for the user, in one line: what is stored, that a rerun resumes, where the report is. */
    private String diskFullMessage(Throwable e) {
        Path dir = index.path().toAbsolutePath();
        long stored;
        try (var search = org.vanban.index.IndexSearch.open(dir)) {
            stored = search.documentCount();
        } catch (RuntimeException unreadable) {
            stored = -1;
        }
        return diskFullMessage(dir, stored, salvaged != null ? salvaged
                : "no report (" + firstLine(e) + ")");
    }

    /**
     * {@code the index DIR ran out of disk space with N documents stored; free some space and run the same command
     * again to resume (report: FILE)}; {@code stored} below 0 when the index cannot be read.
     */
    static String diskFullMessage(Path dir, long stored, String report) {
        String holds = stored < 0 ? "the documents of its last commit stored"
                : stored + " document" + (stored == 1 ? "" : "s") + " stored";
        return "the index " + dir + " ran out of disk space with " + holds
                + "; free some space and run the same command again to resume (" + report + ")";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private IngestReport ingest(IngestOptions options, CountDownLatch finished) throws Exception {
        IngestReport report;
        try (org.vanban.index.DocumentStore idx = index.openStore();
             IngestPipeline pipeline = index.ingestPipeline(idx, options)) {
            Thread hook = new Thread(() -> {
                pipeline.stop("interrupted (Ctrl-C)");
                try {
                    finished.await(60, TimeUnit.SECONDS); // let files in progress finish and commit
                } catch (InterruptedException ignored) {
                    // exiting anyway
                }
            }, "vanban-ingest-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                // the JSON report is streamed to disk file by file: memory does not grow with the batch
                try (ReportWriter writer = ReportWriter.toDirectory(index.reports(), options.threads(), index.path().toAbsolutePath())) {
                    if (watch != null) {
                        if (!quiet) System.out.println("Watching " + watch.toAbsolutePath() + " (Ctrl-C to stop)");
                        report = pipeline.watch(watch, Duration.ofMillis((long) (settle * 1000)), Duration.ofMillis(500),
                                o -> {
                                    if (!quiet) System.out.printf(Locale.ROOT, "%-8s %s %s%n",
                                            o.status().name().toLowerCase(Locale.ROOT), o.path(), o.reason());
                                }, writer);
                    } else {
                        try {
                            report = pipeline.run(paths, writer);
                        } catch (RuntimeException e) {
                            if (isDiskFull(e)) salvaged = salvage(writer);
                            throw e;
                        }
                    }
                    if (!quiet) {
                        report.printSummary(System.out);
                        pipeline.pdfSummary().ifPresent(System.out::println);
                        System.out.println(withNote("Report: " + writer.file().map(Path::toString).orElse("(not written)"), writer));
                    }
                }
                if (prune && pipeline.stopReason() == null) {
                    List<SourcePruner.Gone> gone = pipeline.prune(watch != null ? List.of(watch) : paths, false);
                    if (!quiet) PruneCommand.print(gone, false, System.out);
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running
                }
            }
        }
        return report;
    }
}
