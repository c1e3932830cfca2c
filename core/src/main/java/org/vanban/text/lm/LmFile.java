package org.vanban.text.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The model file ({@code models/vi-syllable.lm}). It starts with the int magic {@code 'VBLM'} and an int version,
 * big-endian.
 *
 * <p>Version 2 (written): the fixed-width trie of {@link NgramTrie}, read in place through a memory mapping, so a
 * command that repairs one line touches a few pages instead of decoding the whole model onto the heap.
 *
 * <p>Version 1 (read, for {@link #convert}): big-endian, after the header
 * <pre>
 *   int order, int vocabSize
 *   vocabSize x (short byteLength, UTF-8 bytes, int count)
 *   vocabSize x char unigram prob, vocabSize x char unigram backoff
 *   for n = 2..order: int m; m keys as varint deltas of the sorted keys; m x char prob;
 *                     if n &lt; order: m x char backoff
 * </pre>
 * Writing the same {@link ModelData} always yields the same bytes.
 */
public final class LmFile {

    static final int MAGIC = 0x56424C4D; // "VBLM"
    /** The version written. */
    static final int VERSION = 2;
    /** The compact version of earlier releases, decoded onto the heap. */
    static final int COMPACT_VERSION = 1;

    private LmFile() {
    }

    /**
     * Writes {@code data} to {@code out} (creating parent directories) through a temporary file beside it that is
     * then renamed, so a process that has the old file mapped keeps reading the old bytes.
     */
    public static void write(ModelData data, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = NgramTrie.encode(data);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The temporary file gets the permissions of the file it replaces, else rw-r--r-- (where POSIX applies). */
    private static void keepPermissions(Path replaced, Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.exists(replaced) ? Files.getPosixFilePermissions(replaced)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
    }

    /** Writes {@code data} to a stream (not closed). */
    public static void write(ModelData data, OutputStream os) throws IOException {
        ByteBuffer b = NgramTrie.encode(data);
        os.write(b.array(), b.arrayOffset(), b.remaining());
        os.flush();
    }

    /** The version {@link #write} writes. */
    public static int currentVersion() {
        return VERSION;
    }

    /** The version of a model file (1 or 2), or an error if it is none. */
    public static int version(Path file) throws IOException {
        try (InputStream is = Files.newInputStream(file)) {
            return version(ByteBuffer.wrap(is.readNBytes(HEADER_BYTES)), file);
        }
    }

    private static final int HEADER_BYTES = 8;

    private static int version(ByteBuffer header, Object source) throws IOException {
        if (header.remaining() < HEADER_BYTES) {
            throw new IOException("truncated language model file" + (source == null ? "" : " " + source));
        }
        if (header.getInt(0) != MAGIC) {
            throw new IOException("not a vanban language model (bad magic number)");
        }
        int version = header.getInt(4);
        if (version != VERSION && version != COMPACT_VERSION) {
            throw new IOException("unsupported language model version " + version);
        }
        return version;
    }

    /** Reads a model file into arrays (either version). */
    public static ModelData read(Path in) throws IOException {
        try (InputStream is = Files.newInputStream(in)) {
            return read(is);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read language model " + in + ": " + e.getMessage(), e);
        }
    }

    /**
     * The trie of a model file: a version-2 file is mapped, a version-1 file decoded and re-encoded on the heap
     * (the start-up cost and memory of earlier releases; {@link #convert} it once).
     */
    static NgramTrie open(Path in) throws IOException {
        try {
            if (version(in) == VERSION) {
                return NgramTrie.open(in);
            }
            System.err.println("vanban: the language model " + in + " is in the format of version " + COMPACT_VERSION
                    + " (decoded onto the heap: slower start, more memory); convert it once with: "
                    + "./vanban train-lm --convert " + in);
            return NgramTrie.of(read(in));
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            throw new IOException(why.startsWith("cannot read language model") ? why
                    : "cannot read language model " + in + ": " + why, e);
        }
    }

    /**
     * Rewrites a model file of either version in the current version (in place when {@code out} is {@code in});
     * returns the version it had.
     */
    public static int convert(Path in, Path out) throws IOException {
        int version = version(in);
        ModelData data = read(in);
        write(data, out);
        return version;
    }

    /** Reads a model from a stream (not closed). */
    public static ModelData read(InputStream is) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(is.readAllBytes());
        if (version(in, null) == VERSION) {
            return NgramTrie.of(in).toData();
        }
        try {
            in.position(HEADER_BYTES);
            return parseCompact(in);
        } catch (BufferUnderflowException e) {
            throw new IOException("truncated language model file", e);
        }
    }

    private static ModelData parseCompact(ByteBuffer in) throws IOException {
        int order = in.getInt();
        int v = in.getInt();
        if (order < 1 || order > 5 || v < ModelData.FIRST_WORD || v > ModelData.MAX_IDS) {
            throw new IOException("corrupt language model header (order " + order + ", vocabulary " + v + ")");
        }
        String[] vocab = new String[v];
        int[] counts = new int[v];
        for (int i = 0; i < v; i++) {
            byte[] b = new byte[in.getShort() & 0xFFFF];
            in.get(b);
            vocab[i] = new String(b, StandardCharsets.UTF_8);
            counts[i] = in.getInt();
        }
        long[][] keys = new long[order][];
        char[][] probs = new char[order][];
        char[][] backoffs = new char[order][];
        probs[0] = readChars(in, v);
        backoffs[0] = readChars(in, v);
        for (int n = 2; n <= order; n++) {
            int m = in.getInt();
            long[] k = new long[m];
            long prev = 0;
            for (int i = 0; i < m; i++) {
                prev += readVarLong(in);
                k[i] = prev;
            }
            keys[n - 1] = k;
            probs[n - 1] = readChars(in, m);
            if (n < order) {
                backoffs[n - 1] = readChars(in, m);
            }
        }
        if (in.hasRemaining()) {
            throw new IOException("language model file has " + in.remaining() + " trailing bytes");
        }
        return new ModelData(order, vocab, counts, keys, probs, backoffs);
    }

    private static char[] readChars(ByteBuffer in, int m) {
        char[] a = new char[m];
        in.asCharBuffer().get(a);
        in.position(in.position() + 2 * m);
        return a;
    }

    private static long readVarLong(ByteBuffer in) throws IOException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = in.get() & 0xFF;
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
            if (shift > 63) {
                throw new IOException("corrupt varint");
            }
        }
    }
}
