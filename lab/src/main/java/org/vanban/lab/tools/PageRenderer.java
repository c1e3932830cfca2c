package org.vanban.lab.tools;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vanban.lab.tools.PageLayout.Rule;
import org.vanban.lab.tools.PageLayout.Run;
import org.vanban.lab.tools.PageLayout.Style;
import org.vanban.lab.tools.SourceDocument.Block;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out a {@link SourceDocument} as A4 pages the way Decree 30/2020/NĐ-CP prescribes
 * (two-column header, centred type and title, justified body in Times-like 14 pt, "Nơi nhận"
 * and signature side by side), then paints the pages as grey images at 300 dpi or as PDF pages
 * with a real text layer in an embedded Liberation Serif font.
 */
public final class PageRenderer {

    /** Directory of the Liberation fonts (Debian package fonts-liberation2). */
    public static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/liberation2");

    private static final double PT = PageLayout.DPI / 72.0;
    private static final double MM = PageLayout.DPI / 25.4;
    /** Margins per Decree 30: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
    private static final double TOP = 22 * MM, BOTTOM = 20 * MM, LEFT = 30 * MM, RIGHT = 17 * MM;
    private static final double BODY_PT = 14, LINE_FACTOR = 1.3, PARA_GAP = 6 * PT, INDENT = 12.7 * MM;
    private static final Pattern ARTICLE = Pattern.compile("^(Điều \\d+\\.)\\s");

    private final Map<Style, Font> awtFonts = new EnumMap<>(Style.class);
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<PDDocument, Map<Style, PDFont>> pdfFonts = new IdentityHashMap<>();

    /** Loads Liberation Serif from {@link #FONT_DIR}; throws when the fonts are not installed. */
    public PageRenderer() {
        for (Style s : Style.values()) {
            Path file = fontFile(s);
            try {
                awtFonts.put(s, Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load font " + file
                        + " (install fonts-liberation2): " + e.getMessage(), e);
            }
        }
    }

    /** The TrueType file of a style. */
    public static Path fontFile(Style style) {
        String name = switch (style) {
            case REGULAR -> "LiberationSerif-Regular.ttf";
            case BOLD -> "LiberationSerif-Bold.ttf";
            case ITALIC -> "LiberationSerif-Italic.ttf";
            case BOLD_ITALIC -> "LiberationSerif-BoldItalic.ttf";
        };
        Path p = FONT_DIR.resolve(name);
        if (!Files.isReadable(p)) throw new IllegalStateException("font not found: " + p + " (install fonts-liberation2)");
        return p;
    }

    // ------------------------------------------------------------------ layout

    /** Lays out the document into pages. */
    public List<PageLayout> layout(SourceDocument doc) {
        return new Layouter(doc).run();
    }

    /** Renders the document as grey A4 images at 300 dpi. */
    public List<BufferedImage> render(SourceDocument doc) {
        List<BufferedImage> out = new ArrayList<>();
        for (PageLayout p : layout(doc)) out.add(paint(p));
        return out;
    }

    /** Paints one laid-out page as a grey 2480x3508 image. */
    public BufferedImage paint(PageLayout page) {
        BufferedImage img = new BufferedImage(PageLayout.WIDTH, PageLayout.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(20, 20, 20));
            for (Run r : page.runs()) {
                g.setFont(font(r.style(), r.sizePx()));
                g.drawString(r.text(), (float) r.x(), (float) r.baseline());
            }
            for (Rule r : page.rules()) {
                g.fill(new Rectangle2D.Double(r.x1(), r.y() - r.thickness() / 2, r.x2() - r.x1(), r.thickness()));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Adds the page to a PDF as real text (born-digital), with the fonts embedded as subsets. */
    public void addTextPage(PDDocument pdf, PageLayout page) throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        float scale = (float) (72.0 / PageLayout.DPI);
        float h = p.getMediaBox().getHeight();
        Map<Style, PDFont> fonts = pdfFonts.computeIfAbsent(pdf, d -> new EnumMap<>(Style.class));
        try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
            cs.setNonStrokingColor(0.08f, 0.08f, 0.08f);
            for (Run r : page.runs()) {
                PDFont f = fonts.get(r.style());
                if (f == null) {
                    f = PDType0Font.load(pdf, fontFile(r.style()).toFile());
                    fonts.put(r.style(), f);
                }
                cs.beginText();
                cs.setFont(f, (float) (r.sizePx() * scale));
                cs.newLineAtOffset((float) (r.x() * scale), (float) (h - r.baseline() * scale));
                cs.showText(r.text());
                cs.endText();
            }
            for (Rule r : page.rules()) {
                cs.addRect((float) (r.x1() * scale), (float) (h - (r.y() + r.thickness() / 2) * scale),
                        (float) ((r.x2() - r.x1()) * scale), (float) (r.thickness() * scale));
                cs.fill();
            }
        }
    }

