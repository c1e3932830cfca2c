package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vanban.vi.Fold;
import org.vanban.vi.ToneMarks;

/**
 * All syllables seen in training, grouped by accent-folded form: {@code tiep -> [tiếp, tiệp, tiêp, ...]}
 * (folding maps đ to d and drops every tone and vowel mark). Built from the vocabulary and counts stored in the
 * model file, so it always matches the model. Immutable and thread-safe.
 */
public final class SyllableInventory {

    private final Map<String, int[]> byKey;
    private final String[] vocab;
    private final int[] counts;
    private final List<String> sortedKeys;

    /**
     * Groups the model vocabulary.
     *
     * @param data     model data (vocabulary and counts)
     * @param minCount forms seen fewer times are left out (typos); 1 keeps every form without two tone marks on one vowel run
     */
    public SyllableInventory(ModelData data, int minCount) {
        this(data.vocab(), data.counts(), minCount);
    }

    /** Groups the vocabulary of a loaded model. */
    public SyllableInventory(NgramModel model, int minCount) {
        this(model.vocabulary(), model.counts(), minCount);
    }

    private SyllableInventory(String[] vocab, int[] counts, int minCount) {
        this.vocab = vocab;
        this.counts = counts;
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int id = ModelData.FIRST_WORD; id < vocab.length; id++) {
            // a vowel run with two tone marks (tỗổ, OCR debris in the training text) is no syllable: never proposed
            if (counts[id] >= minCount && !ToneMarks.twoTonesInOneVowelRun(vocab[id])) {
                groups.computeIfAbsent(Fold.lower(vocab[id]), k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, int[]> m = new HashMap<>(groups.size() * 2);
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            List<Integer> ids = e.getValue();
            ids.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : vocab[a].compareTo(vocab[b]));
            m.put(e.getKey(), ids.stream().mapToInt(Integer::intValue).toArray());
        }
        this.byKey = m;
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.sort(keys);
        this.sortedKeys = List.copyOf(keys);
    }

    /** Model ids of the accented forms of a folded lower-case key, most frequent first (empty if none). */
    public int[] candidateIds(String foldedKey) {
        int[] ids = byKey.get(foldedKey);
        return ids == null ? new int[0] : ids;
    }

    /** The accented forms of any spelling ({@code Tiep}, {@code tiệp} ...), most frequent first. */
    public List<String> forms(String word) {
        int[] ids = candidateIds(Fold.lower(word));
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(vocab[id]);
        }
        return Collections.unmodifiableList(out);
    }

    /** Training count of a model id. */
    public int count(int id) {
        return counts[id];
    }

    /** All folded keys, sorted (for edit-distance candidate search). */
    public List<String> keys() {
        return sortedKeys;
    }

    /** Number of distinct folded keys. */
    public int size() {
        return byKey.size();
    }
}
