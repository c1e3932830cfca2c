package org.vanban.extract;

import java.util.Map;

/**
 * Place names as OCR misreads them: signs read for letters inside a word ({@code L6c Ninh} for
 * Lộc Ninh, {@code H@i An} for Hội An, {@code Long M§} for Long Mỹ), {@code w} for ư ({@code Phuwoc}), one wrong letter
 * ({@code Pinh} for Định). Works on folded keys ({@link org.vanban.vi.Fold#key}).
 * Stateless.
 */
final class OcrNames {
    private static final Map<Character, Character> SIGN_LETTERS = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
            Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('6', 'o'), Map.entry('8', 'b'), Map.entry('9', 'g'),
            Map.entry('@', 'o'), Map.entry('$', 's'), Map.entry('§', 'y'), Map.entry('¥', 'y'));

    private OcrNames() {
    }

    /**
     * Replaces digits and signs by the letters they usually stand for in words that also hold letters
     * ("L6c" → "Loc", "H@i" → "Hoi"); numbers standing alone ("Phường 12") are left as they are.
     */
    static String lettersForSigns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) j++;
            String token = s.substring(i, j);
            boolean letters = token.chars().anyMatch(Character::isLetter);
            for (int k = 0; k < token.length(); k++) {
                char c = token.charAt(k);
                Character l = letters ? SIGN_LETTERS.get(c) : null;
                boolean inside = k > 0 && Character.isLetter(token.charAt(k - 1))
                        || k + 1 < token.length() && Character.isLetter(token.charAt(k + 1));
                out.append(l != null && inside ? (upperAround(token, k) ? Character.toUpperCase(l) : l) : c);
            }
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) out.append(s.charAt(j++));
            i = j;
        }
        return out.toString();
    }

    /** The case of the letters next to position k: "L6c" → lower, "HO1" → upper. */
    private static boolean upperAround(String token, int k) {
        boolean before = k > 0 && Character.isLetter(token.charAt(k - 1));
        boolean after = k + 1 < token.length() && Character.isLetter(token.charAt(k + 1));
        if (after) return Character.isUpperCase(token.charAt(k + 1));
        return before && Character.isUpperCase(token.charAt(k - 1));
    }

    /**
     * A folded key with the misreadings of ư merged ("w" and "uw" become "u", doubled letters one) and l
     * with i, which a digit 1 stands for alike ({@code 1ong} read as "iong" for Long).
     */
    static String shape(String key) {
        String s = key.replace('w', 'u').replace('l', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1) && Character.isLetter(s.charAt(i))) continue;
            out.append(s.charAt(i));
        }
        return out.toString();
    }

    /**
     * True when two folded name keys are the same name up to OCR misreadings: the same number of words
     * and, after {@link #shape}, at most one edit for names of 5 to 9 letters, two from 10 letters; names
     * shorter than 5 letters must be equal after {@link #shape}.
     */
    static boolean close(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.abs(a.length() - b.length()) > 4) return false;
        if (a.split(" ").length != b.split(" ").length) return false;
        String sa = shape(a);
        String sb = shape(b);
        if (sa.equals(sb)) return true;
        int letters = Math.min(sa.replace(" ", "").length(), sb.replace(" ", "").length());
        int allowed = letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(sa.length() - sb.length()) > allowed) return false;
        return distance(sa, sb, allowed) <= allowed;
    }

    /** Levenshtein distance, stopping early once every path exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
