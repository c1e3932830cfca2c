package org.vanban.structure;

import org.vanban.model.Correction;
import org.vanban.model.Header;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;

/**
 * Cuts the pages of one scanned file into its logical documents (văn bản): a decision or
 * resolution followed by the plan it adopts ("KẾ HOẠCH ... (Kèm theo Quyết định số ...)"), or
 * several documents bound together, each opening with its own header.
 *
 * <p>A new document starts, after the previous one's closing (its "Nơi nhận:" or signature
 * block), at a line holding the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or a
 * document type in capitals ("KẾ HOẠCH"); the issuing-body lines just above it go with it, and
 * when a page break lies between the closing and that line the new document starts at the top
 * of the page. A part whose header says "kèm theo" (or whose predecessor issues a document
 * "kèm theo Quyết định này") is attached to the part whose number it names, else to the nearest
 * earlier part that is not itself attached. An appendix (Phụ lục) after a signature belongs to
 * the document before it, even when its title is in capitals ("KẾ HOẠCH ..."). Stateless and
 * thread-safe.
 */
public final class CompoundSplitter {
    private static final Pattern RECIPIENTS = Pattern.compile("^[^a-z0-9]*noi\\s*nhan\\b");
    private static final Pattern ATTACHED = Pattern.compile("kem\\s*theo");
    private static final Pattern APPENDIX = Pattern.compile("^[^a-z0-9]*phu\\s*luc\\b");
    private static final Pattern ATTACHED_TO_NUMBER = Pattern.compile(
            "kem\\s*theo\\s*(?:quyet\\s*dinh|nghi\\s*quyet|chi\\s*thi|ke\\s*hoach|cong\\s*van)?\\s*(?:so\\s*[:.]?\\s*)?"
                    + "(\\d{1,5}\\s*/\\s*[0-9a-z/\\-]*[a-z][0-9a-z/\\-]*)");
    private static final Pattern ADOPTS = Pattern.compile(
            "kem\\s*theo\\s*(?:quyet\\s*dinh|nghi\\s*quyet|chi\\s*thi|van\\s*ban)\\s*nay");
    /** How many lines at the top of a part are read for "kèm theo". */
    private static final int HEAD_LINES = 25;

