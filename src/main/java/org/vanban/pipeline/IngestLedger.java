package org.vanban.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest ledger (sổ theo dõi nhập liệu): an append-only JSON-lines file that records, per input file,
 * its content hash, the pipeline version that processed it and the outcome. It lives in the index
 * directory ({@value #FILE_NAME}), so it travels with the index.
 *
 * <p>Crash safety: lines are appended and {@code fsync}ed only <em>after</em> the index commit that holds
 * their documents ({@link Checkpointer}), so a line never claims a document the index lost. A kill
 * between the commit and the append only makes the next run redo those files, and re-indexing is
 * idempotent (documents are replaced by id and content hash). A torn last line (power cut mid-write) is
 * ignored when the ledger is read.
 */
public final class IngestLedger implements Closeable {
    /** Name of the ledger file inside the index directory. */
    public static final String FILE_NAME = "vanban-ledger.jsonl";

    /** Ledger status of a file whose document is in the index. */
    public static final String INGESTED = "INGESTED";
    /** Ledger status of a file whose document is in the index, some pages failed. */
    public static final String PARTIAL = "PARTIAL";
    /** Ledger status of a file that could not be ingested. */
    public static final String FAILED = "FAILED";
    /** Ledger status of content whose document was removed from the index (replaced by a newer version). */
    public static final String REMOVED = "REMOVED";

    /**
     * One ledger line.
     *
     * @param time        when it was recorded (ISO instant)
     * @param path        absolute path of the input file
     * @param sha256      content hash (hex), or "" when the file could not be read
     * @param version     {@link DocumentBuilder#VERSION} that produced the document
     * @param status      {@link #INGESTED}, {@link #PARTIAL}, {@link #FAILED} or {@link #REMOVED}
     * @param documentIds ids of the documents indexed for this content
     * @param pages       pages in the file
     * @param reason      why it failed or was partial, or a note ("moved from ...")
     */
    public record Entry(String time, String path, String sha256, int version, String status,
                        List<String> documentIds, int pages, String reason) {
        public Entry {
            sha256 = sha256 == null ? "" : sha256;
            reason = reason == null ? "" : reason;
            documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        }

        public static Entry of(String path, String sha256, int version, String status, List<String> ids, int pages,
                               String reason) {
            return new Entry(Instant.now().toString(), path, sha256, version, status, ids, pages, reason);
        }

        /** Whether this entry says the content's document is in the index. */
        public boolean indexed() {
            return INGESTED.equals(status) || PARTIAL.equals(status);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final FileChannel channel;
    /** content hash → latest entry whose document is in the index */
    private final Map<String, Entry> indexedBySha = new HashMap<>();
    /** path → latest entry for that path whose document is in the index */
    private final Map<String, Entry> byPath = new HashMap<>();
    private int lines;
    private int tornLines;

    private IngestLedger(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The ledger of the index in {@code indexDir}. */
    public static IngestLedger forIndex(Path indexDir) throws IOException {
        return open(indexDir.resolve(FILE_NAME));
    }

    /**
     * Opens (creating when absent) the ledger file and reads it.
     *
     * @throws IOException when the file cannot be read or opened for appending
     */
    public static IngestLedger open(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        IngestLedger ledger = new IngestLedger(abs, ch);
        try {
            ledger.load();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return ledger;
    }

    private void load() throws IOException {
        byte[] all = Files.readAllBytes(file);
        String text = new String(all, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            try {
                apply(MAPPER.readValue(line, Entry.class));
                lines++;
            } catch (JsonProcessingException e) {
                tornLines++; // a line cut short by a crash: its file is simply redone
            }
        }
        if (all.length > 0 && all[all.length - 1] != '\n') {
            // start the next line on its own, after a torn one
            channel.write(ByteBuffer.wrap(new byte[]{'\n'}));
            channel.force(false);
        }
    }

    private void apply(Entry e) {
        if (e.indexed()) {
            indexedBySha.put(e.sha256(), e);
            if (e.path() != null) byPath.put(e.path(), e);
        } else if (REMOVED.equals(e.status())) {
            indexedBySha.remove(e.sha256());
            Entry p = e.path() == null ? null : byPath.get(e.path());
            if (p != null && p.sha256().equals(e.sha256())) byPath.remove(e.path());
        }
    }

    /** The latest entry whose document for this content is in the index. */
    public synchronized Optional<Entry> indexed(String sha256) {
        return Optional.ofNullable(indexedBySha.get(sha256));
    }

    /** The latest entry recorded for this path whose document is in the index. */
    public synchronized Optional<Entry> latest(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Whether a file other than {@code except}, still present, was last recorded with this content. */
    public synchronized boolean otherPathHas(String sha256, String except) {
        for (Entry e : byPath.values()) {
            if (e.sha256().equals(sha256) && !e.path().equals(except) && Files.exists(Path.of(e.path()))) return true;
        }
        return false;
    }

    /** Appends the entries and forces them to disk. */
    public synchronized void append(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(MAPPER.writeValueAsString(e)).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
        for (Entry e : entries) apply(e);
        lines += entries.size();
    }

    /** Lines read or written (torn lines not counted). */
    public synchronized int size() {
        return lines;
    }

    /** Lines that could not be read (cut short by a crash). */
    public int tornLines() {
        return tornLines;
    }

    /** Every entry in the ledger file, in order (torn lines skipped); for tests and tools. */
    public static List<Entry> readAll(Path file) throws IOException {
        List<Entry> out = new java.util.ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                out.add(MAPPER.readValue(line, Entry.class));
            } catch (JsonProcessingException e) {
                // torn line
            }
        }
        return out;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close ledger " + file, e);
        }
    }
}
