package org.vanban.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban ingest PATH... [--index DIR] [--threads N]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files or folders (recursive) into the index: detect, OCR, repair, structure, index.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Mixin
    IndexOption index;

    @Option(names = "--threads", paramLabel = "N", description = "OCR worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--force", description = "re-process files whose content is already indexed")
    boolean force;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "OCR time limit per page (default: ${DEFAULT-VALUE})")
    int pageTimeout;

    @Option(names = "--quiet", description = "no progress and no summary")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IngestOptions options = new IngestOptions(n, force, Duration.ofSeconds(pageTimeout), !quiet);
        IngestReport report;
        try (DocumentIndex idx = DocumentIndex.open(index.path());
             IngestPipeline pipeline = new IngestPipeline(idx, options)) {
            report = pipeline.run(paths);
        }
        Path written = report.write(index.reports());
        if (!quiet) {
            report.printSummary(System.out);
            System.out.println("Report: " + written);
        }
        return report.anyFailed() ? 1 : 0;
    }
}
