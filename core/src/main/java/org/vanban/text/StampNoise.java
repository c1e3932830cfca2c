package org.vanban.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Abbreviations;
import org.vanban.vi.Syllables;

/**
 * Stamp, seal and signature noise inside a line: ink read as stray symbols ({@code "ˆ ~ …"}),
 * short letter runs that are neither a Vietnamese syllable nor a known abbreviation, lone digits,
 * and a stamp's dot gluing two words ({@code "PHỐ.HÀ"}).
 *
 * <p>The line is cut into column segments (runs of text separated by two spaces or more); a
 * segment whose tokens are at least half junk (a third for segments of three tokens or less) is blanked, except for its longest run of valid words
 * when that run is at least two words ({@code "… LQ CHỦ TỊCH"} keeps {@code "CHỦ TỊCH"}).
 * Blanking keeps the length, so column positions used by the structure parser do not move.
 *
 * <p>A list item ({@code "- Sở Nội vụ;"}, also with OCR's {@code "~"} for the dash) ends at its {@code ;} or final
 * {@code .}: what follows on the same line is another column (a signature block title) or ink. A short tail there
 * with no word of two letters or more ({@code "; 7"}, {@code "; - 2 HN"}, {@code "VT. Ÿ \/Z"}) is blanked; ink
 * before words ({@code "; IQ CHỦ TỊCH"}) loses the ink, and the words stay when they are two or more.
 * Thread-safe.
 */
