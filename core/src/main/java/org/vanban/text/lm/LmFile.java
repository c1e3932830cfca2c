package org.vanban.text.lm;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Binary model file ({@code models/vi-syllable.lm}), big-endian:
 * <pre>
 *   int   magic 'VBLM', int version (1), int order, int vocabSize
 *   vocabSize x (short byteLength, UTF-8 bytes, int count)
 *   vocabSize x char unigram prob, vocabSize x char unigram backoff
 *   for n = 2..order: int m; m keys as varint deltas of the sorted keys; m x char prob;
 *                     if n &lt; order: m x char backoff
 * </pre>
 * Writing the same {@link ModelData} always yields the same bytes.
 */
public final class LmFile {

    static final int MAGIC = 0x56424C4D; // "VBLM"
    static final int VERSION = 1;

    private LmFile() {
    }

    /** Writes {@code data} to {@code out} (creating parent directories). */
    public static void write(ModelData data, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            write(data, os);
        }
    }

    /** Writes {@code data} to a stream (not closed). */
    public static void write(ModelData data, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(data.order());
        out.writeInt(data.vocab().length);
        for (int i = 0; i < data.vocab().length; i++) {
            byte[] b = data.vocab()[i].getBytes(StandardCharsets.UTF_8);
            out.writeShort(b.length);
            out.write(b);
            out.writeInt(data.counts()[i]);
        }
        writeChars(out, data.probs()[0]);
        writeChars(out, data.backoffs()[0]);
        for (int n = 2; n <= data.order(); n++) {
            long[] keys = data.keys()[n - 1];
            out.writeInt(keys.length);
            long prev = 0;
            for (long k : keys) {
                if (k < prev) {
                    throw new IllegalStateException("keys of order " + n + " are not sorted");
                }
                writeVarLong(out, k - prev);
                prev = k;
            }
            writeChars(out, data.probs()[n - 1]);
            if (n < data.order()) {
                writeChars(out, data.backoffs()[n - 1]);
            }
        }
        out.flush();
    }

    /** Reads a model file. */
    public static ModelData read(Path in) throws IOException {
        try (InputStream is = Files.newInputStream(in)) {
            return read(is);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read language model " + in + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model from a stream (not closed). */
    public static ModelData read(InputStream is) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(is.readAllBytes());
        try {
            return parse(in);
        } catch (BufferUnderflowException e) {
            throw new IOException("truncated language model file", e);
        }
    }

    private static ModelData parse(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC) {
            throw new IOException("not a vanban language model (bad magic number)");
        }
        int version = in.getInt();
        if (version != VERSION) {
            throw new IOException("unsupported language model version " + version);
        }
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

    private static void writeChars(DataOutputStream out, char[] a) throws IOException {
        byte[] buf = new byte[a.length * 2];
        for (int i = 0; i < a.length; i++) {
            buf[2 * i] = (byte) (a[i] >>> 8);
            buf[2 * i + 1] = (byte) a[i];
        }
        out.write(buf);
    }

    private static char[] readChars(ByteBuffer in, int m) {
        char[] a = new char[m];
        in.asCharBuffer().get(a);
        in.position(in.position() + 2 * m);
        return a;
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
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
