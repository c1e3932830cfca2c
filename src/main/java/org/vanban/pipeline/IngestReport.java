package org.vanban.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The per-run report of an ingest: every input file with its outcome, and totals.
 * Written as JSON to {@code <data>/reports/<timestamp>.json} and summarised on one screen.
 */
public record IngestReport(String startedAt, double seconds, int threads, String index,
                           int files, int ingested, int skipped, int partial, int failed,
                           int pages, int ocrPages, double pagesPerSecond, String stopped, List<FileOutcome> outcomes) {

    public static IngestReport of(Instant start, double seconds, int threads, Path index, List<FileOutcome> outcomes) {
        return of(start, seconds, threads, index, outcomes, null);
    }

    /** @param stopped why the run stopped before the end (Ctrl-C, disk full), or null */
    public static IngestReport of(Instant start, double seconds, int threads, Path index, List<FileOutcome> outcomes,
                                  String stopped) {
        int ingested = 0, skipped = 0, partial = 0, failed = 0, pages = 0, ocrPages = 0;
        for (FileOutcome o : outcomes) {
            switch (o.status()) {
                case INGESTED -> ingested++;
                case SKIPPED -> skipped++;
                case PARTIAL -> partial++;
                case FAILED -> failed++;
            }
            pages += o.pages();
            ocrPages += o.ocrPages();
        }
        double pps = seconds > 0 ? pages / seconds : 0;
        return new IngestReport(start.toString(), round(seconds), threads, index.toAbsolutePath().toString(),
                outcomes.size(), ingested, skipped, partial, failed, pages, ocrPages, round(pps),
                stopped == null ? "" : stopped, List.copyOf(outcomes));
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    /** Whether any file failed or was partial, or the run stopped early: the exit code is then non-zero. */
    public boolean anyFailed() { return failed > 0 || partial > 0 || !stopped.isEmpty(); }

    /** Writes the report atomically as {@code dir/<timestamp>.json} and returns its path. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(Instant.parse(startedAt));
        Path target = dir.resolve(stamp + ".json");
        for (int i = 1; Files.exists(target); i++) target = dir.resolve(stamp + "-" + i + ".json");
        Path tmp = Files.createTempFile(dir, ".report", ".tmp");
        mapper().writeValue(tmp.toFile(), this);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One-screen summary: totals, then every failed or partial file with its reason. */
    public void printSummary(PrintStream out) {
        out.printf(Locale.ROOT, "Ingest finished in %.1f s with %d thread(s): %d file(s), %d page(s) (%d OCR'd), %.2f pages/s%n",
                seconds, threads, files, pages, ocrPages, pagesPerSecond);
        out.printf(Locale.ROOT, "  ingested %d, skipped (already indexed) %d, partial %d, failed %d%n",
                ingested, skipped, partial, failed);
        if (!stopped.isEmpty()) out.println("  STOPPED: " + stopped);
        int shown = 0;
        for (FileOutcome o : outcomes) {
            if (o.status() == FileOutcome.Status.FAILED || o.status() == FileOutcome.Status.PARTIAL) {
                if (shown++ == 20) { out.println("  ... more in the JSON report"); break; }
                out.printf(Locale.ROOT, "  %-7s %s: %s%n", o.status().name().toLowerCase(Locale.ROOT), o.path(), o.reason());
            }
        }
    }
}
