package org.vanban.extract;

import org.vanban.extract.Spans.PageIndex;
import org.vanban.extract.Spans.Span;
import org.vanban.model.Page;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.structure.StructureParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Finds target clauses (chỉ tiêu): quantified commitments such as "Mức độ hài lòng của người dân
 * đạt tối thiểu 90%", "100% hồ sơ được giải quyết đúng hạn", "trên 85%", "tối thiểu 02 lớp tập
 * huấn", and dated commitments without a number ("Đến năm 2025, hoàn thành ...") in the
 * targets and purpose sections.
 *
 * <p>Matching runs on the accent-folded text ({@link Fold#lower(CharSequence)} keeps
 * offsets), so text without diacritics or with damaged ones is read too; the sentence and metric
 * are cut from the text as written. Comparators: tối thiểu, ít nhất, không dưới, không thấp hơn,
 * từ ... trở lên → ≥; trên, hơn, vượt → &gt;; tối đa, không quá, không vượt quá → ≤; dưới → &lt;;
 * otherwise (đạt, bằng, none) =. Deadlines: "đến (hết) năm 2025" → 2025, "giai đoạn 2021-2025"
 * → 2021-2025, "trước ngày 30/6/2021" → 2021-06-30, "hằng năm" / "hằng quý" / "hằng tháng".
 * Numbers that are dates, years, document numbers or article numbers are not targets.
 * Sections of kind CONTEXT (results already reached), PREAMBLE, RECIPIENTS and SIGNATURE are
 * skipped. Thread-safe.
 */
public final class TargetExtractor {
    private static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:[.,]\\d{1,2})?(?:\\s*/\\s*\\d{1,3})?)";
    /** A percentage, or a number followed by a word (a possible count unit; OCR may glue them: "5.000cay"). */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d/.,\\-])" + NUM + "(?:\\s*(%|phan\\s+tram)|(?:\\s+|(?=[a-z]{2}))([a-z][a-z0-9]*(?:\\s+[a-z]+){0,2}))");
    /** Comparator phrases, folded; the multi-word ones are also matched with misread vowels (see {@link #fuzzy}). */
    private static final List<String> COMPARATORS = List.of("toi thieu", "it nhat", "khong duoi", "khong thap hon",
            "khong vuot qua", "khong qua", "toi da", "qua", "tren", "cao hon", "hon", "vuot", "duoi", "thap hon", "tu", "dat",
            "bang", "chiem", "la");
    private static final Pattern COMPARATOR_BEFORE = Pattern.compile(
            "(?:^|\\s)((?:dat\\s+|bang\\s+|chiem\\s+|la\\s+)?("
                    + String.join("|", COMPARATORS.stream().map(TargetExtractor::fuzzy).toList())
                    + ")\\s+(?:muc\\s+|ty\\s+le\\s+)?(?:khoang\\s+)?)$");
    private static final Pattern OR_MORE_AFTER = Pattern.compile("^\\s*(?:%\\s*)?(?:" + fuzzy("tro len") + ")\\b");

    /**
     * A regular expression for a folded phrase; a phrase of several words tolerates a misread
     * vowel in each word, as OCR without the Vietnamese model gives them ("tdi thiéu", "tré lén").
     */
    static String fuzzy(String phrase) {
        if (!phrase.contains(" ")) return phrase;
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (sb.length() > 0) sb.append("\\s+");
            // each vowel run: misread letter for letter ("tdi"), or shortened or lengthened in vowels ("ti")
            Matcher run = Pattern.compile("[aeiouy]+").matcher(w);
            StringBuilder word = new StringBuilder();
            while (run.find()) {
                run.appendReplacement(word, "(?:[a-z0-9@]{" + run.group().length() + "}|[aeiouy0-9@]{1,3})");
            }
            run.appendTail(word);
            sb.append(word);
        }
        return sb.toString();
    }

    /** The canonical comparator phrase a (possibly misread) match stands for. */
    private static String canonical(String matched) {
        String m = matched.replaceAll("\\s+", " ");
        for (String c : COMPARATORS) if (c.equals(m)) return c;
        for (String c : COMPARATORS) if (m.matches(fuzzy(c))) return c;
        return m;
    }

    /** Count units accepted after a bare number (no %), as folded text; the first word is the unit. */
    private static final Set<String> COUNT_UNITS = Set.of("lop", "cuoc", "lan", "buoi", "ho", "nguoi", "hoc",
            "tin", "bai", "tieu", "xa", "km", "ha", "ty", "trieu", "doanh", "san", "diem", "giuong", "luot",
            "chuong", "phong", "truong", "mo", "hop", "thon", "ap", "to", "can", "cong", "dot", "chuyen", "video",
            "ban", "cau", "cum", "phuong", "don", "ho so", "thu", "dich");
    private static final Set<String> TWO_WORD_UNITS = Set.of("hoc vien", "tieu chi", "ty dong", "trieu dong",
            "doanh nghiep", "san pham", "luot nguoi", "ho so", "thu tuc", "dich vu", "chuong trinh", "cong trinh",
            "chuyen de", "cau lac", "don vi", "co quan", "mo hinh", "di tich", "bac si", "nha o",
            "co so", "hoc sinh", "giao vien", "lao dong", "vu viec", "hoi nghi");
    /** Magnitude words that take the next word into the unit. */
    private static final Set<String> MAGNITUDES = Set.of("trieu", "ty", "nghin", "ngan");
    private static final Set<String> THREE_WORD_UNITS = Set.of("hop tac xa", "to hop tac", "co so san");
    /** Comparators strong enough to make any following noun a unit ("tối thiểu 02 mô hình"). */
    private static final Set<String> STRONG = Set.of("toi thieu", "it nhat", "khong duoi", "khong thap hon",
            "khong vuot qua", "khong qua", "toi da", "tren", "duoi", "dat");
    /** Words after a number that are no unit: a date or time of day, or a grammatical word. */
    private static final Set<String> NOT_UNITS = Set.of("nam", "thang", "ngay", "va", "cua", "la", "den", "tu",
            "trong", "tren", "duoi", "so", "nhu", "theo", "dieu", "khoan", "muc", "tai", "ve", "voi", "thi", "gio");
    /** Comparators that make an age a bound on who is counted ("dưới 6 tuổi"), not a value reached ("đạt 75 tuổi"). */
    private static final Set<String> AGE_BOUNDS = Set.of("duoi", "tren", "tu", "hon", "qua", "khong qua", "toi da");
    /** Upper bounds ("tối đa", "không quá", "không vượt quá"): after them a duration is the limit itself. */
    private static final Set<String> UPPER_BOUNDS = Set.of("toi da", "khong qua", "khong vuot qua", "qua");
    /**
     * Duration units, a time limit only after an upper bound ("không quá 3 giờ", "tối đa 05 ngày làm việc",
     * "chờ đợi quá 30 phút"); each vowel run may be misread letter for letter ("30 phit", "2 gid").
     */
    private static final Pattern DURATION = Pattern.compile(String.join("|",
            List.of("phut", "gio", "ngay", "tuan", "thang").stream().map(TargetExtractor::vowelsMisread).toList()));

    /** A folded word with each vowel run matching as many letters or digits ("phut" matches "phit"). */
    private static String vowelsMisread(String word) {
        Matcher run = Pattern.compile("[aeiouy]+").matcher(word);
        StringBuilder sb = new StringBuilder();
        while (run.find()) run.appendReplacement(sb, "[a-z0-9@]{" + run.group().length() + "}");
        return run.appendTail(sb).toString();
    }
    private static final Pattern DEADLINE = Pattern.compile(
            "giai\\s+doan\\s+((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})"
                    + "|(?:den|truoc|trong|cuoi|het|den\\s+het|den\\s+cuoi|sau)\\s+nam\\s+((?:19|20)\\d{2})"
                    + "|truoc\\s+ngay\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})"
                    + "|\\b(hang|moi)\\s+(nam|quy|thang)\\b"
                    + "|\\bnam\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DATED_COMMITMENT = Pattern.compile(
            "(?:den|den\\s+het|den\\s+cuoi|truoc|trong)\\s+nam\\s+(?:19|20)\\d{2}|truoc\\s+ngay\\s+\\d");
    private static final Pattern LEAD_NOISE = Pattern.compile(
            "^(?:[\\s\\-+•*–.,;:)]|\\d{1,2}[.)]|[a-z]\\))*"
                    + "(?:(?:phan\\s+dau|dam\\s+bao|bao\\s+dam|co|phan\\s+dau\\s+de|muc\\s+tieu|chi\\s+tieu)\\s*[,:]?\\s+)*");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(?:\\s+(?:phan\\s+dau|duoc|dat|dat\\s+ty\\s+le|dat\\s+muc|co|la|chiem|bang|voi|it|nhat|tu))*[\\s,:]*$");
    private static final Pattern NOT_A_TARGET_BEFORE = Pattern.compile(
            "(?:ngay|thang|nam|so|dieu|khoan|diem|muc\\s+do|quy|giai\\s+doan|chuong|phu\\s+luc|lan\\s+thu|khoa|tuoi"
                    + "|tu\\s+ngay|den\\s+ngay|luc|gio|phan|stt|ban|cap|nhom|loai|tieu\\s+muc|mau|to|ke\\s+hoach"
                    + "|nghi\\s+quyet|quyet\\s+dinh|chi\\s+thi|da\\s+dat|dat\\s+duoc)\\s*[:.]?\\s*$");
    private static final Set<SectionKind> SKIPPED = Set.of(SectionKind.CONTEXT, SectionKind.PREAMBLE,
            SectionKind.RECIPIENTS, SectionKind.SIGNATURE);

    /**
     * Finds the target clauses of a document.
     *
     * @param text     document text: pages joined with {@code VanbanDocument.PAGE_BREAK}
     * @param sections its sections (offsets into {@code text}); may be empty, then all text counts
     * @param pages    its pages in order, for page numbers; may be null (pages then count from 1)
     */
    public List<TargetClause> extract(String text, List<Section> sections, List<Page> pages) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<Section> secs = sections == null ? List.of() : sections;
        text = StructureParser.asReadForSections(text); // a heading run into a line ends the sentence before it
        PageIndex pageIndex = new PageIndex(text, pages == null ? null : pages.stream().map(Page::number).toList());
        String folded = Fold.lower(text);
        // tables of indicators (phụ lục): their rows give clauses of their own
        TableTargets.Result tables = TableTargets.read(text, secs, pageIndex);
        List<TargetClause> out = new ArrayList<>();
        String contextDeadline = "";
        SectionKind contextKind = null;
        for (Span s : Spans.sentences(text)) {
            // the kind where the sentence ends: a heading run into the line before starts mid-sentence
            SectionKind kind = secs.isEmpty() ? SectionKind.OTHER : Spans.kindAt(secs, s.end() - 1);
            if (kind != contextKind) {
                contextDeadline = "";
                contextKind = kind;
            }
            String fs = folded.substring(s.start(), s.end());
            if (SKIPPED.contains(kind) || isPastResult(fs)) continue;
            List<TargetClause> found = quantities(text, folded, s, kind, pageIndex, contextDeadline, tables);
            out.addAll(found);
            String own = deadline(fs, fs.length());
            if (found.isEmpty()) {
                boolean intro = text.substring(s.start(), s.end()).endsWith(":") || isHeadingLike(text, s);
                if (intro) {
                    if (!own.isEmpty()) contextDeadline = own;
                } else if ((kind == SectionKind.TARGETS || kind == SectionKind.PURPOSE)
                        && DATED_COMMITMENT.matcher(fs).find()) {
                    String sentence = clean(text.substring(s.start(), s.end()));
                    out.add(new TargetClause(sentence, metricOfDated(text, folded, s), "", "", "", own, kind,
                            pageIndex.pageAt(s.start()), s.start(), s.end()));
                }
            }
        }
        if (!tables.clauses().isEmpty()) {
            out.addAll(tables.clauses());
            out.sort(java.util.Comparator.comparingInt(TargetClause::start));
        }
        return out;
    }

    /** A sentence telling what was done already ("đã đạt 95%") is a result, not a target. */
    private static boolean isPastResult(String folded) {
        return folded.matches("(?s).*\\b(da\\s+dat|dat\\s+duoc|da\\s+hoan\\s+thanh|nam\\s+qua|ket\\s+qua\\s+dat)\\b.*")
                && !folded.matches("(?s).*\\b(phan\\s+dau|muc\\s+tieu|chi\\s+tieu|den\\s+nam)\\b.*");
    }

    private static boolean isHeadingLike(String text, Span s) {
        String t = text.substring(s.start(), s.end()).strip().replaceAll("[\\s~'.]+$", "");
        if (!t.contains("\n") && upperShare(t) >= 0.8) return true; // a heading in capitals
        if (t.contains("\n") || t.endsWith(";")) return false;
        // stray marks OCR leaves after a line (" .", " ~", "'") are not the end of a sentence
        String ending = text.substring(s.start(), s.end()).strip().replaceAll("(\\s+[~'.])+$", "").replaceAll("[~']+$", "");
        if (ending.endsWith(".")) return false;
        return t.split("\\s+").length <= 14;
    }

    private List<TargetClause> quantities(String text, String folded, Span s, SectionKind kind, PageIndex pages,
                                          String contextDeadline, TableTargets.Result tables) {
        List<TargetClause> out = new ArrayList<>();
        String fs = folded.substring(s.start(), s.end());
        Matcher q = QUANTITY.matcher(fs);
        int previousEnd = 0; // end of the last clause found in this sentence
        while (q.find()) {
            int numStart = q.start(1);
            int numEnd = q.end(1);
            if (tables.inRow(s.start() + numStart)) continue; // read with its table's columns
            boolean percent = q.group(2) != null;
            String before = fs.substring(Math.max(0, numStart - 40), numStart);
            if (NOT_A_TARGET_BEFORE.matcher(before).find()) continue;
            String after = fs.substring(numEnd);
            if (after.matches("(?s)^\\s*[/.\\-]\\s*\\d.*")) continue; // a date or a document number
            if (!percent && fs.substring(numStart, numEnd).matches("\\d{4}")) continue;
            // "tỷ lệ trẻ em dưới 6 tuổi được tiêm chủng đạt 95%": a count before the clause's own value qualifies
            // its metric and is no target
            if (!percent && LATER_VALUE.matcher(fs.substring(numEnd, clauseLimit(fs, numEnd))).find()) continue;

            Matcher cm = COMPARATOR_BEFORE.matcher(fs.substring(clauseStart(fs, numStart), numStart));
            String cmpWord = cm.find() ? canonical(cm.group(2)) : "";
            int cmpStart = cmpWord.isEmpty() ? numStart : clauseStart(fs, numStart) + cm.start(1);
            String comparator = comparator(cmpWord, OR_MORE_AFTER.matcher(fs.substring(q.end())).find());

            String unit;
            int unitEnd;
            if (percent) {
                unit = "%";
                unitEnd = q.end(2);
            } else {
                String words = q.group(3);
                String first = words.split("\\s+")[0];
                boolean explicit = !cmpWord.isEmpty() && !cmpWord.equals("tu") && !cmpWord.equals("la");
                boolean periodic = DEADLINE.matcher(fs).find() && fs.matches("(?s).*\\b(hang|moi)\\s+(nam|quy|thang).*");
                boolean lowerCase = Character.isLowerCase(text.charAt(s.start() + q.start(3)))
                        || Character.isDigit(text.charAt(s.start() + q.start(3)));
                boolean limit = UPPER_BOUNDS.contains(cmpWord) && DURATION.matcher(first).matches();
                boolean strong = (STRONG.contains(cmpWord) && !NOT_UNITS.contains(first) || limit) && lowerCase;
                if (!(strong || (COUNT_UNITS.contains(first) && (explicit || periodic)))) continue;
                // "trẻ em dưới 6 tuổi", "người từ 60 tuổi trở lên": an age bounds who is counted, it is no target
                if (first.equals("tuoi") && AGE_BOUNDS.contains(cmpWord)) continue;
                String[] w = words.split("\\s+");
                int uStart = q.start(3);
                int n = limit && w.length >= 3 && w[1].equals("lam") && w[2].equals("viec") ? 3 // "ngày làm việc"
                        : w.length >= 3 && THREE_WORD_UNITS.contains(w[0] + " " + w[1] + " " + w[2]) ? 3
                        : w.length >= 2 && TWO_WORD_UNITS.contains(w[0] + " " + w[1]) ? 2
                        // a magnitude and what it counts: "4 triệu lượt", "2 nghìn tấn"
                        : w.length >= 2 && MAGNITUDES.contains(w[0]) && !NOT_UNITS.contains(w[1])
                        && !COMPARATORS.contains(w[1]) && !w[1].equals("moi") ? 2 : 1;
                unitEnd = uStart;
                for (int k = 0; k < n; k++) unitEnd = fs.indexOf(w[k], unitEnd) + w[k].length();
                unit = text.substring(s.start() + uStart, s.start() + unitEnd);
            }
            int cStart = clauseStart(fs, cmpStart);
            // a second value of the clause ("80% hồ sơ cấp huyện và 60% hồ sơ cấp xã") starts after the first one's
            if (previousEnd > cStart && previousEnd <= cmpStart) {
                cStart = previousEnd;
                Matcher joint = JOINT.matcher(fs.substring(cStart, cmpStart));
                if (joint.find()) cStart += joint.end();
            }
            while (cStart < cmpStart && " \n\t-+•*–".indexOf(fs.charAt(cStart)) >= 0) cStart++;
            int cEnd = clauseEnd(fs, unitEnd);
            String metric = metric(text, fs, s.start(), cStart, cmpStart, unitEnd, cEnd);
            String deadline = deadlineNear(fs, cStart, cEnd);
            if (deadline.isEmpty()) deadline = deadline(fs, fs.length());
            if (deadline.isEmpty()) deadline = contextDeadline;
            String value = text.substring(s.start() + numStart, s.start() + numEnd).replaceAll("\\s+", "");
            String sentence = clean(text.substring(s.start(), s.end()));
            out.add(new TargetClause(sentence, metric, comparator, value, unit, deadline, kind,
                    pages.pageAt(s.start() + numStart), s.start() + cStart, s.start() + cEnd));
            previousEnd = cEnd;
        }
        return out;
    }

    /**
     * The value the clause commits to, later in it: a comparator and a percentage ("... dưới 5 tuổi xuống còn 18%"),
     * or "đạt" and any number ("trên 1 ha chè đạt trên 250 triệu đồng").
     */
    private static final Pattern LATER_VALUE = Pattern.compile("(?:^|\\s)(?:(?:dat|" + fuzzy("toi thieu") + "|" + fuzzy("it nhat")
            + "|tren|duoi|chiem|bang|con|xuong|len|toi\\s+da|khong\\s+qua)\\s+(?:muc\\s+|ty\\s+le\\s+)?(?:khoang\\s+)?\\d{1,3}(?:[.,]\\d{1,2})?\\s*(?:%|phan\\s+tram)"
            + "|dat\\s+(?:(?:tren|" + fuzzy("toi thieu") + "|" + fuzzy("it nhat") + ")\\s+)?\\d)");

    /** What joins two values of one clause: a comma or "và". */
    private static final Pattern JOINT = Pattern.compile("^[\\s,]*(?:va\\s+)?");

    /** End of the clause from {@code at}: the next ';', the next table column ('|') or the end of the sentence. */
    private static int clauseLimit(String fs, int at) {
        int e = fs.length();
        for (char c : new char[] {';', '|'}) {
            int i = fs.indexOf(c, at);
            if (i >= 0) e = Math.min(e, i);
        }
        return e;
    }

    static String comparator(String word, boolean orMore) {
        if (orMore) return "≥";
        return switch (word) {
            case "toi thieu", "it nhat", "khong duoi", "khong thap hon", "tu" -> "≥";
            case "tren", "hon", "cao hon", "vuot" -> ">";
            case "toi da", "khong qua", "khong vuot qua", "qua" -> "≤";
            case "duoi", "thap hon" -> "<";
            default -> "=";
        };
    }

    /** Start of the clause holding {@code at}: after the last ';' or ':' before it, or 0. */
    private static int clauseStart(String fs, int at) {
        int c = Math.max(fs.lastIndexOf(';', at - 1), fs.lastIndexOf(':', at - 1));
        return c < 0 ? 0 : c + 1;
    }

    /** End of the clause from {@code at}: the next ';', the next ", " or " và " before another number, or the end. */
    private static int clauseEnd(String fs, int at) {
        int e = fs.length();
        int semi = fs.indexOf(';', at);
        if (semi >= 0) e = semi;
        Matcher next = QUANTITY.matcher(fs);
        if (next.find(at) && next.start() < e) {
            // "80% hồ sơ tại cấp huyện và 60% hồ sơ tại cấp xã": each value its own metric
            int comma = Math.max(fs.lastIndexOf(',', next.start()), fs.lastIndexOf(" va ", next.start()));
            if (comma >= at) e = comma;
        }
        while (e > at && (Character.isWhitespace(fs.charAt(e - 1)) || fs.charAt(e - 1) == '.' || fs.charAt(e - 1) == ','))
            e--;
        return e;
    }

    /** The measured thing: the clause before the comparator when it says it, else what follows the unit. */
    private static String metric(String text, String fs, int base, int cStart, int cmpStart, int unitEnd, int cEnd) {
        String pre = fs.substring(cStart, cmpStart);
        Matcher lead = LEAD_NOISE.matcher(pre);
        int from = cStart + (lead.find() ? lead.end() : 0);
        // "Đến năm 2025, tỷ lệ ...": drop a leading deadline phrase
        Matcher dl = Pattern.compile("^(?:den|trong|truoc)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+\\d{4}\\s*,?\\s*|^(?:hang|moi)\\s+nam\\s*,?\\s*")
                .matcher(fs.substring(from, cmpStart));
        if (dl.find()) from += dl.end();
        String written = text.substring(base + from, base + cmpStart);
        String writtenFolded = fs.substring(from, cmpStart);
        Matcher tv = TRAILING_VERB.matcher(writtenFolded);
        int cut = tv.find() ? tv.start() : writtenFolded.length();
        String head = clean(written.substring(0, cut));
        if (head.split("\\s+").length >= 2 && letters(head) >= 6) return head;
        String tail = text.substring(base + unitEnd, base + Math.max(unitEnd, cEnd));
        tail = tail.replaceFirst("^(?i)\\s*(trở lên|tro len)\\b", "");
        String t = clean(tail);
        return t.isEmpty() ? head : t;
    }

    private static String metricOfDated(String text, String folded, Span s) {
        String fs = folded.substring(s.start(), s.end());
        Matcher m = DATED_COMMITMENT.matcher(fs);
        if (!m.find()) return clean(text.substring(s.start(), s.end()));
        int from = m.end();
        while (from < fs.length() && !Character.isLetter(fs.charAt(from))) from++;
        if (from >= fs.length()) return clean(text.substring(s.start(), s.start() + m.start()));
        return clean(text.substring(s.start() + from, s.end()));
    }

    /** The deadline phrase inside [from, to), or "". */
    private static String deadlineNear(String fs, int from, int to) {
        return deadline(fs.substring(from, to), to - from);
    }

    /** The first deadline or period in a folded sentence, normalised; "" when none. */
    static String deadline(String fs, int limit) {
        Matcher m = DEADLINE.matcher(fs.substring(0, Math.min(limit, fs.length())));
        String plainYear = "";
        while (m.find()) {
            if (m.group(1) != null) return m.group(1) + "-" + m.group(2);
            if (m.group(3) != null) return m.group(3);
            if (m.group(6) != null) {
                String iso = Dates.iso(m.group(4), m.group(5), m.group(6));
                if (!iso.isEmpty()) return iso;
            }
            if (m.group(7) != null) {
                return switch (m.group(8)) {
                    case "quy" -> "hằng quý";
                    case "thang" -> "hằng tháng";
                    default -> "hằng năm";
                };
            }
            if (m.group(9) != null && plainYear.isEmpty()) plainYear = m.group(9);
        }
        return plainYear;
    }

    /** Trims bullets, spaces and end punctuation; joins wrapped lines. */
    /** OCR symbols glued to the end of a word: "cơ sở& dữ liệu" (the metric reads "cơ sở dữ liệu"). */
    private static final Pattern GLUED_SYMBOL = Pattern.compile("(?<=\\p{L})[&§¥¢©®#^*~|]+(?=[\\s,.;:)]|$)");

    static String clean(String s) {
        return GLUED_SYMBOL.matcher(s).replaceAll("").replaceAll("\\s+", " ").replaceAll("^[\\s\\-+•*–]+", "").replaceAll("[\\s,;:.]+$", "").strip();
    }

    private static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
                if (Character.isUpperCase(s.charAt(i))) upper++;
            }
        }
        return letters < 3 ? 0 : (double) upper / letters;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
