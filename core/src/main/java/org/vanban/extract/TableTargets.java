package org.vanban.extract;

import org.vanban.extract.Spans.PageIndex;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Target clauses from the rows of a table of indicators, as appendices (phụ lục) give them:
 * <pre>
 * STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2025 | Cơ quan chủ trì
 * 1   | Tỷ lệ hồ sơ giải quyết đúng hạn | % | ≥ 98 | Văn phòng
 * </pre>
 * A table is read when its header row (cells separated by "|", tabs or wide gaps, as in
 * {@link TaskExtractor}) has a column naming the indicator (chỉ tiêu, nội dung, nhiệm vụ) and at least
 * one value column: a year or a planned figure ("Năm 2025", "Chỉ tiêu năm 2022", "Kế hoạch 2025",
 * "Mục tiêu đến năm 2030", "Giai đoạn 2021-2025", "Giá trị", "Kết quả cần đạt"). Columns of results
 * already reached ("Thực hiện năm 2021", "Ước đạt", "Kết quả") are no targets. Each numbered row
 * whose value cell is a number, with an optional comparator ("≥ 80", "tối thiểu 80", "trên 95%"),
 * gives one clause per value column: metric from the indicator cell, unit from the cell's "%" or the
 * unit column (đơn vị tính), deadline from the column's year. Rows whose cell count differs from the
 * header's are skipped rather than guessed. Sections of kind CONTEXT, PREAMBLE, RECIPIENTS and
 * SIGNATURE are skipped. Stateless.
 */
