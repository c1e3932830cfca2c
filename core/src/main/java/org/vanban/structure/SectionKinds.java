package org.vanban.structure;

import org.vanban.model.SectionKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Tags a section heading with its {@link SectionKind} by keywords, accent-insensitively. When a
 * heading holds keywords of several kinds ("MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU"), the keyword that
 * comes first wins.
 */
public final class SectionKinds {
    private static final Map<SectionKind, Pattern> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(SectionKind.PURPOSE, words("muc dich", "yeu cau", "quan diem", "dinh huong"));
        KEYWORDS.put(SectionKind.TARGETS, words("muc tieu", "chi tieu"));
        KEYWORDS.put(SectionKind.TASKS, words("nhiem vu", "giai phap", "noi dung"));
        KEYWORDS.put(SectionKind.IMPLEMENTATION, words("to chuc thuc hien", "phan cong", "trach nhiem"));
        KEYWORDS.put(SectionKind.CONTEXT, words("thuc trang", "ket qua", "tinh hinh", "su can thiet"));
        KEYWORDS.put(SectionKind.BUDGET, words("kinh phi"));
    }

    private SectionKinds() {
    }

    private static Pattern words(String... ws) {
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < ws.length; i++) {
            if (i > 0) sb.append('|');
            sb.append(ws[i].split(" ").length >= 3 ? ocrPhrase(ws[i]) : ws[i].replace(" ", "\\s+[a-z]?"));
        }
        return Pattern.compile(sb.append(")\\b").toString());
    }

    /**
     * A folded phrase of three words or more as a regular expression read through English-model OCR: vowel runs
     * misread ({@link #fuzzyVowels}), one stray letter between words ("lthực hiện") and words run together
     * ("t6chitc thuc hién" for "tổ chức thực hiện").
     */
    static String ocrPhrase(String phrase) {
        return fuzzyVowels(phrase).replace(" ", "\\s*[a-z]?");
    }

    /**
     * A phrase of three words or more with each run of vowels matching one to three letters or
     * digits, as OCR without the Vietnamese model reads them ("T6 chitc thurc hién" for "Tổ chức
     * thực hiện").
     */
    static String fuzzyVowels(String phrase) {
        return phrase.replaceAll("[aeiouy]+", "[a-z0-9@]{1,3}");
    }

    /** The kind named by the heading's keywords, or {@code fallback} when there is none. */
    public static SectionKind tag(String heading, SectionKind fallback) {
        String f = Fold.lower(heading == null ? "" : heading);
        SectionKind best = fallback;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<SectionKind, Pattern> e : KEYWORDS.entrySet()) {
            Matcher m = e.getValue().matcher(f);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = e.getKey();
            }
        }
        return best;
    }
}
