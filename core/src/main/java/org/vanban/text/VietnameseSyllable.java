package org.vanban.text;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a well-formed Vietnamese syllable (âm tiết): optional initial consonant, optional
 * medial glide, a vowel nucleus, optional final, and at most one tone mark. It is a plausibility
 * check (it accepts a few syllables that do not exist), used to decide whether two halves of a
 * hyphenated word make one syllable.
 */
public final class VietnameseSyllable {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final String ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
    /** Rhymes: medial + nucleus + final, written with vowel marks but no tone. */
    private static final String RHYME = "(?:"
            + "(?:o|u)?(?:a|ă|â|e|ê|i|y|ơ)(?:ch|nh|ng|[cmnpt]|[iyuo])?"
            + "|(?:o|ô|ơ|u|ư)(?:ng|[cmnpt]|[iu])?"
            + "|(?:iê|yê|uyê|ươ|uô)(?:ng|[cmnpt]|[iuo])?"
            + "|(?:ia|ya|ua|ưa|uya)"
            + "|(?:oo|ôô)(?:ng|c)"
            + ")";
    private static final Pattern SYLLABLE = Pattern.compile(ONSET + RHYME);
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseSyllable() {
    }

    /** True when {@code word} (any case) is a plausible single Vietnamese syllable. */
    public static boolean isPlausible(String word) {
        if (word == null || word.isEmpty() || word.length() > 8) return false;
        String d = NFD.normalize(word.toLowerCase(Locale.ROOT));
        StringBuilder noTone = new StringBuilder(d.length());
        int tones = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) tones++;
            else noTone.append(c);
        }
        if (tones > 1) return false;
        return SYLLABLE.matcher(NFC.normalize(noTone)).matches();
    }
}
