package org.vanban.vi;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Vietnamese syllable (âm tiết = âm đầu + vần + thanh) checks, two strictnesses over one onset and one tone set:
 * <ul>
 *   <li>{@link #isPlausible}: optional initial consonant, optional medial glide, a vowel nucleus, optional final,
 *   at most one tone mark; it accepts a few syllables that do not exist (used to decide whether the two halves
 *   of a hyphenated word make one syllable);</li>
 *   <li>{@link #isValid}: the rhyme (vần) must be one that Vietnamese spelling allows for its nucleus ({@code oâng},
 *   {@code iii} are refused), at most one tone, a rhyme closed by c, ch, p or t takes only the sắc or nặng tone,
 *   and the tone is not on a closing glide (ngaỳ, bơị); legacy misreadings such as {@code cỏc}, {@code Cafộ} or
 *   {@code yoủ} fail (used to detect legacy encodings).</li>
 * </ul>
 * Case is ignored; words longer than 8 chars are refused.
 */
public final class Syllables {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String TONES = Letters.TONES;

    private static final String ONSET = "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
    /** Lenient rhymes: medial + nucleus + final, written with vowel marks but no tone. */
    private static final String PLAUSIBLE_RHYME = "(?:"
            + "(?:o|u)?(?:a|ă|â|e|ê|i|y|ơ)(?:ch|nh|ng|[cmnpt]|[iyuo])?"
            + "|(?:o|ô|ơ|u|ư)(?:ng|[cmnpt]|[iu])?"
            + "|(?:iê|yê|uyê|ươ|uô)(?:ng|[cmnpt]|[iuo])?"
            + "|(?:ia|ya|ua|ưa|uya)"
            + "|(?:oo|ôô)(?:ng|c)"
            + ")";
    /** Strict rhymes, per nucleus. */
    private static final String VALID_RHYME = "("
            + "a(?:ch|nh|ng|[cimnoptuy])?|ă(?:ng|[cmnpt])|â(?:ng|[cmnptuy])"
            + "|e(?:ng|[cmnopt])?|ê(?:ch|nh|[mnptu])?|i(?:ch|nh|[amnptu])?|iê(?:ng|[cmnptu])"
            + "|o(?:ng|[cimnpt])?|oo(?:ng|c)|ô(?:ng|[cimnpt])?|ơ[imnpt]?"
            + "|u(?:ng|[acimnpt])?|uô(?:ng|[cimnt])|ư(?:ng|[acimntu])?|ươ(?:ng|[cimnptu])"
            + "|y(?:ê(?:ng|[mntu]))?"
            + "|oa(?:ch|nh|ng|[cimnpty])?|oă(?:ng|[cmnt])|oe[not]?"
            + "|uâ(?:ng|[nty])|uê(?:ch|nh|[nu])?|uy(?:ch|nh|[anptu]|ê[nt])?|uya|uơ"
            + ")";
    private static final Pattern PLAUSIBLE = Pattern.compile(ONSET + PLAUSIBLE_RHYME);
    private static final Pattern VALID = Pattern.compile(ONSET + VALID_RHYME);

    private static final int CACHE_LIMIT = 100_000;
    private static final ConcurrentHashMap<String, Boolean> VALID_CACHE = new ConcurrentHashMap<>();

    private Syllables() {
    }

    /** True when {@code word} (any case) is a plausible single Vietnamese syllable; see the class comment. */
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
        return PLAUSIBLE.matcher(NFC.normalize(noTone)).matches();
    }

    /** True when {@code word} is a well-formed Vietnamese syllable; see the class comment. */
    public static boolean isValid(String word) {
        if (word == null || word.isEmpty() || word.length() > 8) return false;
        Boolean known = VALID_CACHE.get(word);
        if (known != null) return known;
        boolean ok = checkValid(word);
        if (VALID_CACHE.size() < CACHE_LIMIT) VALID_CACHE.put(word, ok);
        return ok;
    }

    private static boolean checkValid(String word) {
        String w = NFC.normalize(word.toLowerCase(Locale.ROOT));
        StringBuilder bare = new StringBuilder(w.length());
        char tone = 0;
        int toneAt = -1;
        for (int i = 0; i < w.length(); i++) {
            String d = NFD.normalize(String.valueOf(w.charAt(i)));
            StringBuilder letter = new StringBuilder(2);
            for (int k = 0; k < d.length(); k++) {
                char c = d.charAt(k);
                if (TONES.indexOf(c) >= 0) {
                    if (tone != 0) return false;
                    tone = c;
                    toneAt = bare.length();
                } else {
                    letter.append(c);
                }
            }
            String l = NFC.normalize(letter);
            if (l.length() != 1) return false; // a stray combining mark
            bare.append(l);
        }
        String s = bare.toString();
        var m = VALID.matcher(s);
        if (!m.matches()) return false;
        if (toneAt >= 0 && toneOnGlide(s, m.start(2), toneAt)) return false;
        // "gi" + i-rhyme: gì is g + ì; "qu" needs a vowel after it (handled by the rhyme)
        boolean stop = s.endsWith("c") || s.endsWith("ch") || s.endsWith("p") || s.endsWith("t");
        return !stop || tone == '\u0301' || tone == '\u0323';
    }

    /**
     * A tone on the closing glide of a vowel group (bơị, ngaỳ, muốị): Vietnamese puts it on the
     * nucleus. Only "uy" (thuý) may carry it on its last letter.
     */
    private static boolean toneOnGlide(String s, int rhymeStart, int toneAt) {
        int end = rhymeStart;
        while (end < s.length() && Letters.VOWELS.indexOf(s.charAt(end)) >= 0) end++;
        int last = end - 1;
        if (toneAt != last || end - rhymeStart < 2) return false;
        if ("iyuo".indexOf(s.charAt(last)) < 0) return false;
        return !s.substring(rhymeStart, end).equals("uy");
    }
}