public final class StampNoise {
    /** Abbreviations of administrative documents, lower-cased. */
    private static final Set<String> ABBREVIATIONS = Abbreviations.lowerCaseForms();
    private static final Pattern SEGMENT = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'“‘]+|[\\p{Pe}\\p{Pf}\"'”’.,;:!?…]+$");
    /** A list item's opening dash: a hyphen or en dash, a bullet, or OCR's tilde for a dash. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-–~+•*]\\s");
    /** Most tokens after a list item's end that can be ink or a column. */
    private static final int MAX_TAIL = 4;
    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{L}{1,6})\\.(\\p{Lu}\\p{L}{0,6})(?![\\p{L}.])");

    private StampNoise() {
    }

    /** True when a token (as split on spaces) is ink noise rather than a word, number or mark. */
    public static boolean isJunkToken(String raw) {
        String t = EDGE_PUNCT.matcher(raw).replaceAll("");
        if (t.isEmpty()) {
            // pure punctuation: a bullet or a dot leader is a mark, other symbols are ink
            return !raw.matches("[-–+•*]|(?:\\.+|[.…]{3,})[,;:]?|:|;|,");
        }
        boolean digit = false, letter = false, other = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) letter = true;
            else if (Character.getType(c) == Character.MODIFIER_SYMBOL || Character.getType(c) == Character.MODIFIER_LETTER) other = true;
        }
        if (other && !digit) return true;
        // a word that starts with a letter and carries a symbol ("M§", "v&i", "hi¢u") is a misread word for
        // repair to restore, not ink
        if (letter && Character.isLetter(t.charAt(0)) && !t.codePoints().allMatch(Character::isLetter)) return false;
        if (digit) return t.length() == 1 && raw.length() == 1; // a lone digit is a speck; "1." "12/QĐ" are not
        if (!letter) return !raw.matches("[-–+•*/&]");
        if (t.codePointCount(0, t.length()) > 3) return false; // long unknown words: glued words, names, loans
        if (t.matches("[IVXLC]+")) return false; // roman numerals: "Chương II"
        String lower = t.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) return false;
        for (String part : lower.split("[-/.]")) {
            if (!part.isEmpty() && !Syllables.isPlausible(part) && !ABBREVIATIONS.contains(part)) return true;
        }
        return false;
    }

    /**
     * The line with junk segments blanked and stamp-glued words split; {@code ""} for nothing left
     * but blanks. Lines without junk come back unchanged.
     */
    public static String clean(String line) {
        if (line == null) throw new IllegalArgumentException("line must not be null");
        StringBuilder sb = new StringBuilder(line);
        Matcher seg = SEGMENT.matcher(line);
        while (seg.find()) {
            blankJunk(line, seg.start(), seg.end(), sb);
        }
        blankListItemTail(line, sb);
        String out = splitGlued(sb.toString());
        return out.isBlank() && !line.isBlank() ? "" : out;
    }

    private static void blankJunk(String line, int from, int to, StringBuilder sb) {
        List<int[]> tokens = new ArrayList<>();
        List<Boolean> junk = new ArrayList<>();
        Matcher m = TOKEN.matcher(line).region(from, to);
        int junkCount = 0, strong = 0, symbolic = 0;
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
            boolean j = isJunkToken(m.group());
            junk.add(j);
            if (j) {
                junkCount++;
                if (!isWeak(m.group())) strong++;
                if (!isLetters(m.group())) symbolic++;
            }
        }
        int n = tokens.size();
        // a token of spacing accents alone ("ˆ", "`") is ink wherever it stands
        for (int i = 0; i < n; i++) {
            String t = line.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (t.codePoints().allMatch(c -> Character.getType(c) == Character.MODIFIER_SYMBOL
                    || Character.getType(c) == Character.MODIFIER_LETTER)) {
                for (int k = tokens.get(i)[0]; k < tokens.get(i)[1]; k++) sb.setCharAt(k, ' ');
            }
        }
        // lone digits and single letters ("Mục 2", "Nguyễn Văn A") only count when real junk is there
        if (strong == 0) return;
        // letters alone are no proof of ink: clean text is full of them ("STT", "b) Cấp nước", "HIV", minority
        // place names such as "Đăk Rơ Wa"); ink leaves at least one symbol that is no mark
        if (symbolic == 0) return;
        // a segment that is at least half junk, or a third for a short fragment ("hành nh TM.")
        boolean noise = n <= 3 ? junkCount * 3 >= n : junkCount * 2 >= n;
        if (!noise) return;
        // keep the longest run of valid tokens of two words or more, the last one on a tie
        int bestFrom = -1, bestLen = 0;
        for (int i = 0; i < n; ) {
            if (junk.get(i)) { i++; continue; }
            int j = i;
            while (j < n && !junk.get(j)) j++;
            if (j - i >= 2 && j - i >= bestLen && hasRealWord(line, tokens, i, j)) { bestFrom = i; bestLen = j - i; }
            i = j;
        }
        // "~" opening the line before kept words is OCR's reading of a list dash: it stays
        boolean dash = from == line.length() - line.stripLeading().length() && n > 1 && bestFrom == 1
                && line.substring(tokens.get(0)[0], tokens.get(0)[1]).equals("~");
        for (int i = dash ? 1 : 0; i < n; i++) {
            if (bestFrom >= 0 && i >= bestFrom && i < bestFrom + bestLen) continue;
            if (!junk.get(i) && line.substring(tokens.get(i)[0], tokens.get(i)[1]).matches(".*\\d.*")) continue; // "6/2021."
            for (int k = tokens.get(i)[0]; k < tokens.get(i)[1]; k++) sb.setCharAt(k, ' ');
        }
    }

    /** See the class comment: the tail after a list item's ';' or final '.'. */
    private static void blankListItemTail(String line, StringBuilder sb) {
        if (!LIST_ITEM.matcher(line).find()) return;
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) tokens.add(new int[]{m.start(), m.end()});
        int n = tokens.size();
        // the last token that ends the item: one ending in ';', or in '.' after a word ("VT."), not the last token
        int end = -1;
        for (int i = n - 2; i >= 1 && i >= n - 1 - MAX_TAIL; i--) {
            String t = line.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (t.endsWith(";") || t.length() >= 3 && t.endsWith(".") && Character.isLetter(t.charAt(t.length() - 2))) {
                end = i;
                break;
            }
        }
        if (end < 0) return;
        int from = end + 1;
        // after a number ("khoản 2; 3") a lone digit continues a list of numbers
        String last = line.substring(tokens.get(end)[0], tokens.get(end)[1] - 1);
        boolean numbers = !last.isEmpty() && Character.isDigit(last.charAt(last.length() - 1));
        int firstWord = -1;
        boolean junk = false;
        for (int i = from; i < n; i++) {
            String t = line.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (t.matches("[.…]+") || numbers && t.matches("\\d")) return; // an ellipsis is a mark
            if (isJunkToken(t) || isWeak(t)) {
                // a longer unknown word alone ("; Gmg" for "; Ứng", the next item wrapping) is no proof of ink
                String letters = EDGE_PUNCT.matcher(t).replaceAll("");
                if (!isLetters(t) || letters.codePointCount(0, letters.length()) <= 2) junk = true;
            } else if (firstWord < 0 && isWord(t)) {
                firstWord = i;
            }
        }
        if (!junk) return;
        int blankTo = n;
        if (firstWord >= 0) {
            // ink before words, and only words after it: two words or more stay ("IQ CHỦ TỊCH" keeps "CHỦ TỊCH"); one
            // word in capitals is what is left of a title ("= ) TỊCH"); one in lower case may be text: all stays
            for (int i = firstWord; i < n; i++) {
                if (!isWord(line.substring(tokens.get(i)[0], tokens.get(i)[1]))) return;
            }
            String only = line.substring(tokens.get(firstWord)[0], tokens.get(firstWord)[1]);
            if (n - firstWord >= 2) blankTo = firstWord;
            else if (!only.equals(only.toUpperCase(Locale.ROOT))) return;
        }
        for (int i = from; i < blankTo; i++) {
            String t = line.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (t.matches("[.…]+") || !isJunkToken(t) && t.matches(".*\\d.*")) continue; // numbers are never ink
            for (int k = tokens.get(i)[0]; k < tokens.get(i)[1]; k++) sb.setCharAt(k, ' ');
        }
    }

    /** A token that is a word of two letters or more (a syllable, an abbreviation, a name), not ink. */
    private static boolean isWord(String raw) {
        String t = EDGE_PUNCT.matcher(raw).replaceAll("");
        return t.codePointCount(0, t.length()) >= 2 && t.codePoints().allMatch(Character::isLetter) && !isJunkToken(raw);
    }

    private static boolean isLetters(String raw) {
        String t = EDGE_PUNCT.matcher(raw).replaceAll("");
        return !t.isEmpty() && t.codePoints().allMatch(Character::isLetterOrDigit);
    }

    private static boolean isWeak(String raw) {
        return raw.length() == 1 && Character.isLetterOrDigit(raw.charAt(0));
    }

    private static boolean hasRealWord(String line, List<int[]> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = EDGE_PUNCT.matcher(line.substring(tokens.get(i)[0], tokens.get(i)[1])).replaceAll("");
            if (t.codePointCount(0, t.length()) >= 3 && Syllables.isPlausible(t)) return true;
        }
        return false;
    }

    /** "PHỐ.HÀ" → "PHỐ HÀ" when both sides are syllables and the left one is not an abbreviation. */
    static String splitGlued(String s) {
        if (s.indexOf('.') < 0) return s;
        Matcher m = GLUED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String a = m.group(1), b = m.group(2);
            boolean split = a.codePointCount(0, a.length()) >= 3 && Syllables.isPlausible(a)
                    && Syllables.isPlausible(b) && !ABBREVIATIONS.contains(a.toLowerCase(Locale.ROOT))
                    && !ABBREVIATIONS.contains(b.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(split ? a + " " + b : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
