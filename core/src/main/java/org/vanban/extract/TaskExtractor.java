package org.vanban.extract;

import org.vanban.extract.Spans.PageIndex;
import org.vanban.model.Page;
import org.vanban.model.TaskAssignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Finds task assignments (phân công nhiệm vụ): task, lead agency (cơ quan chủ trì), partner
 * agencies (cơ quan phối hợp) and timeframe (thời gian thực hiện).
 *
 * <p>Three forms are read, accent-insensitively:
 * <ul>
 *   <li>a table whose rows are lines with cells separated by "|", tabs or wide gaps, under a
 *       header row naming the columns ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 *       Thời gian thực hiện"); lines without a number in the STT column continue the row above,
 *       rows numbered with roman numerals are group titles and are skipped;</li>
 *   <li>the same table with one cell per line (as OCR often gives it): the header cells on
 *       consecutive lines, then each row starting with a line holding only its number;</li>
 *   <li>a task paragraph followed by labelled lines: "Cơ quan chủ trì:" / "Đơn vị thực hiện:",
 *       "Cơ quan phối hợp:", "Thời gian thực hiện:" (also several on one line, separated by ";"),
 *       or a task sentence with its labels on the same line ("Kiểm tra công vụ. Đơn vị thực
 *       hiện: Phòng Nội vụ; thời gian: hằng quý.").</li>
 * </ul>
 * Partner lists are split at commas and semicolons; a piece starting in lower case ("đơn vị có
 * liên quan") stays with the one before it. Thread-safe.
 */
public final class TaskExtractor {
    private enum Column { NUMBER, TASK, LEAD, PARTNERS, TIME, OTHER }

    private static final Pattern CELL_SPLIT_PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern CELL_SPLIT_GAP = Pattern.compile("\\t+|\\s{3,}");
    private static final Pattern FIELD = Pattern.compile(
            "(?:^|[;.]\\s*|\\s)(?:[-+~]\\s*)?((?:co\\s+quan|don\\s+vi)\\s+(?:chu\\s+tri|thuc\\s+hien)|chu\\s+tri"
                    + "|(?:co\\s+quan|don\\s+vi)\\s+phoi\\s+hop|phoi\\s+hop"
                    + "|thoi\\s+gian(?:\\s+thuc\\s+hien|\\s+hoan\\s+thanh)?|thoi\\s+han(?:\\s+hoan\\s+thanh)?|tien\\s+do)\\s*:");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.)]?[\\s~'.,]*$"); // stray marks allowed
    private static final Pattern ROMAN_ROW = Pattern.compile("^[ivxlIVXL]{1,5}[.)]?$|^[A-Z][.)]?$");

    /**
     * Finds the task assignments of a document.
     *
     * @param text  document text (pages joined with {@code VanbanDocument.PAGE_BREAK})
     * @param pages its pages in order, for page numbers; may be null
     */
    public List<TaskAssignment> extract(String text, List<Page> pages) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        PageIndex pageIndex = new PageIndex(text, pages == null ? null : pages.stream().map(Page::number).toList());
        List<TextLine> lines = TextLine.split(text);
        List<TaskAssignment> out = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) continue;
            List<Column> header = headerRow(lines.get(i));
            if (header != null) {
                i = table(lines, i, header, pageIndex, out, used);
                continue;
            }
            int[] cellHeader = cellPerLineHeader(lines, i);
            if (cellHeader != null) {
                i = cellTable(lines, i, cellHeader, pageIndex, out, used);
            }
        }
        paragraphs(text, lines, used, pageIndex, out);
        return out;
    }

    /** One line of text with its offset and folded form. */
    private record TextLine(int start, String text, String folded) {
        static List<TextLine> split(String text) {
            List<TextLine> out = new ArrayList<>();
            int s = 0;
            while (s <= text.length()) {
                int nl = text.indexOf('\n', s);
                int e = nl < 0 ? text.length() : nl;
                String t = text.substring(s, e);
                out.add(new TextLine(s, t, Fold.lower(t)));
                if (nl < 0) break;
                s = nl + 1;
            }
            return out;
        }

        boolean blank() {
            return text.isBlank() || text.strip().equals("\f");
        }
    }

    private static Column column(String folded) {
        String f = folded.strip();
        if (f.matches("stt|tt|so\\s*tt|so\\s*thu\\s*tu")) return Column.NUMBER;
        if (f.contains("phoi hop")) return Column.PARTNERS;
        if (f.contains("chu tri") || f.matches(".*(don vi|co quan) thuc hien.*")) return Column.LEAD;
        if (f.matches(".*(thoi gian|thoi han|tien do|hoan thanh).*")) return Column.TIME;
        if (f.matches(".*(nhiem vu|noi dung|hoat dong|ten de an|cong viec|giai phap).*")) return Column.TASK;
        return Column.OTHER;
    }

    private static String[] cells(String line) {
        return cells(line, true);
    }

    /** Cells of a row; {@code leadingPipe}: the table's rows open with a "|" that is no cell border. */
    private static String[] cells(String line, boolean leadingPipe) {
        String t = line.strip();
        if (t.contains("|")) {
            if (leadingPipe) t = t.replaceAll("^\\|", "");
            t = t.replaceAll("\\|$", "");
            return CELL_SPLIT_PIPE.split(t, -1);
        }
        return CELL_SPLIT_GAP.split(t, -1);
    }

    /** Columns of a one-line header row, or null when the line is none. */
    private static List<Column> headerRow(TextLine l) {
        if (!(l.folded.contains("chu tri") || l.folded.contains("thuc hien")) || l.folded.contains(":")) return null;
        String[] cells = cells(l.folded);
        if (cells.length < 3) return null;
        List<Column> cols = new ArrayList<>();
        for (String c : cells) cols.add(column(c));
        if (!cols.contains(Column.TASK) || !cols.contains(Column.LEAD)) return null;
        return cols;
    }

    private int table(List<TextLine> lines, int headerAt, List<Column> cols, PageIndex pages,
                      List<TaskAssignment> out, boolean[] used) {
        boolean pipes = lines.get(headerAt).text.contains("|");
        boolean leadingPipe = lines.get(headerAt).text.strip().startsWith("|");
        String[] row = null;
        int rowStart = 0;
        int i = headerAt + 1;
        int blanks = 0;
        for (; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.blank()) {
                if (++blanks >= 2 && !l.text.contains("\f")) break;
                continue;
            }
            if (pipes && !l.text.contains("|")) break;
            String[] cells = cells(l.text, leadingPipe);
            if (!pipes && cells.length < 2 && row == null) break;
            blanks = 0;
            used[i] = true;
            String first = cells[0].strip();
            int numberCol = cols.indexOf(Column.NUMBER);
            if (numberCol == 0 && ROMAN_ROW.matcher(first).matches() && !first.isEmpty()) {
                flush(row, rowStart, cols, pages, out);
                row = null;
                continue;
            }
            if (numberCol == 0 && first.matches("\\d+(?:[.,]\\s*\\d+)*[.)]?")) {
                flush(row, rowStart, cols, pages, out);
                row = new String[cols.size()];
                rowStart = l.start;
                for (int c = 0; c < cols.size() && c < cells.length; c++) row[c] = cells[c].strip();
                if (cells.length > cols.size()) {
                    // a cell split by a gap inside the task text: join the surplus into the task
                    row = realign(cells, cols);
                }
            } else if (row != null) {
                for (int c = 0; c < cols.size() && c < cells.length; c++) {
                    String v = cells[c].strip();
                    if (v.isEmpty()) continue;
                    row[c] = row[c] == null || row[c].isEmpty() ? v : row[c] + " " + v;
                }
            } else if (numberCol != 0 && cells.length >= 2) {
                row = new String[cols.size()];
                rowStart = l.start;
                for (int c = 0; c < cols.size() && c < cells.length; c++) row[c] = cells[c].strip();
                flush(row, rowStart, cols, pages, out);
                row = null;
            }
        }
        flush(row, rowStart, cols, pages, out);
        return i - 1;
    }

    private static String[] realign(String[] cells, List<Column> cols) {
        String[] row = new String[cols.size()];
        int surplus = cells.length - cols.size();
        int task = cols.indexOf(Column.TASK);
        int k = 0;
        for (int c = 0; c < cols.size(); c++) {
            if (c == task) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j <= surplus; j++) sb.append(j > 0 ? " " : "").append(cells[k++].strip());
                row[c] = sb.toString();
            } else {
                row[c] = cells[k++].strip();
            }
        }
        return row;
    }

    private static void flush(String[] row, int at, List<Column> cols, PageIndex pages, List<TaskAssignment> out) {
        if (row == null) return;
        String task = "";
        String lead = "";
        String partners = "";
        String time = "";
        for (int c = 0; c < cols.size(); c++) {
            String v = row[c] == null ? "" : row[c].strip();
            switch (cols.get(c)) {
                case TASK -> task = v;
                case LEAD -> lead = v;
                case PARTNERS -> partners = v;
                case TIME -> time = v;
                default -> { }
            }
        }
        if (task.isEmpty() && lead.isEmpty()) return;
        out.add(new TaskAssignment(clean(task), clean(lead), agencies(partners), clean(time), pages.pageAt(at)));
    }

    /** Column header cells on consecutive lines, starting at {@code i} with "STT": the column count, or null. */
    private static int[] cellPerLineHeader(List<TextLine> lines, int i) {
        if (column(lines.get(i).folded) != Column.NUMBER) return null;
        List<Column> cols = new ArrayList<>();
        cols.add(Column.NUMBER);
        int j = i + 1;
        for (; j < lines.size() && cols.size() < 8; j++) {
            TextLine l = lines.get(j);
            if (l.blank()) continue;
            Column c = column(l.folded);
            if (c == Column.OTHER || c == Column.NUMBER) break;
            cols.add(c);
        }
        if (!cols.contains(Column.TASK) || !cols.contains(Column.LEAD)) return null;
        int[] out = new int[cols.size() + 1];
        out[0] = j; // first line after the header
        for (int c = 0; c < cols.size(); c++) out[c + 1] = cols.get(c).ordinal();
        return out;
    }

    private int cellTable(List<TextLine> lines, int headerAt, int[] spec, PageIndex pages,
                          List<TaskAssignment> out, boolean[] used) {
        List<Column> cols = new ArrayList<>();
        for (int c = 1; c < spec.length; c++) cols.add(Column.values()[spec[c]]);
        for (int k = headerAt; k < spec[0]; k++) used[k] = true;
        int i = spec[0];
        List<String> group = null;
        int groupStart = 0;
        for (; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.blank()) continue;
            String t = l.text.strip();
            if (ROW_NUMBER.matcher(t).matches()) {
                cellRow(group, groupStart, cols, pages, out);
                group = new ArrayList<>();
                groupStart = l.start;
                used[i] = true;
                continue;
            }
            if (ROMAN_ROW.matcher(t.split("\\s+")[0]).matches() && t.split("\\s+").length == 1) {
                used[i] = true;
                continue;
            }
            if (group == null || FIELD.matcher(l.folded).find() || t.matches("^(?i)(n[ơo]i nh[ậa]n|TM\\.|KT\\.).*")) break;
            group.add(t);
            used[i] = true;
        }
        cellRow(group, groupStart, cols, pages, out);
        return i - 1;
    }

    private static void cellRow(List<String> cells, int at, List<Column> cols, PageIndex pages,
                                List<TaskAssignment> out) {
        if (cells == null || cells.isEmpty()) return;
        int want = cols.size() - 1; // without the number column
        List<String> c = new ArrayList<>(cells);
        while (c.size() > want) { // wrapped task text: join the first cells
            c.set(0, c.get(0) + " " + c.remove(1));
        }
        String[] row = new String[cols.size()];
        row[0] = "";
        for (int k = 0; k < c.size(); k++) row[k + 1] = c.get(k);
        flush(row, at, cols, pages, out);
    }

    /** "Cơ quan chủ trì: ..." paragraphs under a task. */
    private static void paragraphs(String text, List<TextLine> lines, boolean[] used, PageIndex pages,
                                   List<TaskAssignment> out) {
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) continue;
            Matcher m = FIELD.matcher(lines.get(i).folded);
            if (!m.find()) continue;
            String inlineTask = null;
            if (!startsWithField(lines.get(i).folded, m)) {
                // "b) Kiểm tra công vụ. Đơn vị thực hiện: Phòng Nội vụ; thời gian: hằng quý."
                String before = lines.get(i).text.substring(0, m.start(1)).strip();
                if (!before.endsWith(".") || before.split("\\s+").length < 2) continue;
                inlineTask = clean(before.replaceFirst(
                        "^(?:[-+•*–~]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|[a-zđ]\\)\\s*)", ""));
            }
            int labelStart = inlineTask == null ? 0 : m.start(1);
            // the labelled lines of this task
            StringBuilder block = new StringBuilder();
            StringBuilder blockFolded = new StringBuilder();
            int j = i;
            for (; j < lines.size(); j++) {
                TextLine l = lines.get(j);
                Matcher f = FIELD.matcher(l.folded);
                boolean field = j == i || (f.find() && startsWithField(l.folded, f));
                boolean continuation = !field && !l.blank() && !Spans.startsItem(l.text.strip(), 0)
                        && Character.isLowerCase(firstLetter(l.text));
                if (!field && !continuation) break;
                int from = j == i ? labelStart : 0;
                block.append(' ').append(l.text.substring(from));
                blockFolded.append(' ').append(l.folded.substring(from));
                used[j] = true;
            }
            String task = inlineTask != null ? inlineTask : taskBefore(lines, i, used);
            String lead = "";
            String partners = "";
            String time = "";
            String b = block.toString();
            String bf = blockFolded.toString();
            Matcher f = FIELD.matcher(bf);
            List<int[]> labels = new ArrayList<>();
            while (f.find()) labels.add(new int[]{f.start(1), f.end()});
            for (int k = 0; k < labels.size(); k++) {
                int valueEnd = k + 1 < labels.size() ? labels.get(k + 1)[0] : b.length();
                String label = bf.substring(labels.get(k)[0], labels.get(k)[1]);
                String value = clean(b.substring(labels.get(k)[1], valueEnd).replaceAll("[\\s\\-+]+$", ""));
                if (label.contains("phoi hop")) partners = value;
                else if (label.contains("chu tri") || label.contains("thuc hien") && !label.startsWith("thoi")) lead = value;
                else time = value;
            }
            out.add(new TaskAssignment(task, lead, agencies(partners), time, pages.pageAt(lines.get(i).start)));
            i = j - 1;
        }
    }

    private static boolean startsWithField(String folded, Matcher m) {
        return folded.substring(0, m.start(1)).replaceAll("[\\s\\-+*•~]", "").isEmpty();
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return s.charAt(i);
        return 'A';
    }

    /** The task paragraph standing above the labelled lines: back to the line that starts the item. */
    private static String taskBefore(List<TextLine> lines, int fieldAt, boolean[] used) {
        List<String> parts = new ArrayList<>();
        for (int k = fieldAt - 1; k >= 0 && parts.size() < 6; k--) {
            TextLine l = lines.get(k);
            if (l.blank()) {
                if (parts.isEmpty()) continue;
                break;
            }
            if (used[k]) break;
            parts.add(0, l.text.strip());
            String t = l.text.strip();
            if (Spans.startsItem(t, 0) || Character.isUpperCase(firstLetter(t))) break;
        }
        String task = String.join(" ", parts);
        task = task.replaceFirst("^(?:[-+•*–]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|[a-zđ]\\)\\s*)", "");
        return clean(task);
    }

    /** Splits a list of agencies at commas and semicolons, keeping lower-case pieces with the one before
     * ("Các phòng, ban chuyên môn") unless they start a new group ("các ...", "những ..."). */
    static List<String> agencies(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        for (String piece : s.split("[,;]")) {
            String p = clean(piece);
            if (p.isEmpty()) continue;
            boolean generic = Fold.lower(p).matches("^(cac|nhung|moi)\\b.*");
            if (!out.isEmpty() && Character.isLowerCase(p.charAt(0)) && !generic) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").replaceAll("^[\\s\\-+•*–:]+", "")
                .replaceAll("[\\s,;:.]+$", "").strip();
    }
}
