package org.vanban.pdfa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.model.Correction;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.vi.Syllables;

/**
 * One document as a row of the Vietnamese document-level e-archive profile (see docs/archive-profile.md for
 * the field names and their sources): each field's value as the text gives it and a confidence 0..1.
 *
 * <p>Confidence = form × words × page × repair, each in 0..1 (0 for an empty value):
 * <ul>
 *   <li>form: how well the value has the shape of its field (a number like {@code 39/KH-UBND}, a full date, a
 *       type whose abbreviation matches the number's ký hiệu, a signer name of 2–5 capitalised syllables);</li>
 *   <li>words: the share of the value's letter tokens that are well-formed Vietnamese syllables;</li>
 *   <li>page: the OCR confidence of the page the field stands on (header fields on the first page, the
 *       signature block and recipients on the last), 1 for a born-digital text layer or office file,
 *       0.8 for a plain text file (text OCR'd elsewhere);</li>
 *   <li>repair: 1 minus, over the value's characters, the share the repair changed weighted by how unsure the
 *       repair was (1 − the correction's confidence); 1 when the value is not found verbatim in the page.</li>
 * </ul>
 *
 * @param fields profile field name → value and confidence, in profile order
 */
public record ArchiveRecord(Map<String, Field> fields) {

    /** A field's value and how far it can be trusted (0..1, two decimals). */
    public record Field(String value, double confidence) { }

