package org.vanban.web;

import java.util.List;
import org.vanban.index.TargetHit;
import org.vanban.index.TaskHit;

/** CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese right). */
public final class Csv {
    private Csv() {}

    static final String BOM = "\uFEFF";

    /** Target clauses as CSV with a Vietnamese header row. */
    public static String targets(List<TargetHit> hits) {
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, "Tỉnh/Thành phố", "Địa bàn", "Năm", "Ngày", "Loại", "Số văn bản", "Trích yếu", "Chỉ tiêu",
                "Nội dung đo", "So sánh", "Giá trị", "Đơn vị", "Thời hạn", "Phần", "Trang", "Mã văn bản");
        for (TargetHit h : hits) {
            row(sb, h.province(), h.locality(), h.year() == 0 ? "" : Integer.toString(h.year()), h.date(), h.type(),
                    h.number(), h.title(), h.sentence(), h.metric(), h.comparator(), h.value(), h.unit(), h.deadline(),
                    h.sectionKind(), Integer.toString(h.page()), h.docId());
        }
        return sb.toString();
    }

    /** Task assignments as CSV with a Vietnamese header row. */
    public static String tasks(List<TaskHit> hits) {
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, "Tỉnh/Thành phố", "Địa bàn", "Năm", "Ngày", "Loại", "Số văn bản", "Trích yếu", "Nhiệm vụ",
                "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Trang", "Mã văn bản");
        for (TaskHit h : hits) {
            row(sb, h.province(), h.locality(), h.year() == 0 ? "" : Integer.toString(h.year()), h.date(), h.type(),
                    h.number(), h.title(), h.task(), h.lead(), h.partners(), h.timeframe(), Integer.toString(h.page()),
                    h.docId());
        }
        return sb.toString();
    }

    /** One CSV line (cells quoted as {@link #cell} does, CRLF at the end); {@code bom} starts the file with a BOM. */
    public static String line(boolean bom, List<String> cells) {
        StringBuilder sb = new StringBuilder(bom ? BOM : "");
        row(sb, cells.toArray(String[]::new));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells[i]));
        }
        sb.append("\r\n");
    }

    /** A cell, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String s) {
        String v = s == null ? "" : s.replace("«", "").replace("»", "");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