final class TableTargets {
    private static final Pattern CELL_SPLIT_PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern CELL_SPLIT_GAP = Pattern.compile("\\t+|\\s{3,}");
    private static final Pattern METRIC = Pattern.compile(
            "^(?:ten\\s+)?(?:chi\\s+tieu|noi\\s+dung|nhiem\\s+vu(?:\\s+chi\\s+tieu)?|danh\\s+muc)(?:\\s+chu\\s+yeu)?$");
    private static final Pattern UNIT = Pattern.compile("^(?:don\\s+vi\\s+tinh|dvt|don\\s+vi\\s+do)$");
    private static final Pattern YEARS = Pattern.compile("((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?");
    private static final Pattern VALUE_HEADER = Pattern.compile(
            "^(?:(?:chi\\s+tieu|muc\\s+tieu|ke\\s+hoach)(?:\\s+(?:den\\s+)?(?:het\\s+)?nam|\\s+giai\\s+doan)?"
                    + "|(?:den\\s+)?nam|giai\\s+doan)\\s+(?:19|20)\\d{2}(?:(?:\\s*[-–]\\s*|\\s+)(?:19|20)\\d{2})?$"
                    + "|^(?:gia\\s+tri|ket\\s+qua\\s+can\\s+dat|chi\\s+tieu\\s+can\\s+dat|muc\\s+tieu|ke\\s+hoach)$");
    private static final Pattern PAST = Pattern.compile("\\b(?:thuc\\s+hien|uoc|da\\s+dat|ket\\s+qua\\s+nam|so\\s+sanh)\\b");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,2})*[.)]?$");
    private static final Pattern VALUE = Pattern.compile(
            "^(≥|>=|≤|<=|>|<|=)?\\s*(toi\\s+thieu|it\\s+nhat|tren|duoi|toi\\s+da|khong\\s+qua|khong\\s+duoi)?\\s*"
                    + "(\\d{1,3}(?:\\.\\d{3})+|\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(%)?\\s*(tro\\s+len)?$");
    private static final Set<SectionKind> SKIPPED = Set.of(SectionKind.CONTEXT, SectionKind.PREAMBLE,
            SectionKind.RECIPIENTS, SectionKind.SIGNATURE);

    private TableTargets() {
    }

    /** The clauses found, and the [start, end) spans of the table rows read, which hold no other clause. */
    record Result(List<TargetClause> clauses, List<int[]> rows) {
        boolean inRow(int offset) {
            for (int[] r : rows) if (offset >= r[0] && offset < r[1]) return true;
            return false;
        }
    }

    private record Column(int index, String deadline) {
    }

    static Result read(String text, List<Section> sections, PageIndex pages) {
        List<TargetClause> out = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<int[]> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String header = text.substring(lines.get(i)[0], lines.get(i)[1]);
            String[] cells = cells(header);
            if (cells.length < 3) continue;
            int metric = -1;
            int unit = -1;
            List<Column> values = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                String f = Fold.key(cells[c]);
                if (f.isEmpty()) continue;
                if (metric < 0 && METRIC.matcher(f).matches()) metric = c;
                else if (UNIT.matcher(f).matches()) unit = c;
                else if (VALUE_HEADER.matcher(f).matches() && !PAST.matcher(f).find()) values.add(new Column(c, deadline(f)));
            }
            if (metric < 0 || values.isEmpty()) continue;
            boolean pipes = header.contains("|");
            int j = i + 1;
            for (; j < lines.size(); j++) {
                int ls = lines.get(j)[0];
                int le = lines.get(j)[1];
                String line = text.substring(ls, le);
                if (line.isBlank()) {
                    if (j + 1 < lines.size() && text.substring(lines.get(j + 1)[0], lines.get(j + 1)[1]).isBlank()) break;
                    continue;
                }
                if (pipes && !line.contains("|")) break;
                String[] row = cells(line);
                if (!pipes && row.length < 2) break;
                if (row.length != cells.length || !ROW_NUMBER.matcher(row[0].strip()).matches()) continue;
                SectionKind kind = sections.isEmpty() ? SectionKind.OTHER : Spans.kindAt(sections, ls);
                if (SKIPPED.contains(kind)) continue;
                String metricText = TargetExtractor.clean(row[metric]);
                if (metricText.isEmpty()) continue;
                boolean any = false;
                for (Column v : values) {
                    Matcher m = VALUE.matcher(Fold.lower(row[v.index()].strip()));
                    if (!m.matches()) continue;
                    String value = row[v.index()].strip().substring(m.start(3), m.end(3));
                    String unitText = m.group(4) != null ? "%" : unit >= 0 ? TargetExtractor.clean(row[unit]) : "";
                    String comparator = comparator(m.group(1), m.group(2), m.group(5) != null);
                    out.add(new TargetClause(TargetExtractor.clean(line.replace('|', ' ')), metricText, comparator,
                            value, unitText, v.deadline(), kind, pages.pageAt(ls), ls, le));
                    any = true;
                }
                if (any) rows.add(new int[]{ls, le});
            }
            i = j - 1;
        }
        return new Result(out, rows);
    }

    private static String comparator(String sign, String word, boolean orMore) {
        if (sign != null) {
            return switch (sign) {
                case ">=", "≥" -> "≥";
                case "<=", "≤" -> "≤";
                default -> sign;
            };
        }
        return TargetExtractor.comparator(word == null ? "" : word.replaceAll("\\s+", " "), orMore);
    }

    /** "2025" from "chi tieu nam 2025", "2021-2025" from "giai doan 2021 2025"; "" without a year. */
    private static String deadline(String headerKey) {
        Matcher m = YEARS.matcher(headerKey.replaceAll("(\\d{4}) (\\d{4})", "$1-$2"));
        if (!m.find()) return "";
        return m.group(2) != null ? m.group(1) + "-" + m.group(2) : m.group(1);
    }

    private static String[] cells(String line) {
        String t = line.strip();
        if (t.contains("|")) {
            t = t.replaceAll("^\\|", "").replaceAll("\\|$", "");
            return CELL_SPLIT_PIPE.split(t, -1);
        }
        return CELL_SPLIT_GAP.split(t, -1);
    }

    /** [start, end) of each line, without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        while (s <= text.length()) {
            int nl = text.indexOf('\n', s);
            int e = nl < 0 ? text.length() : nl;
            out.add(new int[]{s, e});
            if (nl < 0) break;
            s = nl + 1;
        }
        return out;
    }
}