    /** Splits a file's pages (in order) into its logical documents; a single document gives one part. */
    public List<DocumentPart> split(List<Page> pages) {
        if (pages == null) throw new IllegalArgumentException("pages must not be null");
        if (pages.isEmpty()) return List.of();
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) == null) throw new IllegalArgumentException("page " + (i + 1) + " of the list is null");
            if (i > 0) sb.append(VanbanDocument.PAGE_BREAK);
            starts[i] = sb.length();
            sb.append(pages.get(i).text());
        }
        String text = sb.toString();
        List<Line> lines = Line.split(text);
        List<Integer> cuts = boundaries(lines); // line indexes where a new part starts

        List<int[]> ranges = new ArrayList<>(); // [start, end) offsets in the joined text
        int from = 0;
        for (int c : cuts) {
            int at = lines.get(c).start();
            ranges.add(new int[]{from, at});
            from = at;
        }
        ranges.add(new int[]{from, text.length()});

        List<DocumentPart> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int[] r : ranges) {
            List<Page> partPages = pagesIn(pages, starts, r[0], r[1]);
            if (partPages.isEmpty()) continue;
            texts.add(text.substring(r[0], r[1]));
            parts.add(new DocumentPart(parts.size() + 1, partPages.get(0).number(),
                    partPages.get(partPages.size() - 1).number(), partPages, -1));
        }
        return link(parts, texts);
    }

    /** Line indexes where a new document starts. */
    private static List<Integer> boundaries(List<Line> lines) {
        List<Integer> cuts = new ArrayList<>();
        int lastClosing = -1;
        int partStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) continue;
            String f = l.folded();
            boolean closing = RECIPIENTS.matcher(f).find() || SectionParser.isSignature(l);
            if (lastClosing >= partStart && APPENDIX.matcher(f).find()) {
                lastClosing = -1; // an appendix after the signature belongs to the same document
                continue;
            }
            if (lastClosing >= partStart && !closing
                    && (HeaderParser.MOTTO.matcher(f).find() || HeaderParser.isTypeLine(l))) {
                int start = startOfHeader(lines, lastClosing, i);
                cuts.add(start);
                partStart = start;
                lastClosing = -1;
                i = Math.max(i, start);
                continue;
            }
            if (closing && i > partStart) lastClosing = i;
        }
        return cuts;
    }

    /** First line of a header whose motto or type line is at {@code i}. */
    private static int startOfHeader(List<Line> lines, int lastClosing, int i) {
        for (int j = i - 1; j > lastClosing; j--) {
            if (lines.get(j).isPageBreak() || lines.get(j).text().contains("\f")) {
                int k = j + 1;
                while (k < i && lines.get(k).isBlank()) k++;
                return k;
            }
        }
        int start = i;
        for (int j = i - 1; j > lastClosing && i - j <= 4; j--) {
            Line l = lines.get(j);
            if (l.isBlank()) continue;
            String t = l.text().strip();
            boolean issuerLine = Line.letterCount(t) >= 3 && Line.upperShare(t) >= 0.8 && !SectionParser.isSignature(l);
            boolean numberLine = l.folded().strip().matches("^s[o06]\\s*[:.].*");
            if (!issuerLine && !numberLine) break;
            start = j;
        }
        return start;
    }

    /** The pages (or page portions) covering [from, to) of the joined text. */
    private static List<Page> pagesIn(List<Page> pages, int[] starts, int from, int to) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            int ps = starts[i];
            int pe = ps + p.text().length();
            int s = Math.max(from, ps);
            int e = Math.min(to, pe);
            if (s > e || (s == e && !(p.text().isEmpty() && from <= ps && ps < to))) continue;
            if (s == ps && e == pe) {
                out.add(p);
                continue;
            }
            String portion = p.text().substring(s - ps, e - ps);
            if (portion.isBlank()) continue;
            out.add(portion(p, s - ps, e - ps));
        }
        return out;
    }

    /**
     * A page holding only [s, e) of its repaired text. The raw text is cut where the portion's
     * first (or the next portion's first) line is found in it; when it cannot be found the whole
     * raw text is kept. Corrections inside the portion are kept, shifted.
     */
    static Page portion(Page p, int s, int e) {
        String text = p.text();
        String raw = p.rawText();
        int rawStart = s == 0 ? 0 : locate(raw, text.substring(s));
        int rawEnd = e == text.length() ? raw.length() : locate(raw, text.substring(e));
        String rawPortion = raw;
        if (rawStart >= 0 && rawEnd >= 0 && rawStart <= rawEnd) rawPortion = raw.substring(rawStart, rawEnd);
        List<Correction> kept = new ArrayList<>();
        for (Correction c : p.corrections()) {
            if (c.start() >= s && c.end() <= e) {
                kept.add(new Correction(c.start() - s, c.end() - s, c.original(), c.replacement(), c.confidence()));
            }
        }
        return new Page(p.number(), rawPortion, text.substring(s, e), p.confidence(), p.source(), kept);
    }

    /**
     * Offset in {@code raw} of the line where {@code rest} starts: the first raw line that begins
     * like the first line of {@code rest} and is followed by one beginning like its second line
     * (accent-insensitively); -1 when there is none.
     */
    private static int locate(String raw, String rest) {
        List<String> want = new ArrayList<>();
        for (String l : rest.split("\n")) {
            if (!l.isBlank()) want.add(Fold.key(l));
            if (want.size() == 2) break;
        }
        if (want.isEmpty() || want.get(0).isEmpty()) return -1;
        List<Line> lines = Line.split(raw);
        for (int i = 0; i < lines.size(); i++) {
            if (!Fold.key(lines.get(i).text()).startsWith(want.get(0))) continue;
            if (want.size() < 2) return lines.get(i).start();
            for (int k = i + 1; k < lines.size(); k++) {
                if (lines.get(k).isBlank()) continue;
                if (Fold.key(lines.get(k).text()).startsWith(want.get(1))) return lines.get(i).start();
                break;
            }
        }
        return -1;
    }

    /** Sets each part's attachedToIndex. */
    private static List<DocumentPart> link(List<DocumentPart> parts, List<String> texts) {
        if (parts.size() < 2) return parts;
        HeaderParser headers = new HeaderParser();
        List<String> numbers = new ArrayList<>();
        for (String t : texts) {
            Header h = headers.parse(t);
            numbers.add(Fold.lower(h.number()).replaceAll("\\s+", ""));
        }
        List<DocumentPart> out = new ArrayList<>();
        int[] attached = new int[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            attached[k] = -1;
            if (k == 0) {
                out.add(parts.get(0));
                continue;
            }
            String head = head(texts.get(k));
            boolean says = ATTACHED.matcher(head).find();
            boolean adopted = ADOPTS.matcher(Fold.lower(texts.get(k - 1))).find();
            if (says || adopted) {
                int target = -1;
                Matcher m = ATTACHED_TO_NUMBER.matcher(head);
                if (m.find()) {
                    String n = m.group(1).replaceAll("\\s+", "");
                    for (int j = 0; j < k; j++) if (!numbers.get(j).isEmpty() && numbers.get(j).equals(n)) target = j;
                }
                if (target < 0) {
                    for (int j = k - 1; j >= 0; j--) {
                        if (attached[j] < 0) {
                            target = j;
                            break;
                        }
                    }
                }
                attached[k] = target;
            }
            DocumentPart p = parts.get(k);
            out.add(new DocumentPart(p.index(), p.firstPage(), p.lastPage(), p.pages(),
                    attached[k] < 0 ? -1 : parts.get(attached[k]).index()));
        }
        return out;
    }

    /** The folded header lines of a part: its first lines, up to the legal bases or first section. */
    private static String head(String text) {
        List<Line> lines = Line.split(text);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Line l : lines) {
            if (l.isBlank()) continue;
            String f = l.folded().strip();
            if (f.startsWith("can cu") || f.matches("^dieu\\s*\\d.*") || SectionParser.isRomanHeading(l)) break;
            sb.append(l.folded()).append(' ');
            if (++n >= HEAD_LINES) break;
        }
        return sb.toString();
    }
}
