package org.vanban.text.legacy;

import com.ibm.icu.text.Normalizer2;
import org.vanban.vi.Letters;

/**
 * VIQR (RFC 1456): ASCII mnemonics after the vowel: {@code ^} circumflex, {@code (} breve,
 * {@code +} horn; then the tone: {@code '} acute, {@code `} grave, {@code ?} hook, {@code ~} tilde,
 * {@code .} dot below; {@code dd}/{@code DD}/{@code Dd} (or {@code d-}) at the start of a word is đ/Đ,
 * and so is {@code DD} after a capital ({@code QDD-UBND}, {@code HDDND}).
 * A backslash makes the next mnemonic literal ({@code \.}). As in RFC 1456, an unescaped
 * {@code . ? '} right after a vowel is a tone when the syllable has none yet, also at a word end
 * ({@code ddi.} is "đị"); a second one is punctuation ({@code No^.i.} is "Nội."). The encoder escapes
 * literal mnemonics after a vowel, so encoding then decoding gives back the text.
 */
public final class ViqrCodec extends LegacyCodec {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String TONE_CHARS = "`'?~.";
    private static final String TONE_MARKS = Letters.TONES;
    private static final String MNEMONICS = "^(+`'?~.";

    @Override
    public LegacyEncoding encoding() {
        return LegacyEncoding.VIQR;
    }

    @Override
    String decode(String text, Tally tally) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        boolean toned = false; // the current syllable already has a tone
        boolean vowelSeen = false; // the current syllable has its vowel
        boolean closed = false; // ... and a consonant after it: a vowel now starts a new syllable (glued words)
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean syllableStart = closed; // a consonant already closed the last syllable: "chi'nhdde^?"
            if (!Character.isLetter(c)) {
                toned = false;
                vowelSeen = false;
                closed = false;
            } else if (!isVowel(c)) {
                closed |= vowelSeen;
            } else if (closed) {
                toned = false;
                closed = false;
            }
            if (c == '\\' && i + 1 < n && (MNEMONICS + "-dD\\").indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(++i)); // escaped literal
                continue;
            }
            boolean afterCapital = i > 0 && Character.isUpperCase(text.charAt(i - 1)) && c == 'D';
            if ((c == 'd' || c == 'D') && (wordStart || afterCapital || syllableStart) && i + 1 < n) {
                char d = text.charAt(i + 1);
                boolean dd = d == 'd' || d == 'D';
                boolean dash = d == '-' && i + 2 < n && isVowel(text.charAt(i + 2));
                if ((dd || dash) && !(c == 'd' && d == 'D')) {
                    out.append(c == 'D' ? 'Đ' : 'đ');
                    tally.mapped++;
                    i++;
                    continue;
                }
            }
            if (!isVowel(c)) {
                out.append(c);
                continue;
            }
            out.append(c);
            vowelSeen = true;
            int j = i + 1;
            char lc = Character.toLowerCase(c);
            if (j < n) {
                char m = text.charAt(j);
                if ((m == '^' && (lc == 'a' || lc == 'e' || lc == 'o'))) {
                    out.append('\u0302');
                    j++;
                } else if (m == '(' && lc == 'a') {
                    out.append('\u0306');
                    j++;
                } else if (m == '+' && (lc == 'o' || lc == 'u')) {
                    out.append('\u031B');
                    j++;
                }
            }
            if (j < n && !toned) {
                char t = text.charAt(j);
                int k = TONE_CHARS.indexOf(t);
                if (k >= 0) {
                    out.append(TONE_MARKS.charAt(k));
                    toned = true;
                    j++;
                }
            }
            if (j > i + 1) tally.mapped++;
            i = j - 1;
        }
        return NFC.normalize(out);
    }

    /** NFD puts the dot below (class 220) before a circumflex (230); VIQR writes the vowel mark first. */
    private static String vowelMarkFirst(String nfd) {
        StringBuilder sb = new StringBuilder(nfd);
        for (int i = 0; i + 1 < sb.length(); i++) {
            if (TONE_MARKS.indexOf(sb.charAt(i)) >= 0 && Letters.VOWEL_MARKS.indexOf(sb.charAt(i + 1)) >= 0) {
                char t = sb.charAt(i);
                sb.setCharAt(i, sb.charAt(i + 1));
                sb.setCharAt(i + 1, t);
            }
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0;
    }

    @Override
    public String encode(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String d = vowelMarkFirst(NFD.normalize(text));
        StringBuilder sb = new StringBuilder(d.length() + 16);
        boolean afterVowelOrMark = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case '\u0302' -> sb.append('^');
                case '\u0306' -> sb.append('(');
                case '\u031B' -> sb.append('+');
                case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323' -> sb.append(TONE_CHARS.charAt(TONE_MARKS.indexOf(c)));
                case 'đ' -> sb.append("dd");
                case 'Đ' -> sb.append("DD");
                default -> {
                    if (c >= 0x80 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                        throw unmappable(LegacyEncoding.VIQR, d, i);
                    }
                    if (c == '\\') sb.append('\\');
                    boolean literal = MNEMONICS.indexOf(c) >= 0 && afterVowelOrMark;
                    // a literal "dd", "DD" or "d-" is escaped wherever it is (d, backslash, d), so it never reads as đ
                    boolean literalD = (c == 'd' || c == 'D') && i + 1 < d.length() && "dD-".indexOf(d.charAt(i + 1)) >= 0;
                    if (literal) sb.append('\\');
                    sb.append(c);
                    if (literalD) sb.append('\\');
                }
            }
            afterVowelOrMark = isVowel(c) || (c >= '\u0300' && c <= '\u031B');
        }
        return sb.toString();
    }
}
