package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A strict check of Vietnamese syllable structure (âm tiết = âm đầu + vần + thanh), stricter than
 * {@link org.vanban.text.VietnameseSyllable}: the rhyme (vần) must be one that Vietnamese spelling
 * allows for its nucleus ({@code oâng}, {@code iii} are refused), there is at most one tone, and a
 * rhyme closed by c, ch, p or t takes only the sắc or nặng tone, and the tone is not on a closing
 * glide (ngaỳ, bơị). Legacy misreadings such as
 * {@code cỏc}, {@code Cafộ} or {@code yoủ} fail. Case is ignored.
 */
public final class SyllableCheck {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String ONSET = "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
    private static final String RHYME = "("
            + "a(?:ch|nh|ng|[cimnoptuy])?|ă(?:ng|[cmnpt])|â(?:ng|[cmnptuy])"
            + "|e(?:ng|[cmnopt])?|ê(?:ch|nh|[mnptu])?|i(?:ch|nh|[amnptu])?|iê(?:ng|[cmnptu])"
            + "|o(?:ng|[cimnpt])?|oo(?:ng|c)|ô(?:ng|[cimnpt])?|ơ[imnpt]?"
            + "|u(?:ng|[acimnpt])?|uô(?:ng|[cimnt])|ư(?:ng|[acimntu])?|ươ(?:ng|[cimnptu])"
            + "|y(?:ê(?:ng|[mntu]))?"
            + "|oa(?:ch|nh|ng|[cimnpty])?|oă(?:ng|[cmnt])|oe[not]?"
            + "|uâ(?:ng|[nty])|uê(?:ch|nh|[nu])?|uy(?:ch|nh|[anptu]|ê[nt])?|uya|uơ"
            + ")";
    private static final Pattern SYLLABLE = Pattern.compile(ONSET + RHYME);
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private SyllableCheck() {
    }

    /**
     * A tone on the closing glide of a vowel group (bơị, ngaỳ, muốị): Vietnamese puts it on the
     * nucleus. Only "uy" (thuý) may carry it on its last letter.
     */
    private static boolean toneOnGlide(String s, int rhymeStart, int toneAt) {
        int end = rhymeStart;
        while (end < s.length() && "aăâeêioôơuưy".indexOf(s.charAt(end)) >= 0) end++;
        int last = end - 1;
        if (toneAt != last || end - rhymeStart < 2) return false;
        if ("iyuo".indexOf(s.charAt(last)) < 0) return false;
        return !s.substring(rhymeStart, end).equals("uy");
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when {@code word} is a well-formed Vietnamese syllable. */
    public static boolean isValid(String word) {
        if (word == null || word.isEmpty() || word.length() > 8) return false;
        Boolean known = CACHE.get(word);
        if (known != null) return known;
        boolean ok = check(word);
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(word, ok);
        return ok;
    }

    private static boolean check(String word) {
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
        var m = SYLLABLE.matcher(s);
        if (!m.matches()) return false;
        if (toneAt >= 0 && toneOnGlide(s, m.start(2), toneAt)) return false;
        // "gi" + i-rhyme: gì is g + ì; "qu" needs a vowel after it (handled by the rhyme)
        boolean stop = s.endsWith("c") || s.endsWith("ch") || s.endsWith("p") || s.endsWith("t");
        return !stop || tone == '\u0301' || tone == '\u0323';
    }
}
