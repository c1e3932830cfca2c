package org.vanban.text;

import com.ibm.icu.text.Normalizer2;

import java.util.Set;

/**
 * Puts tone marks of the open clusters <b>oa, oe, uy</b> in one place for the whole system.
 *
 * <p><b>Convention: the "old style" (kiểu cũ), tone on the first vowel</b>: {@code hòa, khỏe,
 * thủy, Ủy ban}, not {@code hoà, khoẻ, thuỷ, Uỷ ban}. Reasons: it is the placement used by the
 * Vietnamese government's own documents and by Decree 30/2020/NĐ-CP practice, and it dominates
 * the project's corpus of legal text by an order of magnitude (occurrences in
 * {@code legal-vi.txt.gz}: hòa 4267 / hoà 336, Hòa 1343 / Hoà 27, thủy 13583 / thuỷ 739,
 * khỏe 3882 / khoẻ 472, Ủy 20206 / Uỷ 879, tòa 1714 / toà 41). Search and matching therefore see
 * one spelling whichever style a scanned document used. {@link Style#NEW} is available for
 * callers who need the other convention. The repair engine ({@code TextRepairer}) uses OLD for what its language
 * model reads and then writes the text back in the style the input itself uses ({@link #dominant}).
 *
 * <p>Only syllables that <i>end</i> in one of these clusters change: where a final consonant
 * or glide follows ({@code hoàn, ngoài, huỳnh, khuyến}) both styles agree. After the onset
 * {@code q} the {@code u} belongs to the onset, so {@code quý, quỳ, quả} are never touched, and
 * syllables whose onset is not a Vietnamese initial consonant are left alone. Case is kept
 * letter by letter ({@code HOÀ → HÒA}, {@code Uỷ → Ủy}). Thread-safe.
 */
public final class ToneMarkNormalizer implements TextStep {

    /** Where the tone mark goes in the open clusters oa, oe, uy. */
    public enum Style {
        /** Tone on the first vowel: hòa, khỏe, thủy (the system's convention). */
        OLD,
        /** Tone on the second vowel: hoà, khoẻ, thuỷ. */
        NEW
    }

    /** Combining tone marks: grave, acute, tilde, hook above, dot below. */
    static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    /** The affected clusters as pairs of base vowels. */
    static final String[] CLUSTERS = {"oa", "oe", "uy"};

    private static final Set<String> ONSETS = Set.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k",
            "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x");

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Style style;

    /** The system convention, {@link Style#OLD}. */
    public ToneMarkNormalizer() {
        this(Style.OLD);
    }

    public ToneMarkNormalizer(Style style) {
        if (style == null) throw new IllegalArgumentException("style must not be null");
        this.style = style;
    }

    public Style style() {
        return style;
    }

    @Override
    public String apply(String text) {
        String s = nfc(text);
        StringBuilder[] out = {null};
        forEachWord(s, (start, end) -> {
            String fixed = fixWord(s, start, end);
            if (fixed != null) {
                if (out[0] == null) out[0] = new StringBuilder(s);
                out[0].replace(start, end, fixed);  // same length: one char per vowel in NFC
            }
        });
        return out[0] == null ? s : out[0].toString();
    }

    private static String nfc(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return NFC.isNormalized(text) ? text : NFC.normalize(text);
    }

    private interface WordVisitor {
        void word(int start, int end);
    }

    /** Calls {@code visitor} with the bounds of every run of letters in {@code s}. */
    private static void forEachWord(String s, WordVisitor visitor) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) { i++; continue; }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) i++;
            visitor.word(start, i);
        }
    }

    /** Vowels of the clusters (both cases) with and without a tone: char -> "base" + tone mark (0 = none). */
    private static final java.util.Map<Character, String> SPLIT = new java.util.HashMap<>();
    /** The reverse: base + tone mark -> composed char. */
    private static final java.util.Map<String, Character> COMPOSE = new java.util.HashMap<>();

    static {
        for (char base : "oaeuyOAEUY".toCharArray()) {
            SPLIT.put(base, base + "\u0000");
            COMPOSE.put(base + "\u0000", base);
            for (char tone : TONES.toCharArray()) {
                String composed = NFC.normalize("" + base + tone);
                if (composed.length() != 1) throw new IllegalStateException("no precomposed " + base + tone);
                SPLIT.put(composed.charAt(0), "" + base + tone);
                COMPOSE.put("" + base + tone, composed.charAt(0));
            }
        }
    }

    /**
     * The placement a text uses in the open clusters: {@link Style#NEW} when more of its toned word-final oa, oe, uy
     * carry the tone on the second vowel than on the first, else {@link Style#OLD} (also when it has none). Repair
     * writes a document in the style it already uses, so a user's own convention survives.
     */
    public static Style dominant(String text) {
        String s = nfc(text);
        int[] count = new int[Style.values().length];
        forEachWord(s, (start, end) -> {
            Style st = placement(s, start, end);
            if (st != null) count[st.ordinal()]++;
        });
        return count[Style.NEW.ordinal()] > count[Style.OLD.ordinal()] ? Style.NEW : Style.OLD;
    }

    /** The placement of a word ending in a toned open cluster, or null for any other word. */
    private static Style placement(String s, int start, int end) {
        if (end - start < 2 || end - start > 7) return null;
        String d1 = SPLIT.get(s.charAt(end - 2));
        String d2 = SPLIT.get(s.charAt(end - 1));
        if (d1 == null || d2 == null) return null;
        char b1 = Character.toLowerCase(d1.charAt(0));
        char b2 = Character.toLowerCase(d2.charAt(0));
        boolean cluster = (b1 == 'o' && (b2 == 'a' || b2 == 'e')) || (b1 == 'u' && b2 == 'y');
        if (!cluster) return null;
        char t1 = d1.charAt(1);
        char t2 = d2.charAt(1);
        if (t1 != 0 && t2 != 0) return null;          // two tones: not ours to fix
        if (t1 == 0 && t2 == 0) return null;
        String onset = s.substring(start, end - 2).toLowerCase(java.util.Locale.ROOT);
        if (!ONSETS.contains(onset)) return null;       // also excludes "q" (quý, quỳ)
        return t1 != 0 ? Style.OLD : Style.NEW;
    }

    /** Returns the re-marked word, or null when it does not change. */
    private String fixWord(String s, int start, int end) {
        Style has = placement(s, start, end);
        if (has == null || has == style) return null;   // not a toned open cluster, or already in the chosen place
        String d1 = SPLIT.get(s.charAt(end - 2));
        String d2 = SPLIT.get(s.charAt(end - 1));
        char tone = d1.charAt(1) != 0 ? d1.charAt(1) : d2.charAt(1);
        boolean onFirst = style == Style.OLD;
        char n1 = COMPOSE.get("" + d1.charAt(0) + (onFirst ? tone : '\u0000'));
        char n2 = COMPOSE.get("" + d2.charAt(0) + (onFirst ? '\u0000' : tone));
        return s.substring(start, end - 2) + n1 + n2;
    }
}
