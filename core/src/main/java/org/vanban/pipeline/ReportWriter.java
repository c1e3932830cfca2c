package org.vanban.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects the outcomes of an ingest run into its {@link IngestReport}. Either in memory (every outcome kept:
 * for the API and tests), or streamed to a JSON file as each file finishes: then only the totals and the
 * failed or partial files (at most {@link #KEPT}) stay in memory, however many files the batch has. The
 * file is written under a temporary name and moved to {@code <dir>/<timestamp>.json} when the run ends, so
 * a finished report is never half-written.
 */
public final class ReportWriter implements Closeable {
    /** Failed or partial outcomes (and missing paths) kept in memory when streaming, for the summary. */
    public static final int KEPT = 1000;

    private final Instant start = Instant.now();
    private final int threads;
    private final Path index;
    private final Path dir;
    private final Path tmp;
    private final Path fallbackDir;
    private JsonGenerator json;
    private IOException streamFailure;
    private String note = "";
    private final List<FileOutcome> kept = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final Tally tally = new Tally();
    private int missingCount;
    private boolean outcomesClosed;
    private Path written;

    private ReportWriter(int threads, Path index, Path dir) throws IOException {
        this(threads, index, dir, Path.of(System.getProperty("java.io.tmpdir"), "vanban-reports"), null);
    }

    /** With where a short report goes when {@code dir} cannot take the report, and how the stream opens (tests). */
    ReportWriter(int threads, Path index, Path dir, Path fallbackDir, java.io.OutputStream out) throws IOException {
        this.fallbackDir = fallbackDir;
        this.threads = threads;
        this.index = index.toAbsolutePath();
        this.dir = dir;
        if (dir == null) {
            tmp = null;
            json = null;
        } else {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".report", ".tmp");
            ObjectMapper mapper = IngestReport.mapper();
            json = out != null ? mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)
                    : mapper.getFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("startedAt", start.toString());
            json.writeNumberField("threads", threads);
            json.writeStringField("index", this.index.toString());
            json.writeArrayFieldStart("outcomes");
        }
    }

    /** Keeps every outcome in memory; nothing is written. */
    public static ReportWriter inMemory(int threads, Path index) {
        try {
            return new ReportWriter(threads, index, null);
        } catch (IOException e) {
            throw new AssertionError(e); // nothing to write
        }
    }

    /**
     * Streams the report to {@code dir/<timestamp>.json}.
     *
     * @throws IOException when the report folder cannot be created or written
     */
    public static ReportWriter toDirectory(Path dir, int threads, Path index) throws IOException {
        return new ReportWriter(threads, index, dir);
    }

    /** When the run started. */
    public Instant start() {
        return start;
    }

    /** Records one file's outcome. */
    public synchronized void add(FileOutcome o) {
        if (outcomesClosed) throw new IllegalStateException("outcome after the missing files: " + o.path());
        tally.add(o);
        if (dir == null) {
            kept.add(o);
            return;
        }
        boolean bad = o.status() == FileOutcome.Status.FAILED || o.status() == FileOutcome.Status.PARTIAL;
        if (bad && kept.size() < KEPT) kept.add(o);
        if (json == null) return; // the stream was abandoned: the short report keeps the totals and the failed files
        try {
            json.writeObject(o);
        } catch (IOException e) {
            abandon(e);
        }
    }

    /**
     * The report folder cannot take the report (a full disk): the stream is dropped and its file removed, the
     * totals and the failed files go on in memory, and {@link #finish} writes them as a short report.
     */
    private void abandon(IOException e) {
        if (streamFailure == null) streamFailure = e;
        try {
            json.close();
        } catch (IOException ignored) {
            // the same full disk
        }
        json = null;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // nothing more to free
        }
    }

    /** Records a source path that an earlier run ingested and that no longer exists. Call after every {@link #add}. */
    public synchronized void missing(String path) {
        boolean wasClosed = outcomesClosed;
        outcomesClosed = true;
        missingCount++;
        if (dir == null || missing.size() < KEPT) missing.add(path);
        if (json == null) return;
        try {
            if (!wasClosed) {
                json.writeEndArray();
                json.writeArrayFieldStart("missing");
            }
            json.writeString(path);
        } catch (IOException e) {
            abandon(e);
        }
    }

    /** Files recorded so far. */
    public synchronized int files() {
        return tally.files;
    }

    /**
     * Ends the report: writes the totals and moves the file into place (streaming), and returns the report.
     *
     * @param stopped why the run stopped early, or null
     */
    public synchronized IngestReport finish(double seconds, String stopped) throws IOException {
        Tally t = tally;
        double secs = IngestReport.round(seconds);
        double pps = IngestReport.round(seconds > 0 ? t.pages / seconds : 0);
        String stop = stopped == null ? "" : stopped;
        if (dir == null) kept.sort(Comparator.comparing(FileOutcome::path)); // outcomes arrive in completion order
        List<String> missingShown = missingCount > missing.size() ? withMore(missing, missingCount) : missing;
        IngestReport report = new IngestReport(start.toString(), secs, threads, index.toString(), t.files, t.ingested,
                t.skipped, t.partial, t.failed, t.pages, t.ocrPages, pps, stop, kept, missingShown);
        if (json != null && written == null) {
            try {
                finishStream(t, secs, pps, stop);
            } catch (IOException e) {
                abandon(e);
            }
        }
        if (dir != null && written == null) writeShort(report);
        return report;
    }

    private void finishStream(Tally t, double secs, double pps, String stop) throws IOException {
        {
            if (!outcomesClosed) {
                json.writeEndArray();
                json.writeArrayFieldStart("missing");
            }
            json.writeEndArray();
            json.writeNumberField("seconds", secs);
            json.writeNumberField("files", t.files);
            json.writeNumberField("ingested", t.ingested);
            json.writeNumberField("skipped", t.skipped);
            json.writeNumberField("partial", t.partial);
            json.writeNumberField("failed", t.failed);
            json.writeNumberField("pages", t.pages);
            json.writeNumberField("ocrPages", t.ocrPages);
            json.writeNumberField("pagesPerSecond", pps);
            json.writeStringField("stopped", stop);
            json.writeEndObject();
            json.close();
            Path target = IngestReport.newFile(dir, start);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            written = target;
        }
    }

    /**
     * The run failed before {@link #finish} (the index's disk is full): finishes the report with what is known so
     * far; if the report folder has no room, a short report (totals and failed files) goes to the system's
     * temporary folder. See {@link #file} and {@link #note}.
     *
     * @param stopped why the run ended
     */
    public synchronized Optional<Path> salvage(double seconds, String stopped) {
        if (written == null) {
            try {
                finish(seconds, stopped);
            } catch (IOException | RuntimeException e) {
                if (note.isEmpty()) note = "no report could be written (" + e.getMessage() + ")";
            }
        }
        return file();
    }

    /** The report folder had no room: the short report goes to the temporary folder. */
    private void writeShort(IngestReport report) {
        String why = streamFailure == null ? "" : " (" + streamFailure.getMessage() + ")";
        try {
            written = report.write(fallbackDir);
            note = "the report folder " + dir.toAbsolutePath() + " had no room" + why
                    + ": a short report (totals and failed files) is in the temporary folder";
        } catch (IOException | RuntimeException e) {
            note = "no report could be written" + why + ", not even in " + fallbackDir + " (" + e.getMessage() + ")";
        }
    }

    /** Why the report is short or missing, or "" when it is the full report. */
    public synchronized String note() {
        return note;
    }

    private static List<String> withMore(List<String> shown, int total) {
        List<String> out = new ArrayList<>(shown);
        out.add("... and " + (total - shown.size()) + " more in the JSON report");
        return out;
    }

    /** The JSON file, once {@link #finish} has written it. */
    public Optional<Path> file() {
        return Optional.ofNullable(written);
    }

    /** Closes the JSON stream without finishing it (the run failed); the temporary file is removed. */
    @Override
    public synchronized void close() throws IOException {
        if (json != null && written == null && tmp != null) {
            json.close();
            Files.deleteIfExists(tmp);
        }
    }
}
