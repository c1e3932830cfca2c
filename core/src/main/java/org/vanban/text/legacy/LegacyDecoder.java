package org.vanban.text.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns legacy-encoded Vietnamese text into NFC Unicode. {@link #decode(String)} detects the
 * encoding per line with {@link LegacyDetector}; a line too short to decide (one word, or no word
 * that speaks either way) follows the encoding of the whole text when it decodes cleanly under it.
 * Lines that are not legacy are returned unchanged (decomposed Unicode is composed to NFC), and line
 * breaks are kept as they are, so the output has exactly the input's lines. Thread-safe.
 */
public final class LegacyDecoder {
    private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|$)");

    private final LegacyDetector detector = new LegacyDetector();
    private final CapitalsMode tcvn3Capitals;

    /** A decoder reading TCVN3 case with the {@link CapitalsMode#AUTO} heuristic. */
    public LegacyDecoder() {
        this(CapitalsMode.AUTO);
    }

    /** A decoder reading TCVN3 case as {@code tcvn3Capitals} says (ALL for text known to be in {@code .VnTimeH}). */
    public LegacyDecoder(CapitalsMode tcvn3Capitals) {
        if (tcvn3Capitals == null) throw new IllegalArgumentException("capitals mode must not be null");
        this.tcvn3Capitals = tcvn3Capitals;
    }

    /** The result of decoding one line. */
    public record Line(String raw, String text, Detection detection) {
    }

    /** Detects and decodes per line; text that is not legacy comes back unchanged. */
    public String decode(String text) {
        StringBuilder sb = new StringBuilder(text == null ? 0 : text.length());
        List<String> breaks = new ArrayList<>();
        List<Line> lines = decodeLines(text, breaks);
        for (int i = 0; i < lines.size(); i++) sb.append(lines.get(i).text()).append(breaks.get(i));
        return sb.toString();
    }

    /** Decodes raw bytes: valid UTF-8 as UTF-8, anything else as ISO-8859-1, then as {@link #decode(String)}. */
    public String decode(byte[] bytes) {
        return decode(LegacyDetector.readBytes(bytes));
    }

    /** Decodes the whole text with one encoding, without detection. */
    public String decode(String text, LegacyEncoding encoding) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return codec(encoding).decode(text);
    }

    /** Each line with its detection and decoded text (line breaks are not included). */
    public List<Line> decodeLines(String text) {
        return decodeLines(text, new ArrayList<>());
    }

    private List<Line> decodeLines(String text, List<String> breaks) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<String> raw = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int pos = 0;
        while (pos <= text.length() && m.find(pos)) {
            raw.add(m.group(1));
            breaks.add(m.group(2));
            if (m.group(2).isEmpty()) break;
            pos = m.end();
        }
        LegacyDetector.Analysis analysis = detector.analyse(raw);
        Detection whole = analysis.whole();
        List<Detection> own = new ArrayList<>(raw.size());
        int nonBlank = 0;
        int ownDoc = 0;
        for (int i = 0; i < raw.size(); i++) {
            Detection d = analysis.lines().get(i);
            if (isWeak(d, raw.get(i))) d = Detection.PLAIN;
            own.add(d);
            if (!raw.get(i).isBlank()) nonBlank++;
            if (d.encoding() == whole.encoding() && d.encoding() != LegacyEncoding.UNICODE) ownDoc++;
        }
        // the document's encoding is followed only when a fair share of its lines is in it on their own evidence:
        // a few stray Latin-1 letters of English-model OCR (vé, véi) pooled over a page make no legacy document
        boolean docLegacy = whole.encoding() != LegacyEncoding.UNICODE && ownDoc >= Math.max(1, nonBlank / 10);
        List<Line> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            Detection d = own.get(i);
            LegacyEncoding docEnc = whole.encoding();
            if (docLegacy && d.encoding() != docEnc && !line.isBlank()
                    && (d.encoding() != LegacyEncoding.UNICODE || !d.needsDecoding())) {
                // one document, one encoding: follow the document when the line decodes about as well
                // under it, unless the line has strong evidence of its own for another encoding
                LegacyDetector.Score s = analysis.scores().get(i).get(docEnc);
                if (s == null) s = detector.score(line, docEnc);
                // a line whose changed words are all also valid Unicode ("sè vÒ") follows only a
                // document with no Unicode Vietnamese line ("Ký tên" in a mixed document stays)
                boolean clean = s.mapped > 0 && s.share() >= 0.5
                        && (s.good > s.bad || (s.good == s.bad && analysis.unicodeLines() == 0));
                boolean ownStrong = d.encoding() != LegacyEncoding.UNICODE && d.evidence() >= 3 && d.against() == 0;
                if (s.accepted() || (clean && !ownStrong)) {
                    d = new Detection(docEnc, Math.min(1.0, whole.confidence() * Math.max(s.share(), 0.0)), s.good, s.bad);
                }
            }
            String decoded = d.needsDecoding() ? codec(d.encoding()).decode(line) : line;
            out.add(new Line(line, decoded, d));
        }
        return out;
    }

    /**
     * A legacy detection of a line of six or more words on fewer than three words, under a third of them: OCR or
     * stripped text with a stray Latin-1 letter ({@code vé} read for {@code về} decodes as TCVN3 {@code vộ}), not a
     * legacy line, where nearly every syllable with a diacritic is encoded.
     */
    static boolean isWeak(Detection d, String line) {
        if (d.encoding() == LegacyEncoding.UNICODE || d.evidence() >= 3) return false;
        int words = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean w = !Character.isWhitespace(line.charAt(i));
            if (w && !in) words++;
            in = w;
        }
        return words >= 6 && d.evidence() * 3 < words;
    }

    private LegacyCodec codec(LegacyEncoding encoding) {
        if (encoding == LegacyEncoding.TCVN3) return new Tcvn3Codec(tcvn3Capitals);
        return LegacyCodec.of(encoding);
    }
}
