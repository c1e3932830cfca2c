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
 * callers who need the other convention.
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
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

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
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String s = NFC.isNormalized(text) ? text : NFC.normalize(text);
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) { i++; continue; }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) i++;
            String fixed = fixWord(s, start, i);
            if (fixed != null) {
                if (out == null) out = new StringBuilder(s);
                out.replace(start, i, fixed);  // same length: one char per vowel in NFC
            }
        }
        return out == null ? s : out.toString();
    }

    /** Returns the re-marked word, or null when it does not change. */
    private String fixWord(String s, int start, int end) {
        if (end - start < 2 || end - start > 7) return null;
        char v1 = s.charAt(end - 2);
        char v2 = s.charAt(end - 1);
        String d1 = NFD.normalize(String.valueOf(v1));
        String d2 = NFD.normalize(String.valueOf(v2));
        if (d1.length() > 2 || d2.length() > 2) return null;
        char b1 = Character.toLowerCase(d1.charAt(0));
        char b2 = Character.toLowerCase(d2.charAt(0));
        String cluster = "" + b1 + b2;
        if (!cluster.equals("oa") && !cluster.equals("oe") && !cluster.equals("uy")) return null;
        char t1 = d1.length() == 2 ? d1.charAt(1) : 0;
        char t2 = d2.length() == 2 ? d2.charAt(1) : 0;
        if ((t1 != 0 && TONES.indexOf(t1) < 0) || (t2 != 0 && TONES.indexOf(t2) < 0)) return null;
        if (t1 != 0 && t2 != 0) return null;          // two tones: not ours to fix
        char tone = t1 != 0 ? t1 : t2;
        if (tone == 0) return null;
        String onset = s.substring(start, end - 2).toLowerCase(java.util.Locale.ROOT);
        if (!ONSETS.contains(onset)) return null;       // also excludes "q" (quý, quỳ)
        boolean onFirst = style == Style.OLD;
        if (onFirst == (t1 != 0)) return null;          // already in the chosen place
        char base1 = d1.charAt(0);
        char base2 = d2.charAt(0);
        String n1 = onFirst ? NFC.normalize("" + base1 + tone) : String.valueOf(base1);
        String n2 = onFirst ? String.valueOf(base2) : NFC.normalize("" + base2 + tone);
        if (n1.length() != 1 || n2.length() != 1) return null;
        return s.substring(start, end - 2) + n1 + n2;
    }
}
