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
import java.util.List;
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
    private final FileChannel reader;
    /**
     * hash of a content hash → file offset of the latest line whose document for that content is in the index.
     * Only offsets are kept in memory (64 to 128 bytes a file with {@link #byPath}): the lines themselves are read back from the file.
     */
    private final LongTable indexedBySha = new LongTable();
    /** hash of a path → offset of the latest line for that path whose document is in the index; tag: hash of its sha */
    private final LongTable byPath = new LongTable();
    private long end;
    private int lines;
    private int tornLines;

    private IngestLedger(Path file, FileChannel channel, FileChannel reader) {
        this.file = file;
        this.channel = channel;
        this.reader = reader;
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
        FileChannel rd = null;
        try {
            rd = FileChannel.open(abs, StandardOpenOption.READ);
            IngestLedger ledger = new IngestLedger(abs, ch, rd);
            ledger.load();
            return ledger;
        } catch (IOException | RuntimeException e) {
            ch.close();
            if (rd != null) rd.close();
            throw e;
        }
    }

    /** Reads the file line by line (streaming: memory does not grow with its length). */
    private void load() throws IOException {
        long offset = 0;
        int last = -1;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
            long lineStart = 0;
            int b;
            while ((b = in.read()) != -1) {
                offset++;
                last = b;
                if (b == '\n') {
                    readLine(line, lineStart);
                    line.reset();
                    lineStart = offset;
                } else {
                    line.write(b);
                }
            }
            if (line.size() > 0) readLine(line, lineStart);
        }
        end = offset;
        if (offset > 0 && last != '\n') {
            // start the next line on its own, after a torn one
            channel.write(ByteBuffer.wrap(new byte[]{'\n'}));
            channel.force(false);
            end++;
        }
    }

    private void readLine(java.io.ByteArrayOutputStream line, long at) {
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) return;
        try {
            apply(MAPPER.readValue(text, Entry.class), at);
            lines++;
        } catch (JsonProcessingException e) {
            tornLines++; // a line cut short by a crash: its file is simply redone
        }
    }

    private void apply(Entry e, long offset) {
        long sha = LongTable.hash(e.sha256());
        if (e.indexed()) {
            indexedBySha.put(sha, offset, 0);
            if (e.path() != null) byPath.put(LongTable.hash(e.path()), offset, sha);
        } else if (REMOVED.equals(e.status())) {
            indexedBySha.remove(sha);
            if (e.path() != null) {
                long p = LongTable.hash(e.path());
                if (byPath.contains(p) && byPath.tag(p) == sha) byPath.remove(p);
            }
        }
    }

    /** The entry on the line that starts at {@code offset}. */
    private Entry readAt(long offset) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(512);
            ByteBuffer buf = ByteBuffer.allocate(1024);
            long pos = offset;
            while (true) {
                buf.clear();
                int n = reader.read(buf, pos);
                if (n <= 0) break;
                byte[] a = buf.array();
                int nl = -1;
                for (int i = 0; i < n; i++) if (a[i] == '\n') { nl = i; break; }
                out.write(a, 0, nl < 0 ? n : nl);
                if (nl >= 0) break;
                pos += n;
            }
            return MAPPER.readValue(out.toString(StandardCharsets.UTF_8), Entry.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ingest ledger " + file + " at byte " + offset + ": " + e.getMessage(), e);
        }
    }

    /** The latest entry whose document for this content is in the index. */
    public synchronized Optional<Entry> indexed(String sha256) {
        long at = indexedBySha.get(LongTable.hash(sha256));
        if (at < 0) return Optional.empty();
        Entry e = readAt(at);
        return e.sha256().equals(sha256) ? Optional.of(e) : Optional.empty(); // a 64-bit hash collision: unknown
    }

    /** The latest entry recorded for this path whose document is in the index. */
    public synchronized Optional<Entry> latest(String path) {
        long at = byPath.get(LongTable.hash(path));
        if (at < 0) return Optional.empty();
        Entry e = readAt(at);
        return path.equals(e.path()) ? Optional.of(e) : Optional.empty();
    }

    /** Whether a file other than {@code except}, still present, was last recorded with this content. */
    public synchronized boolean otherPathHas(String sha256, String except) {
        boolean[] found = {false};
        byPath.forEachWithTag(LongTable.hash(sha256), at -> {
            if (found[0]) return;
            Entry e = readAt(at);
            if (e.sha256().equals(sha256) && !e.path().equals(except) && Files.exists(Path.of(e.path()))) found[0] = true;
        });
        return found[0];
    }

    /**
     * Calls {@code visit} with the latest entry of every path whose document is in the index (the ledger's
     * view of what the index holds, one entry a source path), reading them one at a time from the file.
     */
    public void forEachIndexedPath(java.util.function.Consumer<Entry> visit) {
        long[] offsets;
        synchronized (this) {
            offsets = byPath.values();
        }
        java.util.Arrays.sort(offsets); // file order: what was ingested first comes first
        for (long at : offsets) {
            Entry e;
            synchronized (this) {
                e = readAt(at);
            }
            visit.accept(e);
        }
    }

    /** Approximate bytes of heap the ledger's lookup tables take (they grow by 64 to 128 bytes a file). */
    public synchronized long tableBytes() {
        return 24L * (indexedBySha.capacity() + byPath.capacity());
    }

    /** Appends the entries and forces them to disk. */
    public synchronized void append(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) return;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        long[] offsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            offsets[i] = end + bytes.size();
            bytes.write(MAPPER.writeValueAsBytes(entries.get(i)));
            bytes.write('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
        end += bytes.size();
        for (int i = 0; i < entries.size(); i++) apply(entries.get(i), offsets[i]);
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
            reader.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close ledger " + file, e);
        }
    }
}
