package org.vanban.lab.tools;

import org.vanban.model.DocType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source text of one sample document (văn bản mẫu), as written under
 * {@code src/main/resources/tools/corpus-src/}.
 *
 * <p>Format: {@code key: value} header lines (repeatable key {@code phrase}), a blank line, then
 * the body, one paragraph per line, with a small line markup:
 * <ul>
 *   <li>{@code = TEXT} centred bold line (document type, title, issuing authority, "QUYẾT ĐỊNH:")</li>
 *   <li>{@code ~ TEXT} centred italic line ("(Kèm theo Quyết định số ...)")</li>
 *   <li>{@code # TEXT} bold heading ("I. MỤC ĐÍCH, YÊU CẦU")</li>
 *   <li>{@code @page} page break; {@code @header} the two-column header block again (annexed plan)</li>
 *   <li>{@code @recipients} ... {@code @signature} ... {@code @sign} ... {@code @end}: the closing
 *       block, "Nơi nhận" list on the left, signature block on the right; {@code @sign} marks the gap
 *       where the signature and the stamp go</li>
 *   <li>anything else: a body paragraph</li>
 * </ul>
 * The two-column header block (issuer, number, national motto, place and date) is built from the
 * header keys and always opens the document.
 *
 * @param id      file name without ".txt", e.g. "01-phuoc-long-kh-cchc-2021"
 * @param meta    header keys in file order (without {@code phrase})
 * @param phrases search phrases that occur in the body
 * @param blocks  body blocks in order (the opening header block first)
 */
public record SourceDocument(String id, Map<String, String> meta, List<String> phrases, List<Block> blocks) {

    /** Resource folder holding the sources and their {@code index.txt}. */
    public static final String RESOURCE_DIR = "/tools/corpus-src/";

    /** Kinds of body blocks. */
    public enum Kind { HEADER, TITLE, NOTE, HEADING, PARAGRAPH, PAGE_BREAK, CLOSING }

    /**
     * One block of the body.
     *
     * @param kind      what it is
     * @param text      its text (empty for HEADER, PAGE_BREAK, CLOSING)
     * @param left      CLOSING only: the "Nơi nhận" lines
     * @param right     CLOSING only: signature lines before the signature gap
     * @param signer    CLOSING only: lines after the gap (the signer's name)
     */
    public record Block(Kind kind, String text, List<String> left, List<String> right, List<String> signer) {
        public Block {
            text = text == null ? "" : text;
            left = left == null ? List.of() : List.copyOf(left);
            right = right == null ? List.of() : List.copyOf(right);
            signer = signer == null ? List.of() : List.copyOf(signer);
        }

        static Block of(Kind kind, String text) { return new Block(kind, text, null, null, null); }
    }

    public SourceDocument {
        meta = Map.copyOf(meta);
        phrases = List.copyOf(phrases);
        blocks = List.copyOf(blocks);
    }

    /** Loads every source listed in the resource {@code index.txt}, in index order. */
    public static List<SourceDocument> loadAll() {
        String index = readResource(RESOURCE_DIR + "index.txt");
        List<SourceDocument> docs = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) continue;
            docs.add(parse(name.replaceFirst("\\.txt$", ""), readResource(RESOURCE_DIR + name)));
        }
        return docs;
    }

    private static String readResource(String path) {
        try (InputStream in = SourceDocument.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses one source text; throws with the line number on malformed input. */
    public static SourceDocument parse(String id, String source) {
        String text = Normalizer.normalize(source.replace("\r\n", "\n"), Normalizer.Form.NFC);
        String[] lines = text.split("\n", -1);
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> phrases = new ArrayList<>();
        int i = 0;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException(id + ": line " + (i + 1) + ": expected 'key: value' but got '" + lines[i] + "'");
            String key = lines[i].substring(0, colon).strip();
            String value = lines[i].substring(colon + 1).strip();
            if (key.equals("phrase")) phrases.add(value); else meta.put(key, value);
        }
        for (String required : List.of("type", "number", "issuer", "place", "date", "title")) {
            if (!meta.containsKey(required)) throw new IllegalArgumentException(id + ": missing header key '" + required + "'");
        }
        if (DocType.parse(meta.get("type")) == DocType.UNKNOWN) throw new IllegalArgumentException(id + ": unknown type " + meta.get("type"));
        try {
            LocalDate.parse(meta.get("date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(id + ": bad date '" + meta.get("date") + "', want yyyy-mm-dd");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(Kind.HEADER, ""));
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("= ")) blocks.add(Block.of(Kind.TITLE, line.substring(2).strip()));
            else if (line.startsWith("~ ")) blocks.add(Block.of(Kind.NOTE, line.substring(2).strip()));
            else if (line.startsWith("# ")) blocks.add(Block.of(Kind.HEADING, line.substring(2).strip()));
            else if (line.equals("@page")) blocks.add(Block.of(Kind.PAGE_BREAK, ""));
            else if (line.equals("@header")) blocks.add(Block.of(Kind.HEADER, ""));
            else if (line.equals("@recipients")) i = parseClosing(id, lines, i, blocks);
            else if (line.startsWith("@")) throw new IllegalArgumentException(id + ": line " + (i + 1) + ": unknown directive " + line);
            else blocks.add(Block.of(Kind.PARAGRAPH, line));
        }
        for (String p : phrases) {
            if (!bodyText(blocks).contains(p)) throw new IllegalArgumentException(id + ": search phrase not in body: " + p);
        }
        return new SourceDocument(id, meta, phrases, blocks);
    }

    private static int parseClosing(String id, String[] lines, int start, List<Block> blocks) {
        List<String> left = new ArrayList<>(), right = new ArrayList<>(), signer = new ArrayList<>();
        List<String> target = left;
        for (int i = start + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            switch (line) {
                case "@signature" -> target = right;
                case "@sign" -> target = signer;
                case "@end" -> {
                    blocks.add(new Block(Kind.CLOSING, "", left, right, signer));
                    return i;
                }
                default -> { if (!line.isEmpty()) target.add(line); }
            }
        }
        throw new IllegalArgumentException(id + ": @recipients at line " + (start + 1) + " has no @end");
    }

    private static String bodyText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) sb.append(b.text()).append('\n');
        return sb.toString();
    }

    /** A header value, or "" when absent. */
    public String get(String key) { return meta.getOrDefault(key, ""); }

    public DocType type() { return DocType.parse(get("type")); }

    public LocalDate date() { return LocalDate.parse(get("date")); }

    /** Left header column: superior body (may be absent), issuer lines ("|" splits a line). */
    public List<String> issuerLines() {
        List<String> out = new ArrayList<>();
        for (String part : get("issuer").split("\\|")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** "Số: 39/KH-UBND". */
    public String numberLine() { return "Số: " + get("number"); }

    /** "Phước Long, ngày 15 tháng 3 năm 2021", with the leading zeros of Decree 30 (ngày 09 tháng 01). */
    public String dateLine() {
        LocalDate d = date();
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return get("place") + ", ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    /** National title lines of the right header column (Quốc hiệu và Tiêu ngữ). */
    public static final List<String> MOTTO = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

    /**
     * The whole document as plain text, the two header columns side by side as an OCR engine
     * reading a scan would give them, one paragraph per line.
     */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            switch (b.kind()) {
                case HEADER -> {
                    List<String> left = new ArrayList<>();
                    if (!get("superior").isBlank()) left.add(get("superior"));
                    left.addAll(issuerLines());
                    List<String> right = new ArrayList<>(MOTTO);
                    while (left.size() < right.size()) left.add("");
                    while (right.size() < left.size()) right.add("");
                    for (int k = 0; k < left.size(); k++) sb.append(sideBySide(left.get(k), right.get(k)));
                    sb.append(sideBySide(numberLine(), dateLine())).append('\n');
                }
                case PAGE_BREAK -> sb.append('\n');
                case CLOSING -> {
                    List<String> right = new ArrayList<>(b.right());
                    right.add("");
                    right.addAll(b.signer());
                    int n = Math.max(b.left().size(), right.size());
                    sb.append('\n');
                    for (int k = 0; k < n; k++) {
                        sb.append(sideBySide(k < b.left().size() ? b.left().get(k) : "", k < right.size() ? right.get(k) : ""));
                    }
                }
                default -> sb.append(b.text()).append('\n');
            }
        }
        return sb.toString().replaceAll("[ \t]+\n", "\n");
    }

    private static String sideBySide(String left, String right) {
        if (right.isEmpty()) return left + "\n";
        int pad = Math.max(4, 44 - left.length());
        return left + " ".repeat(pad) + right + "\n";
    }

    /** Removes Vietnamese diacritics: "Thông qua Kế hoạch" becomes "Thong qua Ke hoach". */
    public static String stripDiacritics(String s) {
        return org.vanban.vi.Fold.strip(s);
    }
}
