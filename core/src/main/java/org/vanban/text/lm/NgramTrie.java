package org.vanban.text.lm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The n-grams of a model as a trie of fixed-width arrays, the body of a version-2 model file ({@link LmFile}). It is
 * read in place: {@link #open} maps the file ({@link FileChannel#map}), so loading costs no heap beyond the
 * vocabulary and only the pages a query touches are read; {@link #of} builds the same bytes on the heap.
 *
 * <p>N-grams of order n are numbered by their rank among the sorted keys of that order ({@link ModelData}); an
 * n-gram's extensions (the (n+1)-grams it is the context of) are therefore contiguous and sorted by their last id,
 * and a look-up walks from the first id down, one binary search per order. Every context must itself be in the
 * model (a trained model is prefix-closed).
 *
 * <p>Layout after the 8-byte header of {@link LmFile} (magic and version, big-endian), little-endian, each array
 * starting at a multiple of 8:
 * <pre>
 *   int order, int vocabSize, (order - 1) x int size of order n = 2..order
 *   vocabSize x (short byteLength, UTF-8 bytes, int count)
 *   vocabSize x char unigram prob
 *   for n = 1..order-1: size(n) x long info: first extension &lt;&lt; 32 | extension count &lt;&lt; 16 | backoff
 *   for n = 2..order:   size(n) x int: last id &lt;&lt; 16 | prob
 * </pre>
 * (prob and backoff quantised as in {@link ModelData}; a context without extensions has info = its backoff).
 * Immutable and thread-safe.
 */
final class NgramTrie {

    static final int HEADER = 8;

    private final ByteBuffer buf;
    private final int order;
    private final String[] vocab;
    private final int[] counts;
    private final int[] sizes; // sizes[n] for n = 1..order
    private final int uniProbAt;
    private final int[] infoAt; // infoAt[n]: byte offset of the info array of order n (1..order-1)
    private final int[] wordProbAt; // wordProbAt[n]: byte offset of the word/prob array of order n (2..order)

    private NgramTrie(ByteBuffer buf) throws IOException {
        this.buf = buf.order(ByteOrder.LITTLE_ENDIAN);
        if (buf.capacity() < HEADER + 8) {
            throw new IOException("truncated language model file");
        }
        this.order = buf.getInt(HEADER);
        int v = buf.getInt(HEADER + 4);
        if (order < 2 || order > 5 || v < ModelData.FIRST_WORD || v > ModelData.MAX_IDS) {
            throw new IOException("corrupt language model header (order " + order + ", vocabulary " + v + ")");
        }
        sizes = new int[order + 1];
        sizes[1] = v;
        int at = HEADER + 8;
        for (int n = 2; n <= order; n++) {
            sizes[n] = buf.getInt(at);
            at += 4;
            if (sizes[n] < 0) {
                throw new IOException("corrupt language model header (" + sizes[n] + " n-grams of order " + n + ")");
            }
        }
        at = align(at);
        vocab = new String[v];
        counts = new int[v];
        try {
            for (int i = 0; i < v; i++) {
                int len = buf.getShort(at) & 0xFFFF;
                byte[] b = new byte[len];
                buf.get(at + 2, b);
                vocab[i] = new String(b, StandardCharsets.UTF_8);
                counts[i] = buf.getInt(at + 2 + len);
                at += 6 + len;
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("truncated language model file", e);
        }
        uniProbAt = align(at);
        long end = uniProbAt + 2L * v;
        infoAt = new int[order];
        for (int n = 1; n < order; n++) {
            end = align(end);
            infoAt[n] = (int) Math.min(end, Integer.MAX_VALUE);
            end += 8L * sizes[n];
        }
        wordProbAt = new int[order + 1];
        for (int n = 2; n <= order; n++) {
            end = align(end);
            wordProbAt[n] = (int) Math.min(end, Integer.MAX_VALUE);
            end += 4L * sizes[n];
        }
        end = align(end);
        if (end != buf.capacity()) {
            throw new IOException(end > buf.capacity()
                    ? "truncated language model file (" + buf.capacity() + " bytes, the header promises " + end + ")"
                    : "language model file has " + (buf.capacity() - end) + " trailing bytes");
        }
    }

    /** Maps a version-2 model file (read-only; the mapping outlives a replacement of the file by rename). */
    static NgramTrie open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException("language model file is larger than 2 GB");
            }
            return new NgramTrie(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
    }

    /** Reads the trie from the bytes of a whole version-2 model file. */
    static NgramTrie of(ByteBuffer file) throws IOException {
        return new NgramTrie(file);
    }

    /** Builds the trie of model data on the heap. */
    static NgramTrie of(ModelData data) {
        try {
            return new NgramTrie(encode(data));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back an encoded model", e);
        }
    }

    int order() {
        return order;
    }

    /** Number of n-grams of order n (the vocabulary size for n = 1). */
    int size(int n) {
        return sizes[n];
    }

    String[] vocab() {
        return vocab;
    }

    int[] counts() {
        return counts;
    }

    /** Quantised unigram prob of an id. */
    char uniProb(int id) {
        return buf.getChar(uniProbAt + 2 * id);
    }

    /** Info of n-gram i of order n (1..order-1): first extension << 32 | extension count << 16 | backoff. */
    long info(int n, int i) {
        return buf.getLong(infoAt[n] + 8 * i);
    }

    /** Last id << 16 | quantised prob of n-gram i of order n (2..order). */
    int wordProb(int n, int i) {
        return buf.getInt(wordProbAt[n] + 4 * i);
    }

    /** Rank of an n-gram key ({@link ModelData#pack}) of order n >= 2 among the keys of its order, or -1. */
    int find(long key, int n) {
        int at = ModelData.idAt(key, n, 0);
        if (at >= sizes[1]) {
            return -1;
        }
        for (int m = 1; m < n; m++) {
            long in = info(m, at);
            at = extension(m + 1, (int) (in >>> 32), (int) (in >>> 16) & 0xFFFF, ModelData.idAt(key, n, m));
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    /**
     * Info ({@link #info}) of the context of {@code len} ids (packed 16 bits each, oldest first, as the keys of
     * orders up to 4), or -1 when the model does not hold it.
     */
    long contextInfo(long ctx, int len) {
        int at = len == 1 ? (int) ctx : find(ctx, len);
        return at < 0 || at >= sizes[1] && len == 1 ? -1 : info(len, at);
    }

    /** Rank of the n-gram of order n among from..from+count-1 whose last id is w, or -1. */
    int extension(int n, int from, int count, int w) {
        int lo = from;
        int hi = from + count - 1;
        int base = wordProbAt[n];
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int id = buf.getInt(base + 4 * mid) >>> 16;
            if (id < w) {
                lo = mid + 1;
            } else if (id > w) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The first rank in lo..end-1 of the n-grams of order n (a context's extensions, sorted by last id) whose last id
     * is at least w, or end: galloping from lo, so a sweep of increasing ids through one context costs about
     * log(distance) per id.
     */
    int lowerBound(int n, int lo, int end, int w) {
        int base = wordProbAt[n];
        int step = 1;
        int hi = lo;
        // find hi with id(hi) >= w (or hi = end), lo the first rank not yet known to be below w
        while (hi < end && buf.getInt(base + 4 * hi) >>> 16 < w) {
            lo = hi + 1;
            hi = lo + step;
            step <<= 1;
        }
        if (hi > end) {
            hi = end;
        }
        // the answer lies in lo..hi
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (buf.getInt(base + 4 * mid) >>> 16 < w) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The arrays back (keys rebuilt from the trie): what {@link #encode} was given. */
    ModelData toData() {
        int v = sizes[1];
        long[][] keys = new long[order][];
        char[][] probs = new char[order][];
        char[][] backoffs = new char[order][];
        probs[0] = new char[v];
        backoffs[0] = new char[v];
        for (int i = 0; i < v; i++) {
            probs[0][i] = uniProb(i);
            backoffs[0][i] = (char) info(1, i);
        }
        for (int n = 2; n <= order; n++) {
            int m = sizes[n];
            long[] k = new long[m];
            char[] p = new char[m];
            for (int c = 0; c < sizes[n - 1]; c++) {
                long in = info(n - 1, c);
                int from = (int) (in >>> 32);
                int count = (int) (in >>> 16) & 0xFFFF;
                long ctx = n == 2 ? c : keys[n - 2][c];
                for (int j = from; j < from + count; j++) {
                    int wp = wordProb(n, j);
                    k[j] = n == 5 ? ModelData.fiveGram(ctx, wp >>> 16) : ctx << 16 | wp >>> 16;
                    p[j] = (char) wp;
                }
            }
            keys[n - 1] = k;
            probs[n - 1] = p;
            if (n < order) {
                char[] b = new char[m];
                for (int i = 0; i < m; i++) {
                    b[i] = (char) info(n, i);
                }
                backoffs[n - 1] = b;
            }
        }
        return new ModelData(order, vocab.clone(), counts.clone(), keys, probs, backoffs);
    }

    /** The bytes of a version-2 model file holding {@code data} (deterministic). */
    static ByteBuffer encode(ModelData data) {
        int order = data.order();
        if (order < 2 || order > 5) {
            throw new IllegalArgumentException("order must be 2..5, got " + order);
        }
        String[] vocab = data.vocab();
        int v = vocab.length;
        byte[][] text = new byte[v][];
        long at = HEADER + 8 + 4L * (order - 1);
        at = align(at);
        for (int i = 0; i < v; i++) {
            text[i] = vocab[i].getBytes(StandardCharsets.UTF_8);
            if (text[i].length > 0xFFFF) {
                throw new IllegalArgumentException("token " + i + " is longer than 65535 bytes");
            }
            at += 6 + text[i].length;
        }
        long uniAt = align(at);
        long end = uniAt + 2L * v;
        long[] infoAt = new long[order];
        for (int n = 1; n < order; n++) {
            end = align(end);
            infoAt[n] = end;
            end += 8L * data.size(n);
        }
        long[] wpAt = new long[order + 1];
        for (int n = 2; n <= order; n++) {
            end = align(end);
            wpAt[n] = end;
            end += 4L * data.size(n);
        }
        end = align(end);
        if (end > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large for one file (" + end + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate((int) end);
        b.putInt(0, LmFile.MAGIC).putInt(4, LmFile.VERSION);
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(HEADER, order).putInt(HEADER + 4, v);
        for (int n = 2; n <= order; n++) {
            b.putInt(HEADER + 8 + 4 * (n - 2), data.size(n));
        }
        int p = (int) align(HEADER + 8 + 4L * (order - 1));
        for (int i = 0; i < v; i++) {
            b.putShort(p, (short) text[i].length);
            b.put(p + 2, text[i]);
            b.putInt(p + 2 + text[i].length, data.counts()[i]);
            p += 6 + text[i].length;
        }
        for (int i = 0; i < v; i++) {
            b.putChar((int) uniAt + 2 * i, data.probs()[0][i]);
        }
        for (int n = 1; n < order; n++) {
            char[] bo = data.backoffs()[n - 1];
            for (int i = 0; i < data.size(n); i++) {
                b.putLong((int) infoAt[n] + 8 * i, bo[i]);
            }
        }
        for (int n = 2; n <= order; n++) {
            long[] keys = data.keys()[n - 1];
            char[] pr = data.probs()[n - 1];
            long wordMask = (1L << ModelData.bits(n)) - 1;
            for (int i = 0; i < keys.length; i++) {
                if (i > 0 && keys[i] <= keys[i - 1]) {
                    throw new IllegalArgumentException("keys of order " + n + " are not sorted and distinct");
                }
                b.putInt((int) wpAt[n] + 4 * i, (int) (keys[i] & wordMask) << 16 | pr[i]);
            }
            // each group of keys sharing a context: the context's extensions
            int i = 0;
            while (i < keys.length) {
                long group = ModelData.groupOf(keys[i], n);
                int j = i + 1;
                while (j < keys.length && ModelData.groupOf(keys[j], n) == group) {
                    j++;
                }
                long ctx = ModelData.contextOf(keys[i], n);
                int c = n == 2 ? (ctx < v ? (int) ctx : -1) : Arrays.binarySearch(data.keys()[n - 2], ctx);
                if (c < 0) {
                    throw new IllegalArgumentException("the context of the " + n + "-gram " + Long.toHexString(keys[i])
                            + " is not in the model (the model must be prefix-closed)");
                }
                int off = (int) infoAt[n - 1] + 8 * c;
                b.putLong(off, b.getLong(off) | (long) i << 32 | (long) (j - i) << 16);
                i = j;
            }
        }
        return b.order(ByteOrder.BIG_ENDIAN);
    }

    private static int align(int at) {
        return (at + 7) & ~7;
    }

    private static long align(long at) {
        return (at + 7) & ~7L;
    }
}
