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
 *
 * <p>A run that streams its report to disk ({@link ReportWriter#toDirectory}) keeps in {@link #outcomes}
 * only the failed and partial files (at most {@link ReportWriter#KEPT}), so that memory does not grow with
 * the batch; the JSON file lists every file.
 *
 * @param missing source paths under the run's folders that were ingested by an earlier run and no longer
 *                exist (their documents are still in the index; {@code vanban prune} removes them)
 */
public record IngestReport(String startedAt, double seconds, int threads, String index,
                           int files, int ingested, int skipped, int partial, int failed,
                           int pages, int ocrPages, double pagesPerSecond, String stopped, List<FileOutcome> outcomes,
                           List<String> missing) {
    public IngestReport {
        stopped = stopped == null ? "" : stopped;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public static IngestReport of(Instant start, double seconds, int threads, Path index, List<FileOutcome> outcomes) {
        return of(start, seconds, threads, index, outcomes, null);
    }

    /** @param stopped why the run stopped before the end (Ctrl-C, disk full), or null */
    public static IngestReport of(Instant start, double seconds, int threads, Path index, List<FileOutcome> outcomes,
                                  String stopped) {
        Tally t = new Tally();
        outcomes.forEach(t::add);
        double pps = seconds > 0 ? t.pages / seconds : 0;
        return new IngestReport(start.toString(), round(seconds), threads, index.toAbsolutePath().toString(),
                t.files, t.ingested, t.skipped, t.partial, t.failed, t.pages, t.ocrPages, round(pps),
                stopped == null ? "" : stopped, List.copyOf(outcomes), List.of());
    }

    static double round(double v) { return Math.round(v * 100) / 100.0; }

    /** {@code dir/<start as yyyyMMddTHHmmss.SSSZ>.json}, with {@code -1}, {@code -2} ... if that name is taken. */
    static Path newFile(Path dir, Instant start) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(start);
        Path target = dir.resolve(stamp + ".json");
        for (int i = 1; Files.exists(target); i++) target = dir.resolve(stamp + "-" + i + ".json");
        return target;
    }

    /** Whether any file failed or was partial, or the run stopped early: the exit code is then non-zero. */
    public boolean anyFailed() { return failed > 0 || partial > 0 || !stopped.isEmpty(); }

    /** Writes the report atomically as {@code dir/<timestamp>.json} and returns its path. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = newFile(dir, Instant.parse(startedAt));
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
        if (!missing.isEmpty()) {
            out.printf(Locale.ROOT, "  missing since the last run: %d source file(s) no longer exist; their documents stay "
                    + "in the index until `vanban prune`%n", missing.size());
            for (int i = 0; i < Math.min(5, missing.size()); i++) out.println("    " + missing.get(i));
            if (missing.size() > 5) out.println("    ... more in the JSON report");
        }
        int shown = 0;
        for (FileOutcome o : outcomes) {
            if (o.status() == FileOutcome.Status.FAILED || o.status() == FileOutcome.Status.PARTIAL) {
                if (shown++ == 20) { out.println("  ... more in the JSON report"); break; }
                out.printf(Locale.ROOT, "  %-7s %s: %s%n", o.status().name().toLowerCase(Locale.ROOT), o.path(), o.reason());
            }
        }
    }
}
