package org.vanban.structure;

import org.vanban.model.DocType;
import org.vanban.model.Header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Reads the header block (phần đầu văn bản) of a document: issuing body and its superior,
 * number/symbol (Số), place and date, document type and title (trích yếu).
 *
 * <p>All matching is done on accent-folded text ({@link Fold}) so that text without
 * diacritics ("KE HOACH", "UBND THI XA PHUOC LONG") and damaged OCR ("S6: 39/QD-UBND") are
 * read too, while values are cut from the text as written. The two header columns may come on
 * separate lines or interleaved on one line ("UỶ BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM"): the national motto is cut off, and the left column is what stands before it.
 * Thread-safe.
 */
public final class HeaderParser {
    /** How many non-blank lines from the top may belong to the header. */
    static final int ZONE_LINES = 40;

    /** The national motto, also as OCR damages it ("Đặc lập.- ự do - Hạnh phúc"). */
    static final Pattern MOTTO = Pattern.compile(
            "cong\\s*hoa\\s*xa\\s*hoi|xa\\s*hoi\\s*chu\\s*nghia|chu\\s*nghia\\s*viet\\s*nam|doc\\s*lap\\s*[-–—.,]?\\s*tu\\s*do"
                    + "|[a-z]{2,3}\\s*l[a-z]p\\W{0,4}[a-z]{0,2}\\s*d[o0]\\W{0,4}h[a-z]nh\\s*ph[a-z]{1,3}c"
                    + "|tu\\s*do\\s*[-–—.,]?\\s*hanh\\s*phuc");
    private static final Pattern NUMBER = Pattern.compile(
            "^[^a-z0-9$]*[s$][o06][\\s.]*[:;.,]?[\\s.…_]*(\\d{0,5}\\s*/\\s*[0-9a-z][0-9a-z/.\\-]*[0-9a-z])");
    private static final Pattern DATE = Pattern.compile(
            "ngay[\\s.…_,]*(\\d{1,2}|[^\\s\\d]{1,2}(?=\\s))?[\\s.…_,]*thang[\\s.…_,]*(\\d{1,2}|[^\\s\\d]{1,2}(?=\\s))?"
                    + "[\\s.…_,]*n[a-z]m[\\s.…_,]*((?:19|20)\\d{2})");
    /** Date written with slashes: "ngày 15/3/2021". */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "ngay\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})");
    /** "V/v" (về việc), the subject line of an official letter. */
    private static final Pattern ABOUT = Pattern.compile("^[^a-z0-9]*v\\s*/\\s*v\\b");
    /** Years after this are OCR errors ("2041" for "2021"). */
    private static final int MAX_YEAR = LocalDate.now().getYear() + 1;
    private static final Pattern GAP = Pattern.compile("\\s{3,}");
    /** Before a date, a cited document: its type word or its number ("Nghị quyết số 76/NQ-CP ngày ..."). */
    private static final Pattern CITED_BEFORE = Pattern.compile(
            "(?:nghi\\s*quyet|nghi\\s*dinh|quyet\\s*dinh|chi\\s*thi|thong\\s*tu|ke\\s*hoach|cong\\s*van|luat|chuong\\s*trinh"
                    + "|\\b[s$][o06]\\s*:?\\s*\\d{1,5}\\s*/\\s*[0-9a-z])[^,;]{0,40}$");
    private static final Pattern KEM_THEO = Pattern.compile("kem\\s*theo");
    private static final Pattern BODY_START = Pattern.compile(
            "^(ubnd|uy\\s*ban|hdnd|hoi\\s*dong|so|phong|ban|van\\s*phong|tinh\\s*uy|huyen\\s*uy|thi\\s*uy|thanh\\s*uy"
                    + "|dang\\s*uy|bo|cong\\s*an|cuc|chi\\s*cuc|tong\\s*cuc|trung\\s*tam|truong|mat\\s*tran|bch|chinh\\s*phu"
                    + "|thu\\s*tuong|quoc\\s*hoi|doan|lien\\s*doan|hoi)\\b");
    private static final Pattern INNER_BODY = Pattern.compile("\\s(ubnd|uy\\s*ban\\s*nhan\\s*dan|hdnd|hoi\\s*dong\\s*nhan\\s*dan)\\b");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "^(can\\s*cu|chu\\s*tich|uy\\s*ban\\s*nhan\\s*dan|ubnd|hoi\\s*dong\\s*nhan\\s*dan|hdnd|kinh\\s*gui|dieu\\s*\\d"
                    + "|quyet\\s*dinh\\s*:|[ivx]+\\s*[.:])");
    /** A line that is only a year or a period ("2021", "2021 - 2025"). */
    private static final Pattern YEARS_LINE = Pattern.compile("(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)\\d{2})?\\s*[.,]?");
    /** Symbols OCR leaves after the last word of a title ("... năm 2024 ¢"). */
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:\\s+[^\\p{L}\\p{N}()\\s]+)+$");
    /** A cited document number ("số 749/QĐ-TTg", misread "s6 749/QD-TTg"). */
    private static final Pattern CITES = Pattern.compile("\\bs[o6]\\s*:?\\s*\\d+\\s*/");
    private static final Pattern PARAGRAPH_START = Pattern.compile("^(thuc\\s*hien|nham|de|theo|trien\\s*khai|qua)\\b");

    /** Reads the header from the start of the document text. */
    public Header parse(String text) {
        return parse(text, "");
    }

    /**
     * Reads the header from the start of the repaired text; {@code raw}, the same document before repair, is read
     * too for the type a headless document names itself by, where repair lost the cue (a noise line dropped,
     * "như sau" cut to "như").
     */
    public Header parse(String text, String raw) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<Line> zone = zone(Line.split(text));
        if (zone.isEmpty()) return Header.EMPTY;

        int numberAt = -1;
        String number = "";
        for (int i = 0; i < zone.size() && numberAt < 0; i++) {
            Matcher m = NUMBER.matcher(zone.get(i).folded());
            if (m.find()) {
                numberAt = i;
                number = zone.get(i).text().substring(m.start(1), m.end(1)).replaceAll("\\s+", "");
            }
        }

        int typeAt = -1;
        DocType type = DocType.UNKNOWN;
        String titleStart = "";
        for (int i = 0; i < zone.size() && typeAt < 0; i++) {
            TypeLine t = typeLine(zone.get(i));
            if (t != null) {
                typeAt = i;
                type = t.type;
                titleStart = t.rest;
            }
        }
        if (type == DocType.UNKNOWN && !number.isEmpty()) type = typeFromNumber(number);
        if (type == DocType.UNKNOWN && typeAt < 0) type = typeFromBody(text);
        if (type == DocType.UNKNOWN && typeAt < 0 && raw != null && !raw.isEmpty()) type = typeFromBody(raw);

        // the date stands above the type line; below it, dates belong to cited documents
        String[] placeDate = placeAndDate(typeAt >= 0 ? zone.subList(0, typeAt) : zone, numberAt);
        int issuerEnd = numberAt >= 0 ? numberAt : typeAt >= 0 ? typeAt : Math.min(zone.size(), 6);
        String[] bodies = issuerAndSuperior(zone.subList(0, issuerEnd));
        String title = typeAt >= 0 ? title(zone, typeAt, titleStart) : "";
        if (typeAt < 0) {
            // an official letter (công văn): "Số: 123/UBND-VP" then "V/v triển khai ..."
            for (int i = 0; i < zone.size(); i++) {
                Matcher vv = ABOUT.matcher(zone.get(i).folded());
                if (!vv.find()) continue;
                if (type == DocType.UNKNOWN) type = DocType.CONG_VAN;
                StringBuilder t = new StringBuilder(
                        leftColumn(zone.get(i)).replaceFirst("^(?i)v\\s*/\\s*v\\s*[:.]?\\s*", ""));
                for (int j = i + 1; j < zone.size(); j++) {
                    String next = leftColumn(zone.get(j));
                    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) break;
                    t.append(' ').append(next);
                }
                title = ("Về việc " + t).replaceAll("\\s+", " ").strip(); // "V/v" written out
                break;
            }
        }
        if (title.isEmpty() && typeAt < 0 && numberAt < 0 && bodies[0].isBlank()) title = headlessTitle(zone);
        return new Header(type, number, placeDate[0], placeDate[1], IssuerNormalizer.normalize(bodies[0]),
                bodies[1], title);
    }

    /**
     * The title of a scan that starts at it (no issuer, number or type line: a photocopy of the pages after the
     * header): the first block of at most three lines, up to a blank line, that starts with a capital and does not
     * end a sentence ("Cải cách hành chính và xây dựng chính quyền điện tử / huyện Long Mỹ giai đoạn 2021 - 2025").
     * A first paragraph of body text ends with a full stop or runs longer, and gives no title.
     */
    private static String headlessTitle(List<Line> zone) {
        int from = 0;
        while (from < zone.size() && (zone.get(from).isBlank() || Line.letterCount(zone.get(from).text()) == 0)) from++;
        int to = from;
        while (to < zone.size() && !zone.get(to).isBlank()) to++;
        if (from >= zone.size() || to - from > 3 || to >= zone.size()) return "";
        String first = zone.get(from).text().strip();
        String last = TRAILING_NOISE.matcher(zone.get(to - 1).text().strip()).replaceFirst("");
        StringBuilder block = new StringBuilder();
        for (Line l : zone.subList(from, to)) block.append(l.folded()).append(' ');
        // "Thực hiện Chương trình ... năm 2022" is a plan's title; "Thực hiện Quyết định số 749/QĐ-TTg ..." its body
        boolean paragraph = PARAGRAPH_START.matcher(Fold.lower(first)).find() && CITES.matcher(block).find();
        if (!Character.isUpperCase(first.charAt(0)) || last.matches(".*[.:;,]$") || Line.upperShare(first) == 1.0
                || paragraph || TITLE_STOP.matcher(Fold.lower(first)).find()) {
            return "";
        }
        return title(zone.subList(from, to), -1, "");
    }

    /** The first lines of the first page, up to "Căn cứ" or a numbered section. */
    private static List<Line> zone(List<Line> lines) {
        List<Line> zone = new ArrayList<>();
        int nonBlank = 0;
        for (Line l : lines) {
            if (l.isPageBreak() || l.text().contains("\f")) break;
            String f = l.folded().strip();
            if (f.startsWith("can cu") || SectionParser.isRomanHeading(l) || f.matches("^dieu\\s*1\\s*[.:].*")) break;
            zone.add(l);
            if (!l.isBlank() && ++nonBlank >= ZONE_LINES) break;
        }
        return zone;
    }

    private record TypeLine(DocType type, String rest) {
    }

    /** True for a document type line in capitals ("KẾ HOẠCH"), not "QUYẾT ĐỊNH:". */
    static boolean isTypeLine(Line line) {
        return typeLine(line) != null;
    }

    /** A line that starts with a document type in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH"). */
    private static TypeLine typeLine(Line line) {
        int s = line.contentStart();
        String f = line.folded().substring(s);
        for (DocType t : DocType.values()) {
            if (t == DocType.UNKNOWN) continue;
            String label = Fold.lower(t.label());
            Matcher m = Pattern.compile("^" + label.replace(" ", "\\s*") + "(?![a-z])").matcher(f);
            if (!m.find()) continue;
            String written = line.text().substring(s, s + m.end());
            if (Line.upperShare(written) < 0.99) continue;
            String rest = line.text().substring(s + m.end()).strip();
            if (rest.startsWith(":")) continue; // "QUYẾT ĐỊNH:" opens the articles, it is not the type line
            return new TypeLine(t, rest.replaceAll("^[^\\p{L}\\p{N}]+", ""));
        }
        return null;
    }

    /** Types a document may name itself by (a scan whose type line is missing or unreadable). */
    private static final List<DocType> SELF_NAMED = List.of(DocType.KE_HOACH, DocType.CHI_THI, DocType.QUYET_DINH,
            DocType.NGHI_QUYET, DocType.CHUONG_TRINH, DocType.BAO_CAO, DocType.THONG_BAO, DocType.HUONG_DAN,
            DocType.TO_TRINH, DocType.QUY_CHE);

    /**
     * The type a document names itself by when its header does not say: "Trên đây là Kế hoạch ...",
     * "... thực hiện Kế hoạch này", "Ủy ban nhân dân huyện xây dựng Kế hoạch ... với những nội dung sau".
     * The type named so most often wins; a tie or no such phrase gives UNKNOWN. The cue tolerates one misread letter
     * of "như" ("nhw sau", English-model OCR), so the raw text can be read too.
     */
    static DocType typeFromBody(String text) {
        String f = Fold.key(text);
        DocType best = DocType.UNKNOWN;
        int bestCount = 0;
        boolean tie = false;
        for (DocType t : SELF_NAMED) {
            String label = Fold.key(t.label());
            Matcher m = Pattern.compile("\\btren day la " + label + "\\b|\\b" + label + " nay\\b"
                    + "|\\b(?:xay dung|ban hanh) " + label + "\\b(?=(?: \\S+){0,25} (?:voi nhung noi dung|nh[a-z] sau|cu the)\\b)")
                    .matcher(f);
            int n = 0;
            while (m.find()) n++;
            if (n > bestCount) {
                best = t;
                bestCount = n;
                tie = false;
            } else if (n == bestCount && n > 0) tie = true;
        }
        return tie ? DocType.UNKNOWN : best;
    }

    static DocType typeFromNumber(String number) {
        for (String part : number.split("/")) {
            int dash = part.indexOf('-');
            if (dash > 0) {
                DocType t = DocType.parse(part.substring(0, dash));
                if (t != DocType.UNKNOWN) return t;
            }
        }
        return DocType.UNKNOWN;
    }

    /** {place, ISO date}; "" where not found. */
    private static String[] placeAndDate(List<Line> zone, int numberAt) {
        for (int i = 0; i < zone.size(); i++) {
            Line l = zone.get(i);
            if (KEM_THEO.matcher(l.folded()).find()) continue; // "(Kèm theo Quyết định số ... ngày ...)": not this document's date
            String joinedFolded = l.folded() + (i + 1 < zone.size() ? " " + zone.get(i + 1).folded() : "");
            Matcher m = DATE.matcher(joinedFolded);
            if (!m.find() || m.start() >= l.folded().length()) {
                m = SLASH_DATE.matcher(l.folded());
                if (!m.find()) continue;
            }
            // "... Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021": a cited document's date, not this one's
            if (citedDate(l, i == numberAt, m.start())) continue;
            String date = isoDate(m.group(1), m.group(2), m.group(3));
            int from = 0;
            if (i == numberAt) {
                Matcher n = NUMBER.matcher(l.folded());
                if (n.find()) from = n.end();
            }
            Matcher motto = MOTTO.matcher(l.folded());
            while (motto.find()) if (motto.end() <= m.start()) from = Math.max(from, motto.end());
            String before = l.text().substring(Math.min(from, m.start()), m.start());
            Matcher gap = GAP.matcher(before);
            int lastGap = -1;
            while (gap.find()) if (!before.substring(gap.end()).isBlank()) lastGap = gap.end();
            if (lastGap >= 0) before = before.substring(lastGap);
            return new String[]{place(before), date};
        }
        return new String[]{"", ""};
    }

    /** True when the date at {@code at} follows a cited document on its line (the own number and the other column cut off). */
    private static boolean citedDate(Line l, boolean numberLine, int at) {
        String f = l.folded().substring(0, Math.min(at, l.folded().length()));
        if (numberLine) {
            Matcher n = NUMBER.matcher(f);
            if (n.find()) f = f.substring(n.end());
        }
        Matcher gap = GAP.matcher(f);
        int cut = 0;
        while (gap.find()) cut = gap.end();
        return CITED_BEFORE.matcher(f.substring(cut)).find();
    }

    private static String place(String before) {
        String p = before.replaceAll("^[^\\p{L}]+", "").replaceAll("[\\s,.;:]+$", "").strip();
        String[] words = p.split("\\s+");
        int cut = -1;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].replaceAll("[^\\p{L}]", "");
            if (w.length() >= 3 && Line.upperShare(w) == 1.0 && Line.upperShare(words[i + 1]) < 1.0) cut = i;
        }
        if (cut >= 0) p = String.join(" ", java.util.Arrays.copyOfRange(words, cut + 1, words.length));
        return p.replaceAll("\\s+", " ");
    }

    static String isoDate(String day, String month, String year) {
        if (year == null || Integer.parseInt(year) > MAX_YEAR || Integer.parseInt(year) < 1945) return "";
        if (day != null && !day.chars().allMatch(Character::isDigit)) day = null;   // unreadable: unknown
        if (month == null || !month.chars().allMatch(Character::isDigit)) return year;
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) return year;
        String ym = year + "-" + (mo < 10 ? "0" : "") + mo;
        if (day == null) return ym;
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return ym;
        }
    }

    /**
     * A numbered heading ("I. MỤC TIÊU", "II.", misread "1. MUC TIEU", "IL.", "1V."): a section of a scan whose header
     * is gone, never an issuer (which starts with a word).
     */
    private static final Pattern HEADING_START = Pattern.compile("^\\s*(?:\\d+|[ivxl1]{1,5})\\s*[.):]\\s*\\p{L}");

    /** {issuer as written, superior as written}. */
    private static String[] issuerAndSuperior(List<Line> lines) {
        List<StringBuilder> bodies = new ArrayList<>();
        for (Line l : lines) {
            String left = leftColumn(l);
            if (left.isEmpty()) continue;
            String lf = Fold.lower(left);
            if (DATE.matcher(lf).find() || SLASH_DATE.matcher(lf).find() || NUMBER.matcher(lf).find()
                    || ABOUT.matcher(lf).find()) continue;
            if (Line.letterCount(left) < 3 || Line.upperShare(left) < 0.6 || HEADING_START.matcher(lf).find()) continue;
            // two bodies run together on one line: "UBND TỈNH BÌNH PHƯỚC UBND THỊ XÃ PHƯỚC LONG"
            List<String> parts = new ArrayList<>();
            Matcher inner = INNER_BODY.matcher(lf);
            int from = 0;
            while (inner.find()) {
                if (inner.start() > from) parts.add(left.substring(from, inner.start()).strip());
                from = inner.start() + 1;
            }
            parts.add(left.substring(from).strip());
            for (String part : parts) {
                if (part.isEmpty()) continue;
                boolean starts = BODY_START.matcher(Fold.lower(part)).find();
                if (starts || bodies.isEmpty()) bodies.add(new StringBuilder(part));
                else bodies.get(bodies.size() - 1).append(' ').append(part);
            }
        }
        if (bodies.isEmpty()) return new String[]{"", ""};
        String issuer = bodies.get(bodies.size() - 1).toString().replaceAll("\\s+", " ");
        String superior = bodies.size() >= 2 ? bodies.get(bodies.size() - 2).toString().replaceAll("\\s+", " ") : "";
        return new String[]{issuer, superior};
    }

    /** The left header column of a line: before the national motto or a wide gap; noise trimmed. */
    static String leftColumn(Line l) {
        String f = l.folded();
        int cut = f.length();
        Matcher motto = MOTTO.matcher(f);
        if (motto.find()) cut = motto.start();
        String left = l.text().substring(0, cut);
        String lead = left.stripLeading();
        Matcher gap = GAP.matcher(lead);
        if (gap.find()) left = lead.substring(0, gap.start());
        left = left.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[^\\p{L}\\p{N}.)]+$", "").strip();
        // a full stop read after the last word is noise, unless the word is an abbreviation ("TP.")
        if (left.endsWith(".") && left.replaceAll(".*?(\\p{L}+)\\.$", "$1").length() > 3) {
            left = left.substring(0, left.length() - 1).strip();
        }
        return left;
    }

    /**
     * True when {@code next}, the line after a blank one, continues the title line {@code prev}: it starts with a
     * lower-case letter, is no body paragraph ("thực hiện ...", "căn cứ ..."), and {@code prev} ends without a
     * closing mark.
     */
    static boolean continuesAfterBlank(String prev, String next) {
        if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || prev.matches(".*[.:;)]$")) return false;
        String f = Fold.lower(next);
        return !PARAGRAPH_START.matcher(f).find() && !f.startsWith("can cu") && !TITLE_STOP.matcher(f).find();
    }

    /** The title lines after the type line, joined. */
    private static String title(List<Line> zone, int typeAt, String firstRest) {
        List<String> parts = new ArrayList<>();
        if (!firstRest.isBlank()) parts.add(firstRest.strip());
        for (int i = typeAt + 1; i < zone.size() && parts.size() < 5; i++) {
            Line l = zone.get(i);
            String t = l.text().strip();
            if (t.isEmpty()) {
                if (parts.isEmpty()) continue;
                // OCR puts a blank line inside a wrapped title ("... nông thôn mới kiểu" / "" / "mẫu năm 2024"): a
                // next line in lower case after a title line without a closing mark goes on with the title
                if (continuesAfterBlank(parts.get(parts.size() - 1), i + 1 < zone.size() ? zone.get(i + 1).text().strip() : "")) {
                    continue;
                }
                break;
            }
            if (Line.letterCount(t) == 0) {
                // "... giai đoạn" / "2021 - 2025": the page width broke the title before its year or period
                if (!parts.isEmpty() && YEARS_LINE.matcher(t).matches() && !parts.get(parts.size() - 1).matches(".*[.:;)]$")) {
                    parts.add(t);
                    continue;
                }
                if (parts.isEmpty()) continue;
                break;
            }
            String f = Fold.lower(t);
            if (TITLE_STOP.matcher(f).find()) break;
            // "(Kèm theo Nghị quyết số ...)" and a section heading, even with a look-alike numeral ("l. MỤC TIÊU"),
            // are past the title
            if (t.startsWith("(") && KEM_THEO.matcher(f).find() || SectionParser.romanValue(l) != 0) break;
            if (!parts.isEmpty()) {
                String prev = parts.get(parts.size() - 1);
                char first = t.charAt(0);
                boolean continues = Character.isLowerCase(first) || Character.isDigit(first) || first == '(';
                boolean allCaps = Line.upperShare(prev) == 1.0 && Line.upperShare(t) == 1.0;
                boolean shortProper = Character.isUpperCase(first) && !prev.matches(".*[.:;]$")
                        && t.split("\\s+").length <= 6 && !PARAGRAPH_START.matcher(f).find()
                        && Line.upperShare(t) < 1.0;
                if (!(continues || allCaps || shortProper)) break;
                if (prev.matches(".*[.:;]$")) break;
            }
            parts.add(t);
        }
        return TRAILING_NOISE.matcher(String.join(" ", parts).replaceAll("\\s+", " ")).replaceFirst("");
    }
}
