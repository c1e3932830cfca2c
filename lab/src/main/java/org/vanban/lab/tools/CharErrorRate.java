package org.vanban.lab.tools;

import java.text.Normalizer;

/** Character error rate (CER): edit distance between reference and hypothesis over the reference length. */
public final class CharErrorRate {
    private CharErrorRate() { }

    /**
     * CER after NFC normalisation and collapsing all whitespace runs to one space.
     *
     * @return distance / reference length (may exceed 1 for a very long hypothesis); 0 for two empty texts
     */
    public static double of(String reference, String hypothesis) {
        int[] ref = normalise(reference).codePoints().toArray();
        int[] hyp = normalise(hypothesis).codePoints().toArray();
        if (ref.length == 0) return hyp.length == 0 ? 0 : 1;
        return distance(ref, hyp) / (double) ref.length;
    }

    /** Text as compared: NFC, whitespace collapsed, trimmed. */
    public static String normalise(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance between two code point arrays. */
    public static int distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length];
    }
}
