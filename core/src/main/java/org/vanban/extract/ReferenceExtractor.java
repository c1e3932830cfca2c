package org.vanban.extract;

import org.vanban.model.DocType;
import org.vanban.model.LegalReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Finds the documents a text cites (văn bản được viện dẫn): "Nghị quyết số 76/NQ-CP ngày
 * 15/7/2021 của Chính phủ", "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
 * "Nghị định 30/2020/NĐ-CP", "Thông tư số 01/2023/TT-VPCP", "số 123/UBND-VP" (type from the
 * symbol), and laws by name ("Luật Tổ chức chính quyền địa phương ngày 19/6/2015").
 *
 * <p>Matching runs on the accent-folded text, so text without diacritics is read too. Each
 * reference gets a key: the number/symbol upper-cased, accent-folded, without spaces
 * ("30/2020/ND-CP"); for a law cited by name only, "LUAT " (a code: "BO LUAT ") and its folded name in
 * capitals ("LUAT TO CHUC CHINH QUYEN DIA PHUONG"). A law name ends at a comma unless the words
 * after it continue the name ("Luật Phòng, chống thiên tai").
 * A document cited several times is listed once (first place), with the date and issuer of
 * whichever citation gives them. Thread-safe.
 */
public final class ReferenceExtractor {
    private static final String TYPES = "nghi\\s+quyet|quyet\\s+dinh|chi\\s+thi|ke\\s+hoach|nghi\\s+dinh"
            + "|thong\\s+tu\\s+lien\\s+tich|thong\\s+tu|cong\\s+van|thong\\s+bao|chuong\\s+trinh|huong\\s+dan"
            + "|bao\\s+cao|to\\s+trinh|quy\\s+che|van\\s+ban|phap\\s+lenh";
    /** Number/symbol, folded: "76/nq-cp", "30/2020/nd-cp", "1234/qd-ubnd", "03/2019/ttlt-btp-bnv". */
    private static final String NUMBER = "(\\d{1,5}[a-z]?(?:\\s*/\\s*(?:19|20)\\d{2})?\\s*/\\s*[a-z]{1,8}\\d{0,2}"
            + "(?:\\s*-\\s*[a-z0-9]{1,10}){0,3}"
            + "|\\d{1,5}\\s*-\\s*[a-z]{1,6}\\s*/\\s*[a-z]{1,8}(?:\\s*-\\s*[a-z0-9]{1,10}){0,2})(?![a-z0-9])";
    private static final Pattern TYPED = Pattern.compile(
            "\\b(" + TYPES + ")\\s+(?:(?:so|s[o6])\\s*[:.]?\\s*)?" + NUMBER);
    private static final Pattern UNTYPED = Pattern.compile("\\bso\\s*[:.]?\\s*" + NUMBER);
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?:ban\\s+hanh\\s+)?ngay\\s+)" + Dates.DATE);
    private static final Pattern LAW = Pattern.compile("\\b(luat|bo\\s+luat)\\s+(?!nay\\b|so\\b)");
    private static final Pattern LAW_STOP = Pattern.compile(
            "\\s+(?:(?:ngay|so|da\\s+duoc|duoc|quy\\s+dinh|va\\s+cac|cua\\s+quoc)\\b|nam\\s+\\d)|[;:()\\n.]"
                    + "|,(?!\\s*(?:chong|bo\\s+sung|cham\\s+soc)\\b)|$");
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*(?:cua|do)\\s+");
    /** Lower-case word pairs that end an issuer's name: "ban hành", "thông qua" ... */
    private static final Pattern STOP_PAIRS = Pattern.compile("^(?:ban\\s+hanh|thong\\s+qua|van\\s+ban|quy\\s+dinh)\\b");
    /** Lower-case words that may stand inside an issuer's name ("Ủy ban nhân dân tỉnh Bình Phước"). */
    private static final Set<String> ISSUER_WORDS = Set.copyOf(List.of("ban", "nhan", "dan", "tinh", "huyen", "thi", "xa",
            "thanh", "pho", "phuong", "quan", "tran", "uy", "chinh", "phu", "tuong", "vu", "truong", "chap", "hanh",
            "trung", "uong", "thuong", "dang", "hoi", "dong", "quoc", "doan", "ket", "va", "cong", "an", "tu", "phap",
            "te", "duc", "tao", "lao", "thuong", "binh", "xa", "tai", "nguyen", "moi", "nong", "nghiep", "thon",
            "dau", "phong", "khoa", "doc", "trien", "ngan", "hang", "nha", "nuoc", "tin", "truyen", "xay", "dung",
            "ke", "hoach", "y", "dao", "vien", "kiem", "sat", "toi", "cao", "tra", "toa", "toan", "truong", "hoc", "ngoai", "noi", "giao", "thong", "van", "hoa", "the", "thao", "du", "lich", "lam"));

    /** References cited in the text, in order of first citation, one per key. */
    public List<LegalReference> extract(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String folded = Fold.lower(text);
        Map<String, Found> byKey = new LinkedHashMap<>();
        List<int[]> taken = new ArrayList<>();

        Matcher m = TYPED.matcher(folded);
        while (m.find()) {
            String typeWords = m.group(1).replaceAll("\\s+", " ");
            String number = withTypeHyphen(text.substring(m.start(2), m.end(2)).replaceAll("\\s+", ""));
            DocType type = typeWords.equals("van ban") ? typeFromNumber(number)
                    : typeWords.startsWith("thong tu") ? DocType.THONG_TU : DocType.parse(typeWords);
            if (type == DocType.UNKNOWN) type = typeFromNumber(number);
            add(byKey, found(text, folded, m.start(), m.end(), type, number, key(number)));
            taken.add(new int[]{m.start(), m.end()});
        }
        Matcher u = UNTYPED.matcher(folded);
        while (u.find()) {
            int at = u.start();
            if (taken.stream().anyMatch(r -> at >= r[0] && at < r[1])) continue;
            String number = withTypeHyphen(text.substring(u.start(1), u.end(1)).replaceAll("\\s+", ""));
            if (!number.matches(".*\\p{L}{2,}.*")) continue;
            add(byKey, found(text, folded, u.start(), u.end(), typeFromNumber(number), number, key(number)));
        }
        Matcher law = LAW.matcher(folded);
        while (law.find()) {
            int nameStart = law.end();
            if (nameStart >= text.length() || !Character.isUpperCase(text.charAt(law.start()))
                    || !Character.isUpperCase(text.charAt(nameStart))) continue;
            String rest = folded.substring(nameStart);
            boolean amendment = rest.startsWith("sua doi");
            Matcher stop = (amendment ? Pattern.compile("\\s+ngay\\b|[;\\n]|$") : LAW_STOP).matcher(rest);
            int nameEnd = nameStart + (stop.find() ? stop.start() : rest.length());
            if (nameEnd - nameStart < 3) continue;
            String name = text.substring(nameStart, nameEnd).replaceAll("\\s+", " ").strip();
            if (name.split(" ").length > 20) continue;
            Matcher num = Pattern.compile("^\\s*,?\\s*so\\s*[:.]?\\s*" + NUMBER).matcher(folded.substring(nameEnd));
            String number = "";
            int end = nameEnd;
            if (num.find()) {
                number = text.substring(nameEnd + num.start(1), nameEnd + num.end(1)).replaceAll("\\s+", "");
                end = nameEnd + num.end();
            }
            String prefix = law.group(1).startsWith("bo") ? "BO LUAT " : "LUAT ";
            String key = number.isEmpty() ? prefix + Fold.key(name).toUpperCase(Locale.ROOT) : key(number);
            Found f = found(text, folded, law.start(), end, DocType.LUAT, number, key);
            add(byKey, f);
        }
        List<LegalReference> out = new ArrayList<>();
        byKey.values().stream().sorted((a, b) -> Integer.compare(a.start, b.start)).forEach(f -> out.add(f.ref));
        return out;
    }

    private record Found(LegalReference ref, int start) {
    }

    private static void add(Map<String, Found> byKey, Found f) {
        Found old = byKey.get(f.ref.key());
        if (old == null) {
            byKey.put(f.ref.key(), f);
            return;
        }
        LegalReference a = old.ref;
        LegalReference b = f.ref;
        if ((a.date().isEmpty() && !b.date().isEmpty()) || (a.issuer().isEmpty() && !b.issuer().isEmpty())) {
            byKey.put(a.key(), new Found(new LegalReference(a.type() == DocType.UNKNOWN ? b.type() : a.type(),
                    a.number(), a.date().isEmpty() ? b.date() : a.date(), a.issuer().isEmpty() ? b.issuer() : a.issuer(),
                    a.key(), a.text()), old.start));
        }
    }

    /** Reads the date and issuer after a citation's number and builds the reference. */
    private static Found found(String text, String folded, int start, int numberEnd, DocType type, String number,
                               String key) {
        int end = numberEnd;
        String date = "";
        Matcher d = DATE_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 60)));
        if (d.find()) {
            date = Dates.iso(d.group(1), d.group(2), d.group(3));
            end += d.end();
        }
        String issuer = "";
        Matcher of = OF.matcher(folded.substring(end, Math.min(folded.length(), end + 20)));
        if (of.find()) {
            int from = end + of.end();
            int to = issuerEnd(text, folded, from);
            if (to > from) {
                issuer = text.substring(from, to).replaceAll("\\s+", " ").strip();
                end = to;
            }
        }
        String written = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return new Found(new LegalReference(type, number, date, issuer, key, written), start);
    }

    /** End of an issuer's name: capitalised words and the lower-case words of body names. */
    private static int issuerEnd(String text, String folded, int from) {
        Matcher w = Pattern.compile("\\S+").matcher(text);
        int end = from;
        int words = 0;
        int pos = from;
        while (words < 14 && w.find(pos)) {
            if (text.substring(pos, w.start()).contains("\n\n") || text.substring(pos, w.start()).contains("\f")) break;
            String word = w.group();
            String bare = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (bare.isEmpty()) break;
            String f = Fold.lower(bare);
            boolean capital = Character.isUpperCase(bare.charAt(0));
            if (words == 0 ? !capital : !(capital || ISSUER_WORDS.contains(f))) break;
            if (f.equals("va") && !nextIsCapital(text, w.end())) break;
            if (!capital && STOP_PAIRS.matcher(folded.substring(w.start(), Math.min(folded.length(), w.start() + 12))).find())
                break;
            int trail = word.length();
            while (trail > 0 && !Character.isLetterOrDigit(word.charAt(trail - 1))) trail--;
            end = w.start() + trail;
            words++;
            pos = w.end();
            if (trail < word.length()) break; // a comma or full stop ends the name
        }
        // "của UBND tỉnh về việc": drop a trailing joining word
        String name = folded.substring(from, end);
        if (name.endsWith(" va")) end -= 3;
        return end;
    }

    private static boolean nextIsCapital(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** A dated number whose symbol has no hyphen: "343/2016/TTBTC". */
    private static final Pattern DATED_NO_HYPHEN = Pattern.compile("^(\\d{1,5}[a-zA-Z]?/(?:19|20)\\d{2}/)(\\p{L}{4,12})$");
    /** Type abbreviations that open the symbol of a dated (normative) document, longest first. */
    private static final List<String> SYMBOL_TYPES = List.of("TTLT", "NQ", "ND", "QD", "TT", "CT", "KH", "TB", "HD", "QC");

    /**
     * The number with the hyphen OCR lost between the type and the issuer of a dated symbol put back:
     * "343/2016/TTBTC" gives "343/2016/TT-BTC", "16/2015/NĐCP" gives "16/2015/NĐ-CP". A dated number's symbol is
     * always type-issuer, so this is done only there and only when at least two letters are left for the issuer.
     */
    static String withTypeHyphen(String number) {
        Matcher m = DATED_NO_HYPHEN.matcher(number);
        if (!m.find()) return number;
        String symbol = m.group(2);
        String folded = Fold.lower(symbol).toUpperCase(Locale.ROOT);
        for (String t : SYMBOL_TYPES) {
            if (folded.startsWith(t) && folded.length() - t.length() >= 2) {
                return m.group(1) + symbol.substring(0, t.length()) + "-" + symbol.substring(t.length());
            }
        }
        return number;
    }

    /** Normalised key: upper-case, accent-folded, without spaces. "30/2020/NĐ-CP" gives "30/2020/ND-CP". */
    public static String key(String number) {
        return Fold.lower(number).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The type named by a number's symbol ("76/NQ-CP" gives NGHI_QUYET), or UNKNOWN. */
    static DocType typeFromNumber(String number) {
        for (String part : number.split("/")) {
            String head = part.split("-", 2)[0];
            if (part.contains("-") || head.equals(part)) {
                if (head.matches("\\d+")) continue;
                DocType t = DocType.parse(head);
                if (t != DocType.UNKNOWN && t != DocType.LUAT) return t;
            }
        }
        return DocType.UNKNOWN;
    }
}
