package org.vanban.cli;

import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchRequest;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;
import org.vanban.pipeline.IngestOptions;
import org.vanban.pipeline.IngestPipeline;
import org.vanban.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban demo}: ingest the sample corpus and show a few searches. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Ingest corpus/ into the index and show example searches.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "folder to ingest (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Mixin
    IndexOption index;

    @Option(names = "--threads", paramLabel = "N", description = "OCR worker threads (default: number of cores)")
    Integer threads;

    /** A query shown by the demo, with its filters. */
    record Example(String label, SearchRequest request) {}

    static List<Example> examples() {
        return List.of(
                new Example("cải cách hành chính (with diacritics)",
                        new SearchRequest("cải cách hành chính", null, null, null, null, null, 3)),
                new Example("cai cach hanh chinh (without diacritics: same documents)",
                        new SearchRequest("cai cach hanh chinh", null, null, null, null, null, 3)),
                new Example("\"dịch vụ công trực tuyến\" in TARGETS sections",
                        new SearchRequest("\"dịch vụ công trực tuyến\"", SectionKind.TARGETS, null, null, null, null, 3)),
                new Example("plans (ke-hoach) from 2021 to 2025",
                        new SearchRequest("kế hoạch", null, DocType.KE_HOACH, null, 2021, 2025, 3)),
                new Example("anything located in today's Đồng Nai (old units included)",
                        new SearchRequest("ủy ban nhân dân", null, null, "Đồng Nai", null, null, 3)));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("corpus folder not found: " + corpus.toAbsolutePath());
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        System.out.println("== Ingesting " + corpus + " into " + index.path() + " with " + n + " OCR thread(s)");
        IngestReport report;
        index.requireEmbedded("demo");
        try (DocumentIndex idx = DocumentIndex.open(index.path());
             IngestPipeline pipeline = new IngestPipeline(idx, new IngestOptions(n, false, Duration.ofMinutes(3), true))) {
            report = pipeline.run(List.of(corpus));
        }
        Path written = report.write(index.reports());
        report.printSummary(System.out);
        System.out.println("Report: " + written);
        try (IndexSearch search = IndexSearch.open(index.path())) {
            System.out.println();
            System.out.println("== " + search.documentCount() + " document(s) in the index. Example searches:");
            for (Example e : examples()) {
                System.out.println();
                System.out.println("-- " + e.label());
                SearchCommand.print(search.search(e.request()), System.out);
            }
        }
        System.out.println();
        System.out.println("Try it yourself:");
        System.out.println("  ./vanban search 'thu tuc hanh chinh' --section targets");
        System.out.println("  ./vanban search 'một cửa' --type ke-hoach --year 2021..2025 --locality 'Phước Long'");
        System.out.println("  ./vanban show <id>          ./vanban export --format jsonl > documents.jsonl");
        System.out.println("  ./vanban extract targets --format csv > targets.csv");
        System.out.println();
        System.out.println("Web UI:  ./vanban serve   then open http://127.0.0.1:8080/");
        return report.anyFailed() ? 1 : 0;
    }
}
