package org.vanban.text;

import com.ibm.icu.text.Normalizer2;
import org.vanban.vi.Letters;

/**
 * Brings OCR and PDF text to NFC and maps compatibility oddities:
 * <ul>
 *   <li>line ends {@code \r\n} and lone {@code \r} become {@code \n};</li>
 *   <li>Latin ligatures (U+FB00..U+FB06, e.g. "ﬁ") are expanded ("fi");</li>
 *   <li>non-breaking and other fixed-width spaces become a plain space;</li>
 *   <li>zero-width characters, BOMs and soft hyphens inside a line are removed
 *       (a soft hyphen at a line end becomes "-" so {@link HyphenationJoiner} can join it);</li>
 *   <li>the Icelandic eth "Ð/ð", which scanners and fonts often put for "Đ/đ", becomes "Đ/đ";</li>
 *   <li>other C0/C1 control characters except tab, newline and form feed are removed;</li>
 *   <li>a tone mark typed before the vowel mark ("e" + U+0301 + U+0302) is put after it, so the
 *       pair composes ("ế").</li>
 * </ul>
 * Smart quotes and dashes are left alone. Thread-safe.
 */
public final class UnicodeNormalizer implements TextStep {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Override
    public String apply(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    sb.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
                }
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
                        '\u2005', '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> sb.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { /* zero width: drop */ }
                case '\u00AD' -> {
                    boolean atLineEnd = i + 1 >= n || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r';
                    if (atLineEnd) sb.append('-');
                }
                case '\u00D0' -> sb.append('\u0110');
                case '\u00F0' -> sb.append('\u0111');
                default -> {
                    if (c >= '\uFB00' && c <= '\uFB06') {
                        sb.append(NFKC.normalize(String.valueOf(c)));
                    } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f') {
                        // drop stray control characters
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return NFC.normalize(reorderMarks(NFD.normalize(sb)));
    }

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWEL_MARKS = Letters.VOWEL_MARKS;

    /**
     * Puts a Vietnamese vowel mark (circumflex, breve, horn) before a tone mark typed ahead of
     * it ("e" + acute + circumflex becomes "e" + circumflex + acute, which composes to "ế").
     * Both marks have the same combining class, so NFC alone does not reorder them.
     */
    static String reorderMarks(String nfd) {
        StringBuilder sb = null;
        for (int i = 0; i + 1 < nfd.length(); i++) {
            char a = nfd.charAt(i);
            char b = nfd.charAt(i + 1);
            if (TONE_MARKS.indexOf(a) >= 0 && VOWEL_MARKS.indexOf(b) >= 0) {
                if (sb == null) sb = new StringBuilder(nfd);
                sb.setCharAt(i, b);
                sb.setCharAt(i + 1, a);
                nfd = sb.toString();
            }
        }
        return nfd;
    }
}
