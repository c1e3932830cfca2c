package org.vanban.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's legal bases (Căn cứ ...), recipients (Nơi nhận) and signature block
 * (capacity lines and signer name). The closing blocks are often printed side by side ("Nơi
 * nhận:" on the left, "TM. ỦY BAN NHÂN DÂN" on the right, on the same lines): a line is cut into
 * its two columns at a wide gap. Matching is accent-insensitive. Thread-safe.
 */
final class HeaderDetailsParser {
    private static final Pattern BASIS = Pattern.compile("^(can\\s*cu|thuc\\s*hien)\\b");
    private static final Pattern BASIS_END = Pattern.compile(
            "^(can\\s*cu|thuc\\s*hien|xet|theo\\s*de\\s*nghi|quyet\\s*(dinh|nghi)\\s*:|dieu\\s*\\d|[ivx]+\\s*\\.)");
    private static final Pattern CITES = Pattern.compile("\\d+\\s*/\\s*[a-z]|\\bluat\\b|nghi\\s*quyet|quyet\\s*dinh|ke\\s*hoach|chi\\s*thi");
    private static final Pattern RECIPIENTS = Pattern.compile("^[^a-z0-9]*noi\\s*nhan\\s*:?");
    private static final Pattern GAP = Pattern.compile("\\S(\\s{3,})\\S");
    /** A signature title closing a line after other text, when no wide gap separates them. */
    private static final Pattern RIGHT_SIGNATURE = Pattern.compile(
            "\\s((?:T/?M|K/?T|T/?L|TUQ)\\s*\\.\\s*\\p{Lu}[\\p{Lu}\\s.]*|(?:PHÓ\\s+)?CHỦ\\s+TỊCH)\\s*$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(đã ký|da ky|ký tên|ky ten|đóng dấu|dong dau|\\d|[:;/]).*");
    /** Non-blank lines at the top that can hold no signature (the header). */
    private static final int HEADER_LINES = 8;

    HeaderDetails parse(String text) {
        List<Line> lines = Line.split(text);
        return new HeaderDetails(signer(lines)[0], signer(lines)[1], recipients(lines), legalBases(lines));
    }

    private static List<String> legalBases(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String f = l.folded().strip();
            if (f.matches("^dieu\\s*1\\b.*") || SectionParser.isRomanHeading(l)) break;
            Matcher b = BASIS.matcher(f);
            if (!b.find() || !Character.isUpperCase(l.text().strip().charAt(0))) continue;
            StringBuilder sb = new StringBuilder(l.text().strip());
            int j = i + 1;
            for (; j < lines.size(); j++) {
                if (sb.toString().matches("(?s).*[;.]$")) break;
                Line n = lines.get(j);
                String nf = n.folded().strip();
                if (n.isBlank() || BASIS_END.matcher(nf).find() || HeaderParser.isTypeLine(n)) break;
                sb.append(' ').append(n.text().strip());
            }
            String basis = sb.toString().replaceAll("\\s+", " ").replaceAll("[\\s,;.]+$", "");
            if (b.group(1).startsWith("can") || CITES.matcher(org.vanban.vi.Fold.lower(basis)).find()) {
                // "Thực hiện ..., Ủy ban nhân dân ban hành Kế hoạch như sau:" keeps only the cited part
                out.add(basis.replaceFirst("(?i),\\s*(Ủy ban|UBND|Uỷ ban|Uy ban)[^,]*(như sau|nhu sau).*$", ""));
            }
            i = j - 1;
        }
        return out;
    }

    /** {left, right} columns of a line; right is "" when there is no wide gap. */
    private static String[] columns(Line l) {
        String t = l.text();
        String stripped = t.strip();
        if (stripped.isEmpty()) return new String[]{"", ""};
        int lead = t.indexOf(stripped.charAt(0));
        if (lead >= 20) return new String[]{"", stripped}; // only the right column
        Matcher g = GAP.matcher(t);
        if (g.find(lead)) return new String[]{t.substring(0, g.start(1)).strip(), t.substring(g.end(1)).strip()};
        // OCR may close the gap: "Nơi nhận: - TM. ỦY BAN NHÂN DÂN", "~ UBND tỉnh; CHỦ TỊCH"
        Matcher sig = RIGHT_SIGNATURE.matcher(t);
        if (sig.find() && sig.start(1) > lead
                && !t.substring(lead, sig.start(1)).strip().matches("(?i)(T/?M|K/?T|T/?L|TUQ|PHÓ|PHO)\\.?")) {
            return new String[]{t.substring(0, sig.start(1)).strip(), t.substring(sig.start(1)).strip()};
        }
        return new String[]{stripped, ""};
    }

    private static List<String> recipients(List<Line> lines) {
        List<String> out = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (RECIPIENTS.matcher(lines.get(i).folded()).find()) at = i;
        }
        if (at < 0) return out;
        String first = columns(lines.get(at))[0];
        Matcher m = RECIPIENTS.matcher(org.vanban.vi.Fold.lower(first));
        String rest = m.find() ? first.substring(m.end()).strip() : "";
        if (!rest.isEmpty()) out.add(rest);
        int blanks = 0;
        for (int i = at + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                if (++blanks >= 2 || l.isPageBreak()) break;
                continue;
            }
            blanks = 0;
            String left = columns(l)[0];
            if (left.isEmpty()) continue;
            if (left.matches("^[-+•*–~].*")) {
                out.add(left.replaceFirst("^[-+•*–~]\\s*", ""));
            } else if (!out.isEmpty() && Character.isLowerCase(left.charAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + left);
            } else {
                break;
            }
        }
        out.replaceAll(s -> s.replaceFirst("^[-+•*–~]\\s*", "").replaceAll("\\s+", " ").replaceAll("[\\s,;]+$", "").replaceAll("\\.$", "")
                .replaceAll("\\./$", "").strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** {name, capacity}. */
    private static String[] signer(List<Line> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) continue;
            if (++nonBlank <= HEADER_LINES) continue;
            String right = signaturePart(l);
            if (right == null) continue;
            List<String> capacity = new ArrayList<>();
            capacity.add(right);
            String name = "";
            for (int j = i + 1; j < lines.size() && j <= i + 10; j++) {
                Line n = lines.get(j);
                if (n.isBlank()) continue;
                String part = signaturePart(n);
                if (part != null && name.isEmpty()) {
                    capacity.add(part);
                    continue;
                }
                String[] cols = columns(n);
                String cand = !cols[1].isEmpty() ? cols[1] : cols[0].matches("^[-+•*–~].*") ? "" : cols[0];
                if (cand.isEmpty()) continue;
                if (Line.upperShare(cand) >= 0.8 && capacity.size() < 4 && !looksLikeName(cand)) {
                    capacity.add(cand);
                    continue;
                }
                if (looksLikeName(cand)) {
                    name = cand;
                    break;
                }
            }
            return new String[]{name, String.join(", ", capacity)};
        }
        return new String[]{"", ""};
    }

    /** The signature title in a line (either column), or null. */
    private static String signaturePart(Line l) {
        String[] cols = columns(l);
        for (String c : new String[]{cols[1], cols[0]}) {
            if (c.isEmpty()) continue;
            Line probe = Line.split(c).get(0);
            if (SectionParser.isSignature(probe)) return c;
        }
        return null;
    }

    /** A person's name: two to six words, each capitalised, no digits or punctuation marks. */
    static boolean looksLikeName(String s) {
        String t = s.strip();
        if (NOT_A_NAME.matcher(t).matches() || t.startsWith("(")) return false;
        String[] w = t.split("\\s+");
        if (w.length < 2 || w.length > 6) return false;
        for (String x : w) if (!Character.isUpperCase(x.charAt(0))) return false;
        return Line.upperShare(t) < 0.8;
    }
}
