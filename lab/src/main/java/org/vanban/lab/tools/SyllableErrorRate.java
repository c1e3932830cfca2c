package org.vanban.lab.tools;

import org.vanban.text.ToneMarkNormalizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syllable error rate: edit distance between the reference's and the hypothesis's syllables over the number of
 * reference syllables. A syllable is a run of Unicode letters, marks and digits after NFC, lower-cased
 * (Vietnamese writes one syllable per space-separated word, so a wrong tone mark costs the whole syllable).
 * The edit distance is {@link CharErrorRate#distance}'s, on syllables numbered by {@link Ids}.
 */
public final class SyllableErrorRate {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

    private SyllableErrorRate() { }

    /** @return distance / reference syllables (may exceed 1); 0 for two texts without syllables */
    public static double of(String reference, String hypothesis) {
        Ids ids = new Ids();
        int[] ref = ids.of(syllables(reference));
        int[] hyp = ids.of(syllables(hypothesis));
        if (ref.length == 0) return hyp.length == 0 ? 0 : 1;
        return CharErrorRate.distance(ref, hyp) / (double) ref.length;
    }

    /**
     * As {@link #of}, with tone placement ignored ({@code hoà} = {@code hòa}, {@code thuỷ} = {@code thủy}): both
     * placements are correct Vietnamese, so this is the rate a reader sees (issue 11 scores this way).
     */
    public static double ofAnyPlacement(String reference, String hypothesis) {
        return of(OLD_STYLE.apply(reference), OLD_STYLE.apply(hypothesis));
    }

    /** {@link #syllables} with every open cluster (oa, oe, uy) written in one tone placement. */
    public static List<String> syllablesAnyPlacement(String text) {
        return syllables(text == null ? null : OLD_STYLE.apply(text));
    }

    private static final ToneMarkNormalizer OLD_STYLE = new ToneMarkNormalizer(ToneMarkNormalizer.Style.OLD);

    /** The syllables of {@code text}: NFC, lower case, runs of letters, marks and digits. */
    public static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Numbers syllables (the same syllable gets the same number in every list numbered by one instance). */
    public static final class Ids {
        private final Map<String, Integer> ids = new HashMap<>();

        public int[] of(List<String> syllables) {
            int[] out = new int[syllables.size()];
            for (int i = 0; i < out.length; i++) out[i] = ids.computeIfAbsent(syllables.get(i), k -> ids.size());
            return out;
        }
    }
}
