package org.vanban.lab.tools;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.vanban.lab.tools.SourceDocument.Block;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes a {@link SourceDocument} as a DOCX (Apache POI) or an HTML page, laid out like the printed form. */
public final class OfficeWriters {
    private static final Pattern ARTICLE = Pattern.compile("^(Điều \\d+\\.)(\\s.*)$");
    /** Fixed zip entry time so a regenerated DOCX is byte-identical (2020-01-01T00:00:00Z). */
    private static final long FIXED_TIME = 1577836800000L;

    private OfficeWriters() { }

    /** The document as DOCX bytes; header and closing blocks are borderless two-column tables. */
    public static byte[] docx(SourceDocument doc) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            for (Block b : doc.blocks()) {
                switch (b.kind()) {
                    case HEADER -> {
                        List<Cell> left = new ArrayList<>();
                        if (!doc.get("superior").isBlank()) left.add(new Cell(doc.get("superior"), false, false, 13));
                        for (String l : doc.issuerLines()) left.add(new Cell(l, true, false, 13));
                        left.add(new Cell(doc.numberLine(), false, false, 13));
                        List<Cell> right = new ArrayList<>();
                        right.add(new Cell(SourceDocument.MOTTO.get(0), true, false, 13));
                        right.add(new Cell(SourceDocument.MOTTO.get(1), true, false, 14));
                        right.add(new Cell(doc.dateLine(), false, true, 14));
                        twoColumns(d, left, right, ParagraphAlignment.CENTER);
                    }
                    case TITLE -> para(d, b.text(), ParagraphAlignment.CENTER, true, false, false);
                    case NOTE -> para(d, b.text(), ParagraphAlignment.CENTER, false, true, false);
                    case HEADING -> para(d, b.text(), ParagraphAlignment.BOTH, true, false, true);
                    case PARAGRAPH -> {
                        Matcher m = ARTICLE.matcher(b.text());
                        if (m.matches()) {
                            XWPFParagraph p = para(d, m.group(1), ParagraphAlignment.BOTH, true, false, true);
                            run(p, m.group(2), false, false, 14);
                        } else {
                            para(d, b.text(), ParagraphAlignment.BOTH, false, false, true);
                        }
                    }
                    case PAGE_BREAK -> d.createParagraph().setPageBreak(true);
                    case CLOSING -> {
                        List<Cell> left = new ArrayList<>();
                        for (int i = 0; i < b.left().size(); i++) {
                            left.add(i == 0 ? new Cell(b.left().get(i), true, true, 12) : new Cell(b.left().get(i), false, false, 11));
                        }
                        List<Cell> right = new ArrayList<>();
                        for (String r : b.right()) right.add(new Cell(r, true, false, 14));
                        for (int i = 0; i < 3; i++) right.add(new Cell("", false, false, 14));
                        for (String r : b.signer()) right.add(new Cell(r, true, false, 14));
                        twoColumns(d, left, right, ParagraphAlignment.LEFT);
                    }
                }
            }
            d.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(FIXED_TIME)));
            d.getProperties().getCoreProperties().setTitle(doc.get("title"));
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            d.write(bos);
            return normaliseZip(bos.toByteArray());
        }
    }

    private static XWPFParagraph para(XWPFDocument d, String text, ParagraphAlignment align, boolean bold,
                                      boolean italic, boolean indent) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        if (indent) p.setFirstLineIndent(720);
        run(p, text, bold, italic, 14);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily("Times New Roman");
        r.setFontSize(size);
    }

    /** One line of a table cell. */
    private record Cell(String text, boolean bold, boolean italic, int size) { }

    private static void twoColumns(XWPFDocument d, List<Cell> left, List<Cell> right, ParagraphAlignment leftAlign) {
        XWPFTable t = d.createTable(1, 2);
        t.removeBorders();
        fill(t.getRow(0).getCell(0), left, leftAlign);
        fill(t.getRow(0).getCell(1), right, ParagraphAlignment.CENTER);
    }

    private static void fill(XWPFTableCell cell, List<Cell> lines, ParagraphAlignment align) {
        cell.removeParagraph(0);
        for (Cell line : lines) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(align);
            run(p, line.text(), line.bold(), line.italic(), line.size());
        }
    }

    /** Rewrites a zip with sorted entries and a fixed time, so output does not depend on the clock. */
    static byte[] normaliseZip(byte[] zip) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            // [Content_Types].xml first, as Office expects
            List<String> names = new ArrayList<>(entries.keySet());
            names.remove("[Content_Types].xml");
            names.add(0, "[Content_Types].xml");
            for (String name : names) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(FIXED_TIME);
                out.putNextEntry(e);
                out.write(entries.get(name));
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    /** The document as a standalone UTF-8 HTML page. */
    public static byte[] html(SourceDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.type().label() + " " + doc.get("number") + " " + doc.get("title")))
                .append("</title>\n<style>body{font-family:'Times New Roman',serif;font-size:14pt;max-width:42em;margin:2em auto}"
                        + "td{vertical-align:top;text-align:center}.c{text-align:center}.j{text-align:justify;text-indent:2em}"
                        + "</style>\n</head>\n<body>\n");
        for (Block b : doc.blocks()) {
            switch (b.kind()) {
                case HEADER -> {
                    sb.append("<table width=\"100%\"><tr><td>");
                    if (!doc.get("superior").isBlank()) sb.append(esc(doc.get("superior"))).append("<br>\n");
                    for (String l : doc.issuerLines()) sb.append("<b>").append(esc(l)).append("</b><br>\n");
                    sb.append(esc(doc.numberLine())).append("</td>\n<td><b>").append(esc(SourceDocument.MOTTO.get(0)))
                            .append("</b><br>\n<b><u>").append(esc(SourceDocument.MOTTO.get(1))).append("</u></b><br>\n<i>")
                            .append(esc(doc.dateLine())).append("</i></td></tr></table>\n");
                }
                case TITLE -> sb.append("<p class=\"c\"><b>").append(esc(b.text())).append("</b></p>\n");
                case NOTE -> sb.append("<p class=\"c\"><i>").append(esc(b.text())).append("</i></p>\n");
                case HEADING -> sb.append("<p class=\"j\"><b>").append(esc(b.text())).append("</b></p>\n");
                case PARAGRAPH -> {
                    Matcher m = ARTICLE.matcher(b.text());
                    if (m.matches()) sb.append("<p class=\"j\"><b>").append(esc(m.group(1))).append("</b>").append(esc(m.group(2))).append("</p>\n");
                    else sb.append("<p class=\"j\">").append(esc(b.text())).append("</p>\n");
                }
                case PAGE_BREAK -> sb.append("<hr>\n");
                case CLOSING -> {
                    sb.append("<table width=\"100%\"><tr><td style=\"text-align:left;font-size:11pt\">");
                    for (int i = 0; i < b.left().size(); i++) {
                        String l = esc(b.left().get(i));
                        sb.append(i == 0 ? "<b><i>" + l + "</i></b>" : l).append("<br>\n");
                    }
                    sb.append("</td>\n<td>");
                    for (String r : b.right()) sb.append("<b>").append(esc(r)).append("</b><br>\n");
                    sb.append("<br><br><br>\n");
                    for (String r : b.signer()) sb.append("<b>").append(esc(r)).append("</b><br>\n");
                    sb.append("</td></tr></table>\n");
                }
            }
        }
        sb.append("</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
