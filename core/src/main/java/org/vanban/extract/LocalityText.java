package org.vanban.extract;

import org.vanban.vi.Fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a document's text that speak of its own unit, as {@link LocalityResolver} reads them.
 * <ul>
 *   <li>{@link #evidence}: the text without its recipients list ("Nơi nhận: - UBND các xã ..." names the
 *   units a document goes to, not the one that issues it), with signs read as the letters they stand for
 *   inside words ({@code thi x4} for thị xã);</li>
 *   <li>{@link #issuingCues}: the units the issuing sentence names when the header is gone: the body before an
 *   issuing verb ("UBND xã Phú Lâm xây dựng Kế hoạch như sau", "Ủy ban nhân dân thị xã ban hành"), a decision's
 *   authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP") and the signature block ("TM. ỦY BAN NHÂN DÂN
 *   HUYỆN ...");</li>
 *   <li>{@link #withoutMotto}: a name with the national motto OCR glued to it ("Ba Đình Để~ lập") cut off;</li>
 *   <li>{@link #isOf}: "của" as OCR damages it ({@code cia}, {@code ctia}), which marks a cited body.</li>
 * </ul>
 * Works on folded keys ({@link Fold#key}). Stateless.
 */
final class LocalityText {
    /** The motto line's words: "Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc". */
    private static final List<String> MOTTO = List.of("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam",
            "doc", "lap", "tu", "do", "hanh", "phuc");
    /** Where a glued motto starts inside a line: its first four words, or "độc lập - tự do". */
    private static final Pattern MOTTO_START = Pattern.compile("(?:^| )(?:cong hoa xa hoi|doc lap tu do)(?: |$)");
    private static final String BODY = "(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)";
    /**
     * A body, its unit and an issuing verb with the document it makes a few words on: "ubnd xa phu lam xay dung ke
     * hoach"; not "đã ban hành" (what a body did before, in a cited document).
     */
    private static final Pattern ISSUING = Pattern.compile("(?:^| )(\\S+ )?" + BODY
            + " ((?:(?!ubnd |uy ban |hdnd |hoi dong |\\. )\\S+ ){0,6}?)(?<!\\bda )(?:ban hanh|xay dung|trien khai|thong bao) "
            + "(?:ke hoach|chuong trinh|chi thi|quyet dinh|de an|huong dan|quy che|quy dinh|thong bao)(?: |$)");
    /** "của" as English-model OCR reads it: c, one or two of i/l/t, a (no Vietnamese word: "k" goes before i). */
    private static final Pattern OF = Pattern.compile("cua|c[ilt]{1,2}a");
    /** A line that is only a body, as an authority line or the signature block writes it. */
    private static final Pattern BODY_LINE = Pattern.compile("^(?:chu tich |tm |t m )" + BODY + " (.+)$");

    /** A cited document: its number, then "ngày" and its date ("số 102/KH-UBND ngày 02/7/2025"). */
    private static final Pattern CITED_DATE = Pattern.compile("\\bso\\s+\\d+/[\\w./\\-]+\\s*,?\\s+ngay\\s+" + Dates.DATE);

    private LocalityText() {
    }

    /**
     * The latest date of a document the text cites by number ("Kế hoạch số 102/KH-UBND ngày 02/7/2025"), ISO,
     * or "": a document is not older than what it cites. Deadlines ("trước ngày 31/12/2025") are no such bound.
     *
     * @param evidence the text as {@link #evidence} gives it
     */
    static String latestCitedDate(String evidence) {
        Matcher m = CITED_DATE.matcher(Fold.lower(evidence));
        String latest = "";
        while (m.find()) {
            String d = Dates.iso(m.group(1), m.group(2), m.group(3));
            if (d.compareTo(latest) > 0) latest = d;
        }
        return latest;
    }

    /** The text without its recipients list, signs inside words read as letters; line breaks kept. */
    static String evidence(String text) {
        if (text == null || text.isEmpty()) return "";
        StringBuilder out = new StringBuilder(text.length());
        boolean recipients = false;
        for (String line : text.split("\n", -1)) {
            String key = Fold.key(line);
            if (key.startsWith("noi nhan")) {
                if (!recipients) out.append(".\n"); // what comes before and after the list are not one sentence
                recipients = true;
                continue;
            }
            if (recipients) {
                String s = line.strip();
                // the list runs on while its lines are items ("- UBND tỉnh;", "+ Lưu: VT") or blank
                if (s.isEmpty() || "-+•*–".indexOf(s.charAt(0)) >= 0) continue;
                recipients = false;
            }
            out.append(OcrNames.lettersForSigns(line)).append('\n');
        }
        return out.toString();
    }

    /**
     * The folded key of an evidence text with its sentence ends kept as "." words: a unit name never runs on
     * across "; : ! ?" or a full stop at the end of a line ("báo cáo Chủ tịch UBND phường." then the signature
     * "CHỦ TỊCH" is no "phường Chũ"). A full stop inside a line may be an abbreviation's ("TP. Huế") and is no end.
     */
    static String key(String evidence) {
        StringBuilder out = new StringBuilder(evidence.length());
        int from = 0;
        for (int i = 0; i <= evidence.length(); i++) {
            boolean end = i == evidence.length();
            if (!end) {
                char c = evidence.charAt(i);
                boolean stop = c == ';' || c == ':' || c == '!' || c == '?';
                if (c == '.') {
                    int j = i + 1;
                    while (j < evidence.length() && (evidence.charAt(j) == ' ' || evidence.charAt(j) == '\t')) j++;
                    stop = j == evidence.length() || evidence.charAt(j) == '\n' || evidence.charAt(j) == '\r';
                }
                if (!stop) continue;
            }
            String part = Fold.key(evidence.substring(from, i));
            if (!part.isEmpty()) {
                if (out.length() > 0) out.append(" . ");
                out.append(part);
            }
            from = i + 1;
        }
        return out.toString();
    }

    /**
     * The units the issuing sentence, authority line or signature block of the text names, in that order of
     * trust and in text order: a (type, name) mention, or (type, "") when the unit is named by its type only
     * ("Ủy ban nhân dân huyện ban hành"). A body after "của" is a cited document's issuer and is left out.
     *
     * @param evidence the text as {@link #evidence} gives it
     */
    static List<LocalityResolver.Mention> issuingCues(String evidence) {
        List<LocalityResolver.Mention> sentences = new ArrayList<>();
        List<LocalityResolver.Mention> signatures = new ArrayList<>();
        for (String line : evidence.split("\n")) {
            Matcher m = BODY_LINE.matcher(Fold.key(line));
            if (!m.matches()) continue;
            LocalityResolver.Mention u = unit(m.group(1));
            if (u == null) continue;
            u = u.withWritten(line);
            if (m.group(0).startsWith("chu tich")) sentences.add(u);
            else signatures.add(u);
        }
        Matcher m = ISSUING.matcher(key(evidence));
        List<LocalityResolver.Mention> inText = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null && isOf(m.group(1).strip())) continue;
            LocalityResolver.Mention u = unit(m.group(2).strip());
            if (u != null) inText.add(u.withWritten(evidence)); // the sentence's own words are not at hand: the text's
        }
        List<LocalityResolver.Mention> out = new ArrayList<>(inText);
        out.addAll(sentences);
        out.addAll(signatures);
        return out;
    }

    /** "xa phu lam" → (xa, phu lam); "huyen" → (huyen, ""); null when it is no unit or names several ("xa phuong"). */
    private static LocalityResolver.Mention unit(String key) {
        List<String> words = Arrays.asList(withoutMotto(key).split(" "));
        int len = LocalityResolver.typeAt(words, 0);
        if (len == 0) return null;
        String type = String.join(" ", words.subList(0, len));
        List<String> name = words.subList(len, words.size());
        if (name.size() > 4) return null;
        // "ubnd xa phuong" (xã, phường): several levels named, no unit; "dinh quan" is a name that folds to a type
        if (!name.isEmpty() && LocalityResolver.typeAt(name, 0) > 0 && !LocalityResolver.isKnownName(String.join(" ", name))) {
            return null;
        }
        return new LocalityResolver.Mention(type, String.join(" ", name));
    }

    /**
     * The key cut where a motto glued to it starts ("ubnd huyen x cong hoa xa hoi ..." → "ubnd huyen x"), and
     * without a trailing run of damaged motto words ("ba dinh de lap" → "ba dinh": each word the motto's at its
     * place or, the last one aside, with the same first letter). Only a full motto start is cut here; the
     * trailing run is for the caller to try when the whole name is no known unit.
     */
    static String withoutMotto(String key) {
        Matcher m = MOTTO_START.matcher(key);
        return m.find() ? key.substring(0, m.start()).strip() : key;
    }

    /** The name without a trailing run of (damaged) motto words of two words or more, or null when there is none. */
    static String withoutMottoTail(String name) {
        String[] w = name.split(" ");
        for (int from = 1; from + 2 <= w.length; from++) {
            if (mottoRun(w, from)) return String.join(" ", Arrays.copyOfRange(w, 0, from));
        }
        return null;
    }

    /** Whether words {@code from}.. end align with a run of the motto: the last exact, the others by first letter. */
    private static boolean mottoRun(String[] w, int from) {
        int n = w.length - from;
        for (int start = 0; start + n <= MOTTO.size(); start++) {
            boolean ok = w[w.length - 1].equals(MOTTO.get(start + n - 1));
            for (int k = 0; ok && k < n - 1; k++) {
                String want = MOTTO.get(start + k);
                String got = w[from + k];
                ok = !got.isEmpty() && got.charAt(0) == want.charAt(0) && got.length() <= want.length() + 1;
            }
            if (ok) return true;
        }
        return false;
    }

    /** "của" (folded) or a misreading of it ({@code cia}, {@code cla}, {@code ctia}). */
    static boolean isOf(String word) {
        return OF.matcher(word).matches();
    }
}
