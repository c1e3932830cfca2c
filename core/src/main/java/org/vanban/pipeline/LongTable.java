package org.vanban.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * A compact hash table from a 64-bit key to a 64-bit value plus a 64-bit tag, in three primitive arrays
 * (open addressing, linear probing, deletion by backward shift, at most 75% full): 32 to 64 bytes a key, instead of the few hundred bytes of a {@code HashMap} of strings and records. The ingest ledger
 * uses it to find the ledger line (its file offset) of a content hash or a path, so its memory stays small
 * however many files an archive holds.
 *
 * <p>Keys are 64-bit hashes ({@link #hash}); two strings with the same hash share one slot, so callers
 * verify what they read back (the ledger reads the line and compares the path or content hash).
 */
final class LongTable {
    private static final long EMPTY = 0L;
    private long[] keys;
    private long[] values;
    private long[] tags;
    private int size;

    LongTable() {
        this(1024);
    }

    LongTable(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
        keys = new long[c];
        values = new long[c];
        tags = new long[c];
    }

    /** A 64-bit hash of the string (FNV-1a over its UTF-8 bytes, then a final mix); never 0. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    int size() {
        return size;
    }

    /** Slot count (for memory estimates: 24 bytes a slot). */
    int capacity() {
        return keys.length;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & (keys.length - 1);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) return i;
            if (keys[i] == EMPTY) return -1;
        }
    }

    /** Whether the key is present. */
    boolean contains(long key) {
        return find(key) >= 0;
    }

    /** The value of the key, or -1 when absent. */
    long get(long key) {
        int i = find(key);
        return i < 0 ? -1 : values[i];
    }

    /** The tag of the key, or 0 when absent. */
    long tag(long key) {
        int i = find(key);
        return i < 0 ? 0 : tags[i];
    }

    /** Sets (or replaces) the value and tag of the key. */
    void put(long key, long value, long tag) {
        if (key == EMPTY) throw new IllegalArgumentException("key 0 is reserved");
        if ((size + 1) * 4L > keys.length * 3L) grow();
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == EMPTY) size++;
        keys[i] = key;
        values[i] = value;
        tags[i] = tag;
    }

    /** Removes the key; returns whether it was present. */
    boolean remove(long key) {
        int i = find(key);
        if (i < 0) return false;
        int mask = keys.length - 1;
        // backward shift: move later entries of the probe run into the hole
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            // j's entry may move to the hole if its home is not cyclically in (hole, j]
            boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!between) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                tags[hole] = tags[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY;
        values[hole] = 0;
        tags[hole] = 0;
        size--;
        return true;
    }

    /** Calls {@code visit} with the value of every key whose tag is {@code tag}. */
    void forEachWithTag(long tag, java.util.function.LongConsumer visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && tags[i] == tag) visit.accept(values[i]);
        }
    }

    /** The values of all keys, in slot order (a copy, 8 bytes a key). */
    long[] values() {
        long[] out = new long[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) out[k++] = values[i];
        return out;
    }

    private void grow() {
        long[] ok = keys, ov = values, ot = tags;
        keys = new long[ok.length * 2];
        values = new long[ok.length * 2];
        tags = new long[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) put(ok[i], ov[i], ot[i]);
    }
}
