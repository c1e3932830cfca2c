package org.vanban.structure;

import org.vanban.model.DocType;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Finds section headings in a document's text and cuts it into {@link Section}s.
 *
 * <p>Level-1 headings: roman-numbered parts ({@code I. MỤC ĐÍCH, YÊU CẦU}, OCR-broken forms
 * such as {@code II1.} = III and {@code IL.} = II are read), {@code PHẦN ...}, articles
 * ({@code Điều 1.}), {@code Nơi nhận:}, signature blocks ({@code TM. ỦY BAN NHÂN DÂN},
 * {@code CHỦ TỊCH}), {@code PHỤ LỤC}, and, in a document with neither roman parts nor articles
 * (a directive), its numbered points {@code 1.}, {@code 2.}. Text before the first heading is
 * the PREAMBLE. Level 2: the numbered points {@code 1.}, {@code 2.} inside a roman part; they
 * stay part of their parent's text too.
 */
final class SectionParser {
    /**
     * A roman numeral with the look-alikes OCR puts for I (1 l L | ! Í Ì Ị Ỉ Ĩ T), II (H) and V (Y), and the
     * comma it may read for the period ("IV, TỔ CHỨC THỰC HIỆN").
     */
    private static final Pattern ROMAN = Pattern.compile("^\\s*([IVXl1|L!ÍÌỊỈĨHTY]{1,5}v?)\\s*[.:)\\-–,][\\s'\"`’‘“”.,]*(\\p{L}.*)$");
    /** Look-alikes that are also letters of words: a numeral holding one is never certain ("TV." for "IV."). */
    private static final String DOUBTFUL = "TY";
    /** Characters that are a damaged capital I. */
    private static final String I_LIKE = "IÍÌỊỈĨ";
    private static final Pattern ARTICLE = Pattern.compile("^\\s*dieu\\s*(\\d{1,3})\\s*[.:]");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s*[.):]\\s+(\\p{L}.*)$");
    private static final Pattern RECIPIENTS = Pattern.compile("^[^a-z0-9]*noi\\s*nhan\\b");
    private static final Pattern SIGNATURE = Pattern.compile("^[^a-z0-9]*(tm|t/m|kt|k/t|tl|t/l|tuq)\\s*[.:/]?\\s+\\S");
    private static final Set<String> SIGNER_TITLES = Set.of("chu tich", "pho chu tich", "giam doc", "pho giam doc",
            "truong phong", "pho truong phong", "chanh van phong", "bi thu", "pho bi thu", "truong ban",
            "pho truong ban", "thu truong");
    private static final Pattern APPENDIX = Pattern.compile("^[^a-z0-9]*phu\\s*luc\\b\\s*(\\S*)");
    private static final Pattern PART = Pattern.compile("^\\s*phan\\s+(thu\\s+\\S+|[ivx]+\\b|\\d+\\b)");
    private static final Pattern VALID_ROMAN = Pattern.compile("^(X{0,2})(IX|IV|V?I{0,3})$");
    private static final Pattern IMPLEMENTATION_ARTICLE = Pattern.compile(
            "\\b(" + SectionKinds.ocrPhrase("to chuc thuc hien") + "|thi\\s+hanh|trach\\s+nhiem|phan\\s+cong)\\b");
    /**
     * An article after the first that hands the decision to a body to carry out ("Điều 2. Giao Phòng Tài nguyên
     * và Môi trường hướng dẫn, kiểm tra ..."): "Giao" and the body, not "Giao chỉ tiêu ..." (the decision itself).
     */
    private static final Pattern ASSIGNS_EXECUTION = Pattern.compile(
            "^giao\\s+(?:cho\\s+)?(?:phong|so|ubnd|uy\\s+ban|van\\s+phong|cong\\s+chuc|can\\s+bo|ban|trung\\s+tam"
                    + "|cong\\s+an|chu\\s+tich|thu\\s+truong|hoi\\s+dong|hdnd|thuong\\s+truc|doan|chi\\s+cuc|cuc|truong"
                    + "|mat\\s+tran|to\\s+cong\\s+tac|ban\\s+chi\\s+dao|cac\\s+(?:phong|so|co\\s+quan|don\\s+vi|xa|ban))\\b");

    /** A point that follows up the document itself: "theo dõi, đôn đốc ... việc thực hiện Chỉ thị này". */
    private static final Pattern OVERSEES_THIS = Pattern.compile(
            "\\b(?:theo\\s+doi|don\\s+doc|kiem\\s+tra)\\b[^.;]{0,60}\\b(?:thuc\\s+hien|trien\\s+khai|thi\\s+hanh)"
                    + "\\s+(?:chi\\s+thi|ke\\s+hoach|nghi\\s+quyet|quyet\\s+dinh)\\s+nay\\b");

    private enum Family { ROMAN, PART, ARTICLE, NUMBERED, RECIPIENTS, SIGNATURE, APPENDIX, ATTACHMENT, BLOCK }

    private record Heading(Line line, Family family, SectionKind kind, String number, String heading, int lastLine) {
    }

    private final String text;
    private final int[] pageStarts;
    private final int[] pageNumbers;
    private final DocType type;
    private final List<Line> lines;

    SectionParser(String text, int[] pageStarts, int[] pageNumbers, DocType type) {
        this.text = breakRunInHeadings(text);
        this.pageStarts = pageStarts;
        this.pageNumbers = pageNumbers;
        this.type = type == null ? DocType.UNKNOWN : type;
        this.lines = Line.split(this.text);
    }

    /**
     * A roman-numbered heading in capitals standing after the end of a sentence on the same line,
     * or a first numbered point "1. Xxx" right after a colon ("... yêu cầu: 1. Các sở ...").
     */
    private static final Pattern RUN_IN = Pattern.compile(
            "(?<=[.;:!?)\\]'~])( )(?=[IVXl1|LH]{1,4}\\s*[.:]\\s*\\p{Lu}[\\p{Lu}\\d\\s,\\-]{4,}[\\s~'.]*(?:\\n|$))"
                    + "|(?<=:)( )(?=1\\s*[.)]\\s+\\p{Lu})");

    /**
     * OCR and repair sometimes run a heading into the line before ("... việc làm. IV. TỔ CHỨC
     * THỰC HIỆN"): the space before such a heading (a roman numeral and capitals up to the end of
     * the line, after the end of a sentence; or a point "1." after a colon) becomes a line break. The text keeps its length, so
     * offsets stay valid; section texts show a line break where the page had that space.
     */
    static String breakRunInHeadings(String text) {
        Matcher m = RUN_IN.matcher(text);
        if (!m.find()) return text;
        StringBuilder sb = new StringBuilder(text);
        do {
            sb.setCharAt(m.start(1) >= 0 ? m.start(1) : m.start(2), '\n');
        } while (m.find());
        return sb.toString();
    }

    /**
     * Roman value of an OCR-tolerant roman numeral heading, 0 when the line is none. The value is
     * negative when the numeral is made only of look-alikes ("1.", "l.", "H.") and the heading is
     * in capitals: a guess that {@link #mainHeadings} takes only where it fits the sequence.
     */
    static int romanValue(Line line) {
        Matcher m = ROMAN.matcher(line.text());
        if (!m.find()) return 0;
        String token = m.group(1);
        String rest = m.group(2);
        if (!Character.isUpperCase(rest.charAt(0)) || Line.letterCount(rest) < 3) return 0;
        boolean capitals = Line.upperShare(rest) >= 0.9;
        if (!capitals && Line.upperShare(rest) < 0.6 && SectionKinds.tag(rest, null) == null) return 0;
        boolean comma = line.text().substring(m.end(1)).strip().startsWith(",");
        if (comma && !capitals) return 0; // "V, các ..." is no heading; "IV, TỔ CHỨC THỰC HIỆN" is
        boolean doubtful = token.chars().anyMatch(c -> DOUBTFUL.indexOf(c) >= 0);
        if (doubtful && token.chars().allMatch(c -> DOUBTFUL.indexOf(c) >= 0) && token.length() > 1) return 0; // "TT."
        boolean certain = false;
        StringBuilder roman = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (I_LIKE.indexOf(c) >= 0) { roman.append('I'); certain = true; }
            else if (c == 'V' || c == 'X') { roman.append(c); certain = true; }
            else if (c == 'Y') roman.append('V');
            else if (c == 'H') roman.append("II");
            else roman.append('I');
        }
        if (doubtful) certain = false;
        // "Vv." for "V.": OCR doubled the V in lower case
        if (token.endsWith("v")) roman.setLength(roman.length() - 1);
        if (!VALID_ROMAN.matcher(roman).matches() || roman.isEmpty()) return 0;
        if (certain) return toInt(roman.toString());
        return capitals ? -toInt(roman.toString()) : 0;
    }

    static boolean isRomanHeading(Line line) {
        return romanValue(line) > 0;
    }

    private static int toInt(String roman) {
        int total = 0;
        int prev = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private static String toRoman(int n) {
        String[] tens = {"", "X", "XX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }

    List<Section> parse() {
        List<Heading> headings = mainHeadings(false);
        if (headings.stream().noneMatch(h -> h.family == Family.ROMAN && romanValue(h.line) > 0)) {
            // only look-alike numerals ("1. MỤC TIÊU"): these are arabic points, not roman parts
            headings = headings.stream().filter(h -> h.family != Family.ROMAN).toList();
        }
        boolean structured = headings.stream().anyMatch(h -> h.family == Family.ROMAN || h.family == Family.ARTICLE
                || h.family == Family.PART);
        if (!structured) headings = mainHeadings(true);
        List<Heading> points = List.of();
        if (!structured && type == DocType.CHI_THI) {
            points = headings.stream().filter(h -> h.family == Family.NUMBERED).toList();
            headings = directiveBlocks(headings);
        }

        List<Section> sections = new ArrayList<>();
        int firstStart = headings.isEmpty() ? text.length() : headings.get(0).line.start();
        int preambleEnd = trimEnd(0, firstStart);
        int preambleFrom = skipSpace(0, preambleEnd);
        if (preambleFrom < preambleEnd) {
            sections.add(new Section(SectionKind.PREAMBLE, "", "", text.substring(preambleFrom, preambleEnd),
                    pageAt(0), 1, 0, preambleEnd));
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int limit = i + 1 < headings.size() ? headings.get(i + 1).line.start() : text.length();
            Section s = section(h, limit, 1);
            sections.add(s);
            if (h.family == Family.ROMAN || h.family == Family.PART) sections.addAll(subsections(h, s));
            if (h.family == Family.BLOCK && h.kind == SectionKind.TASKS) sections.addAll(pointsWithin(points, s));
        }
        return sections;
    }

    /** A directive's closing paragraph: it asks for this document to be carried out ("… nghiêm túc thực hiện Chỉ thị"). */
    private static final Pattern CLOSING = Pattern.compile(
            "\\b(?:chi\\s+thi|ke\\s+hoach)\\b(?:\\s+nay)?[^.]{0,120}\\b(?:thuc\\s+hien|trien\\s+khai)\\b"
                    + "|\\b(?:thuc\\s+hien|trien\\s+khai|to\\s+chuc\\s+thuc\\s+hien)\\b[^.]{0,120}\\b(?:chi\\s+thi|ke\\s+hoach)\\b");

    /**
     * The body of a directive as three level-1 parts, the way such a document is laid out: the situation it
     * answers (CONTEXT, from the end of the title to the first point), its numbered points together (TASKS,
     * the points become level-2 sections inside it), and what it asks for its own execution (IMPLEMENTATION:
     * trailing points about carrying it out, "4. Tổ chức thực hiện", or the closing paragraph after the last
     * point). Headings other than numbered points (recipients, signature, appendix) stay as they are.
     */
    private List<Heading> directiveBlocks(List<Heading> headings) {
        List<Heading> points = headings.stream().filter(h -> h.family == Family.NUMBERED).toList();
        if (points.size() < 2) return headings;
        List<Heading> out = new ArrayList<>();
        Heading firstPoint = points.get(0);
        int contextLine = contextStart(firstPoint.line.index());
        if (contextLine >= 0) {
            Line c = lines.get(contextLine);
            out.add(new Heading(c, Family.BLOCK, SectionKind.CONTEXT, "", "", contextLine - 1));
        }
        int lastTask = points.size() - 1;
        while (lastTask > 0 && points.get(lastTask).kind == SectionKind.IMPLEMENTATION) lastTask--;
        out.add(new Heading(firstPoint.line, Family.BLOCK, SectionKind.TASKS, "", "", firstPoint.line.index() - 1));
        int afterPoints = headings.indexOf(points.get(points.size() - 1)) + 1;
        int limitLine = afterPoints < headings.size() ? headings.get(afterPoints).line.index() : lines.size();
        if (lastTask < points.size() - 1) {
            for (int k = lastTask + 1; k < points.size(); k++) out.add(points.get(k));
        } else {
            int closing = closingParagraph(points.get(points.size() - 1).lastLine + 1, limitLine);
            if (closing >= 0) {
                out.add(new Heading(lines.get(closing), Family.BLOCK, SectionKind.IMPLEMENTATION, "", "", closing - 1));
            }
        }
        for (Heading h : headings) if (h.family != Family.NUMBERED) out.add(h);
        out.sort(java.util.Comparator.comparingInt(h -> h.line.index()));
        return out;
    }

    /** The first body line after the type line and title, when body text stands before {@code firstPoint}; else -1. */
    private int contextStart(int firstPoint) {
        int typeLine = -1;
        for (int i = 0; i < firstPoint; i++) {
            if (HeaderParser.isTypeLine(lines.get(i))) {
                typeLine = i;
                break;
            }
        }
        if (typeLine < 0) return -1;
        int i = typeLine + 1;
        while (i < firstPoint && lines.get(i).isBlank()) i++;
        // the title: lines up to a blank line, at most four
        int titleLines = 0;
        while (i < firstPoint && !lines.get(i).isBlank() && titleLines < 4 && !lines.get(i).text().strip().matches(".*[.:;]$")) {
            i++;
            titleLines++;
        }
        while (i < firstPoint && lines.get(i).isBlank()) i++;
        return i < firstPoint && titleLines > 0 ? i : -1;
    }

    /** The first paragraph from line {@code from} (before {@code limit}) that asks for this document to be carried out, or -1. */
    private int closingParagraph(int from, int limit) {
        for (int i = from; i < limit; i++) {
            Line l = lines.get(i);
            if (l.isBlank() || !startsUpper(l) || l.text().strip().matches("^\\p{L}\\s*[).].*")) continue;
            Line before = lines.get(i - 1);
            if (!before.isBlank() && !before.text().strip().matches(".*[.;:!]$")) continue;
            StringBuilder para = new StringBuilder();
            for (int j = i; j < limit && !lines.get(j).isBlank(); j++) para.append(lines.get(j).folded()).append(' ');
            if (CLOSING.matcher(para).find()) return i;
        }
        return -1;
    }

    /** The numbered points of a directive inside its TASKS part, as level-2 sections. */
    private List<Section> pointsWithin(List<Heading> points, Section block) {
        List<Heading> inside = points.stream()
                .filter(h -> h.line.start() >= block.start() && h.line.start() < block.end()).toList();
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < inside.size(); i++) {
            int limit = i + 1 < inside.size() ? inside.get(i + 1).line.start() : block.end();
            out.add(section(inside.get(i), limit, 2));
        }
        return out;
    }

    private Section section(Heading h, int limit, int level) {
        int headingEnd = lines.get(h.lastLine).end();
        int end = trimEnd(h.line.start(), limit);
        int bodyStart = Math.min(skipSpace(Math.min(headingEnd + 1, text.length()), end), end);
        if (headingEnd >= end) bodyStart = end;
        if (h.family == Family.ATTACHMENT || h.family == Family.BLOCK) bodyStart = h.line.start(); // no heading line: all is body
        SectionKind kind = h.kind;
        if (h.family == Family.ARTICLE) {
            String head = Fold.lower(text.substring(h.line.start(), Math.min(end, h.line.start() + 400)));
            String afterNumber = head.replaceFirst("^\\s*dieu\\s*\\d+\\s*[.:]\\s*", "");
            boolean firstArticle = h.number.replaceAll("\\D", "").equals("1");
            if (!afterNumber.startsWith("ban hanh") && !afterNumber.startsWith("hieu luc")
                    && (IMPLEMENTATION_ARTICLE.matcher(head).find()
                    || !firstArticle && ASSIGNS_EXECUTION.matcher(afterNumber).find())) {
                kind = SectionKind.IMPLEMENTATION;
            }
        }
        return new Section(kind, h.number, h.heading, text.substring(bodyStart, end), pageAt(h.line.start()), level,
                h.line.start(), end);
    }

    /** Numbered points 1., 2. ... inside a roman part, as level-2 sections. */
    private List<Section> subsections(Heading parent, Section p) {
        List<Heading> subs = new ArrayList<>();
        int expected = 1;
        for (int i = parent.lastLine + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.start() >= p.end()) break;
            Matcher m = NUMBERED.matcher(l.text());
            if (!m.find() || Integer.parseInt(m.group(1)) != expected) continue;
            String rest = m.group(2);
            SectionKind kind = SectionKinds.tag(lead(rest), p.kind());
            subs.add(new Heading(l, Family.NUMBERED, kind, m.group(1), l.text().strip(), i));
            expected++;
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            int limit = i + 1 < subs.size() ? subs.get(i + 1).line.start() : p.end();
            out.add(section(subs.get(i), limit, 2));
        }
        return out;
    }

    /**
     * The part of a numbered point that may name its kind: the point's text up to the first
     * colon or full stop when that is heading-short (six words at most, "Tổ chức thực hiện:"),
     * else only its first four words, so that "Sở Y tế theo dõi tình hình dịch" is not taken
     * for a CONTEXT section.
     */
    private static String lead(String rest) {
        String s = rest.split("[:.;]", 2)[0];
        String[] w = s.trim().split("\\s+");
        return String.join(" ", Arrays.copyOf(w, w.length <= 6 ? w.length : 4));
    }

    private List<Heading> mainHeadings(boolean numberedPoints) {
        List<Heading> out = new ArrayList<>();
        int lastRoman = 0;
        int lastArticle = 0;
        int lastPoint = 0;
        boolean inAppendix = false;
        boolean afterClosing = false;
        int lastSignatureLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) continue;
            String f = l.folded();
            String t = l.text().strip();

            if (afterClosing && (HeaderParser.MOTTO.matcher(f).find() || HeaderParser.isTypeLine(l))) {
                // a second document bound after the first one's signature (a plan attached to the
                // decision that issues it): its header is a new PREAMBLE
                int from = attachmentStart(out.get(out.size() - 1).lastLine, i);
                out.add(new Heading(lines.get(from), Family.ATTACHMENT, SectionKind.PREAMBLE, "", "", from));
                afterClosing = false;
                inAppendix = false;
                lastRoman = 0;
                lastArticle = 0;
                lastPoint = 0;
                continue;
            }
            Matcher app = APPENDIX.matcher(f);
            if (app.find() && isAppendixLine(l)) {
                String num = t.replaceFirst("^(?i)\\S*\\s*\\S*\\s*", "");
                num = num.matches("[0-9IVXivx]{1,4}[.:]?") ? num.replaceAll("[.:]", "") : "";
                out.add(new Heading(l, Family.APPENDIX, SectionKind.APPENDIX, num, t, i));
                inAppendix = true;
                continue;
            }
            if (RECIPIENTS.matcher(f).find() && startsUpper(l)) {
                out.add(new Heading(l, Family.RECIPIENTS, SectionKind.RECIPIENTS, "", t, i));
                afterClosing = true;
                continue;
            }
            if (isSignature(l)) {
                boolean previousIsSignature = !out.isEmpty() && out.get(out.size() - 1).family == Family.SIGNATURE
                        && lastNonBlankBefore(i) == lastSignatureLine;
                if (!previousIsSignature) out.add(new Heading(l, Family.SIGNATURE, SectionKind.SIGNATURE, "", t, i));
                lastSignatureLine = i;
                afterClosing = true;
                continue;
            }
            if (inAppendix) continue;

            int roman = romanValue(l);
            if (roman == 0 && !numberedPoints && fillsRomanGap(i, lastRoman)) roman = lastRoman + 1;
            if (roman < 0 && numberedPoints) roman = 0; // no real roman part in the document: arabic points
            if (roman < 0) roman = (-roman == lastRoman + 1 || (-roman == lastRoman && lastRoman > 0)) ? lastRoman + 1 : 0;
            // the first part read as "Il." (I and a stray stroke): a plan's parts start at I
            if (roman == 2 && lastRoman == 0 && hasLookAlike(l)) roman = 1;
            if (roman >= 2 && roman == lastRoman && (isCapitals(l) || namesKind(l))) {
                roman = lastRoman + 1; // "II." again after "II.": OCR lost a stroke of "III."
            }
            if (roman > 0 && (roman == 1 || (roman > lastRoman && roman <= lastRoman + 2))) {
                Matcher m = ROMAN.matcher(l.text());
                m.find();
                int last = i;
                StringBuilder heading = new StringBuilder(t);
                if (Line.upperShare(m.group(2)) == 1.0) {
                    // a heading in capitals may wrap onto the next line
                    int j = i + 1;
                    if (j < lines.size()) {
                        Line next = lines.get(j);
                        String nt = next.text().strip();
                        if (!next.isBlank() && Line.letterCount(nt) >= 3 && Line.upperShare(nt) == 1.0
                                && romanValue(next) == 0 && !NUMBERED.matcher(nt).find() && !isSignature(next)) {
                            heading.append(' ').append(nt);
                            last = j;
                        }
                    }
                }
                String h = heading.toString();
                out.add(new Heading(l, Family.ROMAN, SectionKinds.tag(h, SectionKind.OTHER), toRoman(roman), h, last));
                lastRoman = roman;
                afterClosing = false;
                i = last;
                continue;
            }
            Matcher part = PART.matcher(f);
            if (part.find() && Character.isUpperCase(t.charAt(0)) && Line.upperShare(t) > 0.6) {
                String num = l.text().substring(l.contentStart()).split("\\s+", 2).length > 1
                        ? t.substring(part.start(1) - l.contentStart(), part.end(1) - l.contentStart()).strip() : "";
                out.add(new Heading(l, Family.PART, SectionKinds.tag(t, SectionKind.OTHER), num, t, i));
                continue;
            }
            Matcher art = ARTICLE.matcher(f);
            if (art.find() && startsUpper(l)) {
                int n = Integer.parseInt(art.group(1));
                if (n == lastArticle + 1 || n == 1) {
                    int s = l.contentStart();
                    String number = l.text().substring(s, art.end(1)).replaceAll("\\s+", " ");
                    out.add(new Heading(l, Family.ARTICLE, SectionKind.ARTICLES, number, t, i));
                    lastArticle = n;
                    afterClosing = false;
                    continue;
                }
            }
            if (numberedPoints) {
                Matcher num = NUMBERED.matcher(l.text());
                if (num.find()) {
                    int n = Integer.parseInt(num.group(1));
                    if (n == lastPoint + 1 || (n == 1 && afterClosing)) {
                        SectionKind fallback = type == DocType.CHI_THI ? SectionKind.TASKS : SectionKind.OTHER;
                        SectionKind kind = SectionKinds.tag(lead(num.group(2)), fallback);
                        // "Giao Văn phòng theo dõi, đôn đốc việc thực hiện Chỉ thị này": the closing point
                        if (kind == SectionKind.TASKS && OVERSEES_THIS.matcher(wrappedFolded(i)).find()) {
                            kind = SectionKind.IMPLEMENTATION;
                        }
                        out.add(new Heading(l, Family.NUMBERED, kind, num.group(1), t, i));
                        lastPoint = n;
                        afterClosing = false;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The folded text of line {@code i} with the lines a page width wrapped it onto (up to three, to a blank line
     * or the next numbered point), so a phrase split by the wrap ("việc thực hiện Chỉ thị / này") is seen whole.
     */
    private String wrappedFolded(int i) {
        StringBuilder sb = new StringBuilder(lines.get(i).folded());
        for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
            Line next = lines.get(j);
            if (next.isBlank() || NUMBERED.matcher(next.text()).find()) break;
            sb.append(' ').append(next.folded());
        }
        return sb.toString();
    }

    /** A numeral OCR made of look-alikes only ("1." or "l." for "II."), and a short heading after it. */
    private static final Pattern LOOKALIKE_HEADING = Pattern.compile("^\\s*[1lI|!]{1,3}\\s*[.:)]\\s*(\\p{Lu}[^.;:!?]{2,60}):?\\s*$");

    /**
     * True when line {@code i} is the missing roman heading between {@code lastRoman} and a later heading
     * numbered {@code lastRoman + 2}: "II. Mục tiêu" read as "1. Muc tiêu" between "I." and "III.". Only a short
     * line whose words name a section kind, standing where the sequence lacks one numeral, is taken.
     */
    private boolean fillsRomanGap(int i, int lastRoman) {
        if (lastRoman < 1) return false;
        Matcher m = LOOKALIKE_HEADING.matcher(lines.get(i).text());
        if (!m.find() || m.group(1).split("\\s+").length > 8 || SectionKinds.tag(m.group(1), null) == null) return false;
        for (int j = i + 1; j < lines.size(); j++) {
            int v = romanValue(lines.get(j));
            if (v > 0) return v == lastRoman + 2;
        }
        return false;
    }

    /** True when the roman numeral of the line holds a look-alike of I (l, 1, |, !). */
    private static boolean hasLookAlike(Line l) {
        Matcher m = ROMAN.matcher(l.text());
        return m.find() && m.group(1).chars().anyMatch(c -> "l1|!T".indexOf(c) >= 0);
    }

    /** A roman heading whose words name a section kind ("Il. CHi TIEU": OCR left a letter in lower case). */
    private static boolean namesKind(Line l) {
        Matcher m = ROMAN.matcher(l.text());
        return m.find() && Line.upperShare(m.group(2)) >= 0.6 && SectionKinds.tag(m.group(2), null) != null;
    }

    private static boolean isCapitals(Line l) {
        Matcher m = ROMAN.matcher(l.text());
        return m.find() && Line.upperShare(m.group(2)) >= 0.9;
    }

    /** The first line of an attached document's header: the top of its page, else the line itself. */
    private int attachmentStart(int previousHeadingLine, int i) {
        for (int j = i - 1; j > previousHeadingLine; j--) {
            if (lines.get(j).isPageBreak() || lines.get(j).text().contains("\f")) {
                int k = j + 1;
                while (k < i && lines.get(k).isBlank()) k++;
                return k;
            }
        }
        return i;
    }

    private int lastNonBlankBefore(int i) {
        for (int j = i - 1; j >= 0; j--) if (!lines.get(j).isBlank()) return j;
        return -1;
    }

    private static boolean startsUpper(Line l) {
        int s = l.contentStart();
        return s < l.text().length() && Character.isUpperCase(l.text().charAt(s));
    }

    private static boolean isAppendixLine(Line l) {
        String t = l.text().substring(l.contentStart());
        String[] w = t.split("\\s+");
        if (w.length >= 2 && Line.upperShare(w[0] + w[1]) == 1.0) return true;
        return l.folded().strip().matches("^phu\\s*luc\\s*[0-9ivx]{0,4}[.:]?$") && startsUpper(l);
    }

    static boolean isSignature(Line l) {
        String t = l.text().strip();
        if (t.isEmpty() || Line.upperShare(t) < 0.8) return false;
        if (SIGNATURE.matcher(l.folded()).find()) return true;
        String key = Fold.key(t);
        return SIGNER_TITLES.contains(key);
    }

    private int trimEnd(int from, int end) {
        int e = end;
        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\f')) e--;
        return e;
    }

    private int skipSpace(int from, int end) {
        int s = from;
        while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\f')) s++;
        return s;
    }

    private int pageAt(int offset) {
        int idx = Arrays.binarySearch(pageStarts, offset);
        if (idx < 0) idx = -idx - 2;
        return pageNumbers[Math.max(0, idx)];
    }
}