    /** The field names, in the order of the CSV columns and JSON keys. */
    public static final List<String> NAMES = List.of("identifier", "codeNumber", "codeNotation", "issuedDate",
            "typeName", "subject", "organName", "signerName", "signerPosition", "recipients", "pageAmount",
            "language", "sourceFile", "pdfFile", "pdfSha256");

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,5}[a-zA-Z]?)/((?:\\d{4}/)?\\p{Lu}[\\p{Lu}\\d.]*(?:-[\\p{Lu}\\d.]+)*)");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*");

    public ArchiveRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The profile row of {@code doc}.
     *
     * @param pdfFile   the archive PDF's file name, or "" when none was written
     * @param pdfSha256 its SHA-256 (hex), or ""
     */
    public static ArchiveRecord of(VanbanDocument doc, String pdfFile, String pdfSha256) {
        Header h = doc.header();
        Page first = doc.pages().isEmpty() ? null : doc.pages().get(0);
        Page last = doc.pages().isEmpty() ? null : doc.pages().get(doc.pages().size() - 1);
        Map<String, Field> f = new LinkedHashMap<>();
        f.put("identifier", new Field(doc.id(), doc.id().isEmpty() ? 0 : 1));
        Matcher m = NUMBER.matcher(h.number().replace(" ", ""));
        boolean wellFormed = m.matches();
        String number = wellFormed ? m.group(1) : h.number();
        String notation = wellFormed ? m.group(2) : "";
        double numberForm = wellFormed ? 1.0 : h.number().contains("/") ? 0.6 : 0.3;
        f.put("codeNumber", field(number, numberForm, 1, first));
        f.put("codeNotation", field(notation, 1.0, 1, first));
        f.put("issuedDate", field(h.date(), dateForm(h.date(), notation), 1, first));
        String type = h.type() == DocType.UNKNOWN ? "" : h.type().label();
        f.put("typeName", field(type, typeForm(h.type(), notation), 1, first));
        f.put("subject", field(h.title(), words(h.title()) >= 3 ? 1.0 : 0.6, syllableShare(h.title()), first));
        f.put("organName", field(h.issuer(), 1.0, syllableShare(h.issuer()), first));
        f.put("signerName", field(h.signerName(), nameForm(h.signerName()), syllableShare(h.signerName()), last));
        String position = position(h.signerCapacity());
        f.put("signerPosition", field(position, 1.0, syllableShare(position), last));
        String recipients = String.join("; ", h.recipients());
        f.put("recipients", field(recipients, 1.0, syllableShare(recipients), last));
        f.put("pageAmount", new Field(Integer.toString(doc.pageCount()), doc.pageCount() > 0 ? 1 : 0));
        f.put("language", new Field("vi", round(syllableShare(doc.text()))));
        f.put("sourceFile", new Field(doc.sourcePath(), doc.sourcePath().isEmpty() ? 0 : 1));
        f.put("pdfFile", new Field(pdfFile == null ? "" : pdfFile, pdfFile == null || pdfFile.isEmpty() ? 0 : 1));
        f.put("pdfSha256", new Field(pdfSha256 == null ? "" : pdfSha256, pdfSha256 == null || pdfSha256.isEmpty() ? 0 : 1));
        return new ArchiveRecord(f);
    }

    /** The value of a field, or "". */
    public String value(String name) {
        Field v = fields.get(name);
        return v == null ? "" : v.value();
    }

    /** The confidence of a field, or 0. */
    public double confidence(String name) {
        Field v = fields.get(name);
        return v == null ? 0 : v.confidence();
    }

    private static Field field(String value, double form, double words, Page page) {
        String v = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (v.isEmpty()) return new Field("", 0);
        return new Field(v, round(form * words * pageFactor(page) * repairFactor(v, page)));
    }

    /** The last line of the signature block's title lines ("KT. CHỦ TỊCH, PHÓ CHỦ TỊCH" → "PHÓ CHỦ TỊCH"). */
    static String position(String capacity) {
        if (capacity == null || capacity.isBlank()) return "";
        String[] parts = capacity.split(",");
        String lastPart = parts[parts.length - 1].strip();
        return lastPart.replaceFirst("^(?:KT|TM|TL|TUQ|Q)\\.\\s*", "");
    }

    static double dateForm(String date, String notation) {
        if (date.isEmpty()) return 0;
        double form = date.length() == 10 ? 1.0 : date.length() == 7 ? 0.6 : 0.4;
        int year = Integer.parseInt(date.substring(0, 4));
        Matcher y = Pattern.compile("(?<!\\d)(\\d{4})/").matcher(notation);
        if (y.find() && Integer.parseInt(y.group(1)) != year) form *= 0.5; // 12/2021/QĐ-UBND dated 2019
        return year < 1945 || year > 2100 ? form * 0.3 : form;
    }

    static double typeForm(DocType type, String notation) {
        if (type == DocType.UNKNOWN) return 0;
        if (notation.isEmpty() || type.abbreviation().isEmpty()) return 0.8;
        String kind = notation.replaceFirst("^\\d{4}/", "").split("-")[0];
        return kind.equalsIgnoreCase(type.abbreviation()) ? 1.0 : 0.5;
    }

    static double nameForm(String name) {
        String[] w = name.strip().split("\\s+");
        if (name.isBlank()) return 0;
        int ok = 0;
        for (String s : w) if (NAME_WORD.matcher(s).matches()) ok++;
        return w.length >= 2 && w.length <= 5 && ok == w.length ? 1.0 : 0.5;
    }

    private static int words(String s) {
        return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** The share of letter tokens in {@code s} that are plausible Vietnamese syllables (1 when it has none). */
    static double syllableShare(String s) {
        int all = 0, ok = 0;
        Matcher m = LETTERS.matcher(s == null ? "" : s);
        while (m.find()) {
            all++;
            if (Syllables.isPlausible(m.group()) || isAcronym(m.group())) ok++;
        }
        return all == 0 ? 1.0 : ok / (double) all;
    }

    private static boolean isAcronym(String w) {
        return w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT)) && w.codePoints().noneMatch(Character::isLowerCase);
    }

    static double pageFactor(Page p) {
        if (p == null) return 0;
        if (p.source() == PageSource.OCR) return Math.max(0, Math.min(100, p.confidence())) / 100.0;
        return p.source() == PageSource.TEXT_FILE ? 0.8 : 1.0;
    }

    static double repairFactor(String value, Page p) {
        if (p == null || p.corrections().isEmpty()) return 1;
        int start = p.text().indexOf(value);
        if (start < 0) return 1;
        int end = start + value.length();
        double doubt = 0;
        for (Correction c : p.corrections()) {
            int from = Math.max(start, c.start()), to = Math.min(end, c.end());
            if (to > from) doubt += (to - from) * (1 - Math.max(0, Math.min(1, c.confidence())));
        }
        return Math.max(0, 1 - doubt / value.length());
    }

    private static double round(double x) {
        return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100.0;
    }
}