    /** Adds a full-page image (a scan) to a PDF as a JPEG, without any text layer. */
    public static void addImagePage(PDDocument pdf, BufferedImage image, float jpegQuality) throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        PDImageXObject x = JPEGFactory.createFromImage(pdf, image, jpegQuality, PageLayout.DPI);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
            cs.drawImage(x, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
        }
    }

    /** Writes a born-digital PDF of the whole document. */
    public void writeTextPdf(SourceDocument doc, File out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (PageLayout p : layout(doc)) addTextPage(pdf, p);
            pdf.save(out);
        } finally {
            pdfFonts.clear();
        }
    }

    /** Forgets fonts cached for a closed PDF document. */
    public void release(PDDocument pdf) { pdfFonts.remove(pdf); }

    private Font font(Style s, double sizePx) { return awtFonts.get(s).deriveFont((float) sizePx); }

    private double width(String text, Style s, double sizePx) {
        return font(s, sizePx).getStringBounds(text, frc).getWidth();
    }

    /**
     * Breaks {@code text} into lines at spaces so that each line's {@code width} fits {@code maxWidth}, the first
     * line {@code firstIndent} less (a word longer than a line gets a line of its own).
     */
    static List<String> wrap(String text, java.util.function.ToDoubleFunction<String> width, double maxWidth, double firstIndent) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double limit = maxWidth - firstIndent;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.applyAsDouble(candidate) > limit) {
                out.add(line.toString());
                line = new StringBuilder(word);
                limit = maxWidth;
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    /** Walks the blocks and fills pages. */
    private final class Layouter {
        private final SourceDocument doc;
        private final List<PageLayout> pages = new ArrayList<>();
        private List<Run> runs = new ArrayList<>();
        private List<Rule> rules = new ArrayList<>();
        private List<String> lines = new ArrayList<>();
        private Point2D anchor;
        private double y;
        private final double contentWidth = PageLayout.WIDTH - LEFT - RIGHT;
        private final double bottom = PageLayout.HEIGHT - BOTTOM;

        Layouter(SourceDocument doc) {
            this.doc = doc;
            startPage();
        }

        List<PageLayout> run() {
            boolean firstTitle = true;
            for (Block b : doc.blocks()) {
                switch (b.kind()) {
                    case HEADER -> header();
                    case PAGE_BREAK -> newPage();
                    case TITLE -> {
                        if (firstTitle) y += 0.6 * lineHeight(BODY_PT);
                        firstTitle = false;
                        centred(b.text(), Style.BOLD, BODY_PT, contentWidth * 0.85);
                    }
                    case NOTE -> centred(b.text(), Style.ITALIC, BODY_PT, contentWidth * 0.85);
                    case HEADING -> paragraph(b.text(), Style.BOLD, true);
                    case PARAGRAPH -> paragraph(b.text(), Style.REGULAR, true);
                    case CLOSING -> closing(b);
                }
                if (b.kind() == SourceDocument.Kind.HEADER) firstTitle = true;
            }
            finishPage();
            return pages;
        }

        private double lineHeight(double pt) { return pt * PT * LINE_FACTOR; }

        private void startPage() {
            runs = new ArrayList<>();
            rules = new ArrayList<>();
            lines = new ArrayList<>();
            anchor = null;
            y = TOP;
            int number = pages.size() + 1;
            if (number > 1) { // page number centred in the top margin from page 2 on (Decree 30)
                String n = String.valueOf(number);
                double size = 13 * PT;
                runs.add(new Run(n, (PageLayout.WIDTH - width(n, Style.REGULAR, size)) / 2, TOP - 2 * MM, size, Style.REGULAR));
                lines.add(n);
                y = TOP + 6 * MM;
            }
        }

        private void finishPage() {
            pages.add(new PageLayout(pages.size() + 1, runs, rules, anchor, lines));
        }

        private void newPage() {
            finishPage();
            startPage();
        }

        /** Advances to the next baseline, breaking the page when it would not fit. */
        private double nextBaseline(double pt) {
            double lh = lineHeight(pt);
            if (y + lh > bottom) newPage();
            y += lh;
            return y - (LINE_FACTOR - 1) * pt * PT * 0.5 - 0.22 * pt * PT;
        }

        private void header() {
            double leftW = contentWidth * 0.40, rightX = LEFT + leftW, rightW = contentWidth - leftW;
            List<String[]> left = new ArrayList<>();
            if (!doc.get("superior").isBlank()) left.add(new String[]{doc.get("superior"), "R"});
            for (String l : doc.issuerLines()) left.add(new String[]{l, "B"});
            double top = y;
            double yl = top, yr = top;
            List<String> leftText = new ArrayList<>(), rightText = new ArrayList<>();
            for (String[] l : left) {
                Style s = l[1].equals("B") ? Style.BOLD : Style.REGULAR;
                double size = fit(l[0], s, 13 * PT, leftW * 0.94);
                yl += lineHeight(13) * 0.95;
                runs.add(new Run(l[0], LEFT + (leftW - width(l[0], s, size)) / 2, yl, size, s));
                leftText.add(l[0]);
            }
            double ruleW = leftW / 3;
            rules.add(new Rule(LEFT + (leftW - ruleW) / 2, LEFT + (leftW + ruleW) / 2, yl + 3 * MM, 3));
            String motto1 = SourceDocument.MOTTO.get(0), motto2 = SourceDocument.MOTTO.get(1);
            double s1 = fit(motto1, Style.BOLD, 13 * PT, rightW);
            yr += lineHeight(13) * 0.95;
            runs.add(new Run(motto1, rightX + (rightW - width(motto1, Style.BOLD, s1)) / 2, yr, s1, Style.BOLD));
            double s2 = 14 * PT, w2 = width(motto2, Style.BOLD, s2);
            yr += lineHeight(13) * 0.95;
            runs.add(new Run(motto2, rightX + (rightW - w2) / 2, yr, s2, Style.BOLD));
            rules.add(new Rule(rightX + (rightW - w2) / 2, rightX + (rightW + w2) / 2, yr + 3 * MM, 3));
            rightText.add(motto1);
            rightText.add(motto2);
            for (int k = 0; k < Math.max(leftText.size(), rightText.size()); k++) {
                String l = k < leftText.size() ? leftText.get(k) : "", r = k < rightText.size() ? rightText.get(k) : "";
                lines.add((l + "    " + r).strip());
            }
            double numberY = Math.max(yl, yr) + lineHeight(13) * 1.45;
            String number = doc.numberLine(), date = doc.dateLine();
            double ns = 13 * PT, ds = fit(date, Style.ITALIC, 14 * PT, rightW);
            runs.add(new Run(number, LEFT + (leftW - width(number, Style.REGULAR, ns)) / 2, numberY, ns, Style.REGULAR));
            runs.add(new Run(date, rightX + (rightW - width(date, Style.ITALIC, ds)) / 2, numberY, ds, Style.ITALIC));
            lines.add(number + "    " + date);
            y = numberY + lineHeight(13) * 0.6;
        }

        private double fit(String text, Style s, double size, double maxWidth) {
            double w = width(text, s, size);
            return w <= maxWidth * 0.96 ? size : size * maxWidth * 0.96 / w;
        }

        private void centred(String text, Style style, double pt, double maxWidth) {
            double size = pt * PT;
            for (String line : wrap(text, style, size, maxWidth, 0)) {
                double base = nextBaseline(pt);
                runs.add(new Run(line, LEFT + (contentWidth - width(line, style, size)) / 2, base, size, style));
                lines.add(line);
            }
            y += PARA_GAP * 0.5;
        }

        /** A justified paragraph with a first-line indent; "Điều N." at its start is bold. */
        private void paragraph(String text, Style style, boolean indent) {
            double size = BODY_PT * PT;
            String boldPrefix = null;
            Matcher m = ARTICLE.matcher(text);
            if (m.find() && style == Style.REGULAR) boldPrefix = m.group(1);
            List<String> wrapped = wrap(text, style, size, contentWidth, indent ? INDENT : 0);
            int boldWordsLeft = boldPrefix == null ? 0 : boldPrefix.split(" ").length;
            for (int li = 0; li < wrapped.size(); li++) {
                String line = wrapped.get(li);
                double base = nextBaseline(BODY_PT);
                double x0 = LEFT + (li == 0 && indent ? INDENT : 0);
                double avail = LEFT + contentWidth - x0;
                String[] words = line.split(" ");
                Style[] styles = new Style[words.length];
                double wordsWidth = 0;
                for (int k = 0; k < words.length; k++) {
                    styles[k] = boldWordsLeft-- > 0 ? Style.BOLD : style;
                    wordsWidth += width(words[k], styles[k], size);
                }
                boolean last = li == wrapped.size() - 1;
                double space = width(" ", style, size);
                double gap = (!last && words.length > 1) ? (avail - wordsWidth) / (words.length - 1) : space;
                if (gap > space * 3) gap = space; // do not stretch a line with very few words
                double x = x0;
                for (int k = 0; k < words.length; k++) {
                    runs.add(new Run(words[k], x, base, size, styles[k]));
                    x += width(words[k], styles[k], size) + gap;
                }
                lines.add(line);
            }
            y += PARA_GAP;
        }

        private List<String> wrap(String text, Style style, double size, double maxWidth, double firstIndent) {
            return PageRenderer.wrap(text, t -> width(t, style, size), maxWidth, firstIndent);
        }

        /** "Nơi nhận" list on the left, signature block on the right, kept on one page. */
        private void closing(Block b) {
            double leftW = contentWidth * 0.45, rightX = LEFT + leftW, rightW = contentWidth - leftW;
            double signLh = lineHeight(14), listLh = lineHeight(11) * 0.95;
            double gapH = 30 * MM;
            double leftH = lineHeight(12) + (b.left().size() - 1) * listLh;
            double rightH = (b.right().size() + b.signer().size()) * signLh + gapH;
            double need = Math.max(leftH, rightH) + 4 * MM;
            if (y + need > bottom) newPage();
            double top = y + 2 * MM;
            double yl = top;
            List<String> leftText = new ArrayList<>(), rightText = new ArrayList<>();
            for (int k = 0; k < b.left().size(); k++) {
                String l = b.left().get(k);
                boolean head = k == 0;
                double size = (head ? 12 : 11) * PT;
                Style s = head ? Style.BOLD_ITALIC : Style.REGULAR;
                yl += head ? lineHeight(12) : listLh;
                runs.add(new Run(l, LEFT, yl, size, s));
                leftText.add(l);
            }
            double yr = top;
            for (String r : b.right()) {
                yr += signLh;
                double size = fit(r, Style.BOLD, 14 * PT, rightW);
                runs.add(new Run(r, rightX + (rightW - width(r, Style.BOLD, size)) / 2, yr, size, Style.BOLD));
                rightText.add(r);
            }
            anchor = new Point2D.Double(rightX + rightW / 2, yr + gapH / 2);
            yr += gapH;
            for (String r : b.signer()) {
                yr += signLh;
                double size = 14 * PT;
                runs.add(new Run(r, rightX + (rightW - width(r, Style.BOLD, size)) / 2, yr, size, Style.BOLD));
                rightText.add(r);
            }
            int n = Math.max(leftText.size(), rightText.size());
            for (int k = 0; k < n; k++) {
                String l = k < leftText.size() ? leftText.get(k) : "", r = k < rightText.size() ? rightText.get(k) : "";
                lines.add((l + "    " + r).strip());
            }
            y = Math.max(yl, yr) + PARA_GAP;
        }
    }
}
