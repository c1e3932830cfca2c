package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.vanban.vi.Letters;
import org.vanban.vi.Syllables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Detects the legacy encoding of Vietnamese text, per line or per block. Each candidate table is
 * tried word by word: a word counts for an encoding when it changes under decoding, did not read as
 * Vietnamese before and reads as Vietnamese syllables after ({@link org.vanban.vi.Syllables#isPlausible});
 * it counts against when the result is not Vietnamese or keeps a Latin-1 letter the table does not
 * explain (the "é" of "Café" for VNI, the "à" of "bà" for TCVN3). A line is given an encoding when
 * more words speak for it than against it and at least half of its decoded words are syllables.
 * Lines with a Vietnamese-only Unicode letter (ơ, ư, đ, ă, U+1EA0..U+1EF9) are Unicode; all-ASCII
 * lines (punctuation such as “ ” – aside) can only be VIQR. Thread-safe.
 */
public final class LegacyDetector {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final LegacyEncoding[] BYTE_ENCODINGS = {LegacyEncoding.TCVN3, LegacyEncoding.VNI, LegacyEncoding.CP1258};
    private static final double MIN_SHARE = 0.5;

    private final Map<LegacyEncoding, LegacyCodec> codecs = new EnumMap<>(LegacyEncoding.class);

    /** A detector with the standard tables. */
    public LegacyDetector() {
        codecs.put(LegacyEncoding.TCVN3, new Tcvn3Codec(CapitalsMode.NONE));
        codecs.put(LegacyEncoding.VNI, LegacyCodec.of(LegacyEncoding.VNI));
        codecs.put(LegacyEncoding.CP1258, LegacyCodec.of(LegacyEncoding.CP1258));
        codecs.put(LegacyEncoding.VIQR, LegacyCodec.of(LegacyEncoding.VIQR));
    }

    /** Word counts of one line or block under one encoding. */
    static final class Score {
        int good;
        int bad;
        int syllables;
        int words;
        int mapped;

        void add(Score o) {
            good += o.good;
            bad += o.bad;
            syllables += o.syllables;
            words += o.words;
            mapped += o.mapped;
        }

        double share() {
            return words == 0 ? 0 : (double) syllables / words;
        }

        double confidence() {
            return good + bad == 0 ? 0 : (double) good / (good + bad) * share();
        }

        boolean accepted() {
            return good >= 1 && good > bad && share() >= MIN_SHARE && confidence() >= 0.4;
        }
    }

    /** Detects the encoding of a whole text (all lines pooled). */
    public Detection detect(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return analyse(List.of(text.split("\r\n|\r|\n", -1))).whole();
    }

    /** Per-line scores and the pooled result of a list of lines (one pass, used by the decoder). */
    record Analysis(Detection whole, List<Detection> lines, List<Map<LegacyEncoding, Score>> scores, int unicodeLines) {
    }

    Analysis analyse(List<String> lines) {
        Map<LegacyEncoding, Score> total = new EnumMap<>(LegacyEncoding.class);
        List<Detection> perLine = new ArrayList<>(lines.size());
        List<Map<LegacyEncoding, Score>> perLineScores = new ArrayList<>(lines.size());
        int marks = 0;
        int unicodeLines = 0;
        for (String line : lines) {
            int m = decomposedMarks(line);
            if (m >= 0) {
                marks += m;
                unicodeLines++;
                perLine.add(m > 0 ? new Detection(LegacyEncoding.UNICODE, 1.0, m, 0) : Detection.PLAIN);
                perLineScores.add(Map.of());
                continue;
            }
            Map<LegacyEncoding, Score> sc = scores(line);
            perLineScores.add(sc);
            perLine.add(best(sc));
            for (Map.Entry<LegacyEncoding, Score> e : sc.entrySet()) {
                total.computeIfAbsent(e.getKey(), k -> new Score()).add(e.getValue());
            }
        }
        Detection best = best(total);
        if (best.encoding() == LegacyEncoding.UNICODE && marks > 0) best = new Detection(LegacyEncoding.UNICODE, 1.0, marks, 0);
        return new Analysis(best, perLine, perLineScores, unicodeLines);
    }

    /**
     * Detects the encoding of raw bytes: valid UTF-8 is read as UTF-8 (it may still hold cp1252
     * mojibake of legacy bytes, VIQR or decomposed Unicode), anything else as ISO-8859-1.
     */
    public Detection detect(byte[] bytes) {
        return detect(readBytes(bytes));
    }

    /** One detection per line (lines split at \n, \r\n or \r). */
    public List<Detection> detectLines(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<Detection> out = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) out.add(detectLine(line));
        return out;
    }

    /** Detects the encoding of one line. */
    public Detection detectLine(String line) {
        if (line == null) throw new IllegalArgumentException("line must not be null");
        int m = decomposedMarks(line);
        if (m > 0) return new Detection(LegacyEncoding.UNICODE, 1.0, m, 0);
        if (m == 0) return Detection.PLAIN;
        return best(scores(line));
    }

    /** The score of one line under one encoding (used by the decoder to follow a document's encoding). */
    Score score(String line, LegacyEncoding enc) {
        if (decomposedMarks(line) >= 0) return new Score();
        return scoreWith(line, codecs.get(enc), enc);
    }

    static String readBytes(byte[] bytes) {
        return org.vanban.ingest.TextBytes.decode(bytes);
    }

    private static Detection best(Map<LegacyEncoding, Score> scores) {
        LegacyEncoding bestEnc = null;
        Score bestScore = null;
        for (Map.Entry<LegacyEncoding, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            if (!s.accepted()) continue;
            if (bestScore == null || s.good - s.bad > bestScore.good - bestScore.bad
                    || (s.good - s.bad == bestScore.good - bestScore.bad && s.confidence() > bestScore.confidence())) {
                bestEnc = e.getKey();
                bestScore = s;
            }
        }
        if (bestEnc == null) return Detection.PLAIN;
        return new Detection(bestEnc, Math.min(1.0, bestScore.confidence()), bestScore.good, bestScore.bad);
    }

    /**
     * -1 when the line may be legacy; otherwise it is Unicode and the result is the number of
     * combining marks NFC would compose (0 when it is already NFC).
     */
    private static int decomposedMarks(String line) {
        int marks = 0;
        boolean unicode = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') marks++;
            else if (Letters.isVietnameseOnly(c)) unicode = true;
        }
        if (marks > 0 && !NFC.isNormalized(line)) return marks;
        return unicode || marks > 0 ? 0 : -1;
    }

    private Map<LegacyEncoding, Score> scores(String line) {
        Map<LegacyEncoding, Score> out = new EnumMap<>(LegacyEncoding.class);
        boolean high = false;
        boolean latin1 = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ByteChars.byteOf(c) >= 0x80) high = true;
            if (c >= 0xA0 && c <= 0xFF) latin1 = true;
        }
        if (!latin1) out.put(LegacyEncoding.VIQR, scoreViqr(line)); // VIQR is ASCII (plus any punctuation)
        if (high) {
            for (LegacyEncoding enc : BYTE_ENCODINGS) out.put(enc, scoreWith(line, codecs.get(enc), enc));
        }
        return out;
    }

    private static Score scoreWith(String line, LegacyCodec codec, LegacyEncoding enc) {
        if (enc == LegacyEncoding.VIQR) return scoreViqr(line);
        Score s = new Score();
        Tally tally = new Tally();
        for (String token : line.split("\\s+")) {
            if (token.isEmpty()) continue;
            tally.reset();
            String dec = codec.decode(token, tally);
            s.mapped += tally.mapped;
            countSyllables(dec, s);
            if (tally.unexplained > 0 || symbolInWord(dec)) {
                s.bad++;
            } else if (!dec.equals(NFC.normalize(token))) {
                judge(token, dec, s, true);
            }
        }
        return s;
    }

    private static Score scoreViqr(String line) {
        Score s = new Score();
        LegacyCodec viqr = LegacyCodec.of(LegacyEncoding.VIQR);
        for (String token : line.split("\\s+")) {
            if (token.isEmpty()) continue;
            String dec = viqr.decode(token);
            countSyllables(dec, s);
            if (isStrongViqr(token) && !dec.equals(token)) judge(token, dec, s, false);
        }
        return s;
    }

    /** A token with a VIQR mnemonic that cannot be ordinary punctuation: a^ a( o+ a` a~, a'b a?b a.b, dd-/d- start. */
    private static boolean isStrongViqr(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if ("aeiouy".indexOf(c) < 0) continue;
            char m = t.charAt(i + 1);
            if ("^(+`~".indexOf(m) >= 0) return true;
            if ("'?.".indexOf(m) >= 0 && i + 2 < t.length() && Character.isLetter(t.charAt(i + 2))) return true;
        }
        String l = t.toLowerCase(Locale.ROOT);
        return (l.startsWith("dd") || l.startsWith("d-")) && l.length() > 2 && "aeiouy".indexOf(l.charAt(2)) >= 0;
    }

    /** Counts a changed word for (it became Vietnamese) or against (it did not) the encoding. */
    private static void judge(String token, String dec, Score s, boolean checkOriginal) {
        List<String> after = runs(dec);
        boolean allGood = !after.isEmpty();
        for (String r : after) if (!isVietnameseRun(r)) allGood = false;
        if (!allGood) {
            s.bad++;
            return;
        }
        if (!checkOriginal) {
            s.good++;
            return;
        }
        List<String> before = runs(token);
        if (before.isEmpty()) return; // a lone symbol ("÷", "§") that happens to be a letter code proves little
        boolean wasVietnamese = !symbolInWord(token);
        for (String r : before) if (!isVietnameseRun(r)) wasVietnamese = false;
        if (!wasVietnamese) s.good++;
    }

    /**
     * A Latin-1 symbol (0xA1..0xFF and not a letter: "®", "·", "¶", "×", "÷" ...) touching a letter:
     * TCVN3 letter codes left undecoded, never seen in real Vietnamese words. The closing quote, degree and superscripts are allowed
     * ("«", "ª" and "¹" are TCVN3 letters).
     */
    static boolean symbolInWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean symbol = (c >= 0xA1 && c <= 0xBF) || (c >= 0xC0 && c <= 0xFF && !Character.isLetter(c));
            if (!symbol || "»°²³º".indexOf(c) >= 0) continue;
            boolean before = i > 0 && Character.isLetter(s.charAt(i - 1));
            boolean after = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
            if (before || after) return true;
        }
        return false;
    }

    /** True when the run has a vowel letter; consonant-only runs (nđ, qđ, tt) say nothing either way. */
    private static boolean hasVowel(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < VOWEL_CHARS.length && VOWEL_CHARS[c]) return true;
        }
        return false;
    }

    /** Chars whose decomposition starts with a, e, i, o, u or y (either case). */
    private static final boolean[] VOWEL_CHARS = new boolean[0x2000];

    static {
        for (char c = 0; c < VOWEL_CHARS.length; c++) {
            String d = NFD.normalize(String.valueOf(c));
            VOWEL_CHARS[c] = !d.isEmpty() && "aeiouyAEIOUY".indexOf(d.charAt(0)) >= 0;
        }
    }

    private static void countSyllables(String dec, Score s) {
        for (String r : runs(dec)) {
            if (!hasVowel(r)) continue;
            if (r.length() < 2 && !Syllables.isValid(r)) continue; // list letters "b)"
            boolean ok = Syllables.isValid(r);
            if (!ok && r.length() >= 2 && r.equals(r.toUpperCase(Locale.ROOT))) continue; // acronyms: UBND, QĐ
            s.words++;
            if (ok) s.syllables++;
        }
    }

    /** A syllable, an acronym, or an ASCII consonant cluster (nđ, tt) that says nothing either way. */
    private static boolean isVietnameseRun(String run) {
        if (!hasVowel(run)) return run.chars().allMatch(c -> c < 0x80 || c == 'đ' || c == 'Đ');
        return countsAsSyllable(run);
    }

    private static boolean countsAsSyllable(String run) {
        return Syllables.isValid(run) || (run.length() >= 2 && run.equals(run.toUpperCase(Locale.ROOT))
                && run.chars().allMatch(c -> c < 0x80 || Letters.isVietnameseOnly((char) c)));
    }

    /** Maximal runs of letters (and combining marks) in a token. */
    static List<String> runs(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && (Character.isLetter(s.charAt(i))
                    || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK);
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
