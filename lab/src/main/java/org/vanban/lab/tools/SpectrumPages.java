package org.vanban.lab.tools;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vanban.text.lm.HeldOutSplit;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * A spectrum of generated scanned pages for the OCR benches, from really clean office scans to photocopies,
 * faxes and phone photos, at 200 to 400 dpi, in 12–14 pt serif (Liberation Serif, Times-compatible) and sans
 * (Liberation Sans), plain text or a ruled table. The text comes from the corpus's held-out lines
 * ({@link HeldOutSplit}; never training lines), each page its own lines. Each page is an A4 image-only PDF, the
 * way a scanner stores it (JPEG, or lossless black and white for a fax), with its true text next to it.
 */
public final class SpectrumPages {

    /** Type face. */
    public enum Family { SERIF, SANS }

    /**
     * One level of the spectrum.
     *
     * @param name   short name (used in file names and reports)
     * @param damage how the scan is degraded
     * @param dpi    the scan's resolution (the page is rendered at it)
     * @param pt     body text size in points
     * @param family type face
     * @param table  a ruled table page instead of running text
     * @param photo  a phone photo of the page (colour, perspective, desk around it; {@code damage} is ignored)
     */
    public record Level(String name, ScanDegrader.Level damage, int dpi, double pt, Family family, boolean table,
                        boolean photo) { }

    /** The spectrum, cleanest first. */
    public static final List<Level> SPECTRUM = List.of(
            new Level("clean-13pt", ScanDegrader.Level.CLEAN, 300, 13, Family.SERIF, false, false),
            new Level("clean-14pt", ScanDegrader.Level.CLEAN, 300, 14, Family.SERIF, false, false),
            new Level("clean-12pt-sans", ScanDegrader.Level.CLEAN, 300, 12, Family.SANS, false, false),
            new Level("clean-200dpi", ScanDegrader.Level.CLEAN, 200, 13, Family.SERIF, false, false),
            new Level("clean-400dpi", ScanDegrader.Level.CLEAN, 400, 13, Family.SERIF, false, false),
            new Level("clean-table", ScanDegrader.Level.CLEAN, 300, 13, Family.SERIF, true, false),
            new Level("mild-14pt", ScanDegrader.Level.MILD, 300, 14, Family.SERIF, false, false),
            new Level("fax-200dpi", ScanDegrader.Level.FAX, 200, 13, Family.SERIF, false, false),
            new Level("phone-photo", ScanDegrader.Level.MILD, 300, 14, Family.SERIF, false, true),
            new Level("photocopy-13pt", ScanDegrader.Level.PHOTOCOPY, 300, 13, Family.SERIF, false, false),
            new Level("photocopy-table", ScanDegrader.Level.PHOTOCOPY, 300, 13, Family.SERIF, true, false),
            new Level("harsh-14pt", ScanDegrader.Level.HARSH, 300, 14, Family.SERIF, false, false));

    /** The level called {@code name}. */
    public static Level level(String name) {
        for (Level l : SPECTRUM) if (l.name().equals(name)) return l;
        throw new IllegalArgumentException("unknown spectrum level '" + name + "' (known: "
                + String.join(", ", SPECTRUM.stream().map(Level::name).toList()) + ")");
    }

    /**
     * A generated page.
     *
     * @param image the scan as stored in the PDF (grey, black and white, or colour for a photo)
     * @param dpi   its resolution over an A4 page
     * @param truth the text on the page, line by line
     */
    public record Page(BufferedImage image, int dpi, String truth) { }

    private static final double MM_PER_INCH = 25.4, A4_W_MM = 210, A4_H_MM = 297;
    private static final double LINE_FACTOR = 1.3;

    private final Font serif, serifBold, sans, sansBold;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    /** Loads the Liberation fonts; throws with the package to install when they are missing. */
    public SpectrumPages() {
        serif = load("LiberationSerif-Regular.ttf");
        serifBold = load("LiberationSerif-Bold.ttf");
        sans = load("LiberationSans-Regular.ttf");
        sansBold = load("LiberationSans-Bold.ttf");
    }

    private static Font load(String file) {
        Path p = PageRenderer.FONT_DIR.resolve(file);
        try {
            return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load font " + p + " (install fonts-liberation2): " + e.getMessage(), e);
        }
    }

    /**
     * The held-out lines of a corpus file (gzip or plain, one paragraph a line) of 60 to 700 characters, at most
     * {@code max} of them, in file order.
     */
    public static List<String> heldOutLines(Path corpus, int max) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("corpus not found: " + corpus + " (the shared corpus is ../shared/corpus/legal-vi.txt.gz)");
        }
        List<String> out = new ArrayList<>();
        var raw = Files.newInputStream(corpus);
        var in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; out.size() < max && (line = r.readLine()) != null; ) {
                if (line.length() >= 60 && line.length() <= 700 && HeldOutSplit.isHeldOut(line)) out.add(line.strip());
            }
        }
        return out;
    }

    /**
     * Renders and degrades one page of a level, taking its text from {@code lines} (each line one paragraph; the
     * page takes as many as fit, the last one cut at a line end).
     */
    public Page page(Level level, Iterator<String> lines, long seed) {
        int w = (int) Math.round(A4_W_MM / MM_PER_INCH * level.dpi());
        int h = (int) Math.round(A4_H_MM / MM_PER_INCH * level.dpi());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        List<String> truth = new ArrayList<>();
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(20, 20, 20));
            new Painter(g, level, w, h, truth).run(lines);
        } finally {
            g.dispose();
        }
        BufferedImage scan;
        if (level.photo()) {
            scan = ScanDegrader.photograph(img, seed, null);
        } else {
            scan = ScanDegrader.degrade(img, level.damage(), seed);
        }
        int dpi = (int) Math.round(scan.getWidth() / (A4_W_MM / MM_PER_INCH));
        return new Page(scan, dpi, String.join("\n", truth));
    }

    /** Writes the page as a one-page image-only A4 PDF, the way the scanner would store it. */
    public static void writePdf(Page page, Level level, Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            PDImageXObject x;
            if (!level.photo() && level.damage().bilevel()) {
                BufferedImage bw = new BufferedImage(page.image().getWidth(), page.image().getHeight(), BufferedImage.TYPE_BYTE_BINARY);
                Graphics2D g = bw.createGraphics();
                g.drawImage(page.image(), 0, 0, null);
                g.dispose();
                x = LosslessFactory.createFromImage(pdf, bw);
            } else {
                float q = level.photo() ? 0.80f : Math.max(0.90f, level.damage().jpegQuality());
                x = JPEGFactory.createFromImage(pdf, page.image(), q, page.dpi());
            }
            try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                cs.drawImage(x, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
            }
            pdf.save(out.toFile());
        }
    }

    /** Lays out and draws one page's text. */
    private final class Painter {
        private final Graphics2D g;
        private final Level level;
        private final double px, left, right, bottom, lineHeight;
        private final Font body, bold;
        private final List<String> truth;
        private double y;

        Painter(Graphics2D g, Level level, int w, int h, List<String> truth) {
            this.g = g;
            this.level = level;
            this.truth = truth;
            double mm = level.dpi() / MM_PER_INCH;
            this.px = level.dpi() / 72.0;
            this.left = 30 * mm;
            this.right = w - 17 * mm;
            this.bottom = h - 22 * mm;
            this.y = 22 * mm;
            float size = (float) (level.pt() * px);
            Font base = level.family() == Family.SANS ? sans : serif;
            Font baseBold = level.family() == Family.SANS ? sansBold : serifBold;
            this.body = base.deriveFont(size);
            this.bold = baseBold.deriveFont(size);
            this.lineHeight = level.pt() * px * LINE_FACTOR;
        }

        void run(Iterator<String> lines) {
            if (!lines.hasNext()) throw new IllegalArgumentException("no text left for the page");
            centred(lines.next(), bold);
            if (level.table()) {
                table(lines);
                if (lines.hasNext()) paragraph(lines.next());
            } else {
                while (y + lineHeight < bottom && lines.hasNext()) paragraph(lines.next());
            }
        }

        private double width(String s, Font f) {
            return f.getStringBounds(s, frc).getWidth();
        }

        /** A bold centred title, at most two lines. */
        private void centred(String text, Font f) {
            List<String> wrapped = wrap(text, f, (right - left) * 0.85, 0);
            for (String line : wrapped.subList(0, Math.min(2, wrapped.size()))) {
                y += lineHeight;
                g.setFont(f);
                g.drawString(line, (float) (left + (right - left - width(line, f)) / 2), (float) y);
                truth.add(line);
            }
            y += lineHeight * 0.6;
        }

        /** A left-aligned paragraph with a first-line indent; stops at the page bottom. */
        private void paragraph(String text) {
            double indent = 12.7 * level.dpi() / MM_PER_INCH;
            List<String> wrapped = wrap(text, body, right - left, indent);
            g.setFont(body);
            for (int i = 0; i < wrapped.size(); i++) {
                if (y + lineHeight > bottom) return;
                y += lineHeight;
                g.drawString(wrapped.get(i), (float) (left + (i == 0 ? indent : 0)), (float) y);
                truth.add(wrapped.get(i));
            }
            y += 6 * px;
        }

        /**
         * A ruled table: a numbered column and three text columns filled from the corpus lines' words (a task, a
         * unit, a term), one line per cell, rows until a third of the page is left.
         */
        private void table(Iterator<String> lines) {
            double[] share = {0.08, 0.50, 0.24, 0.18};
            double[] x = new double[share.length + 1];
            x[0] = left;
            for (int i = 0; i < share.length; i++) x[i + 1] = x[i] + share[i] * (right - left);
            double rowH = lineHeight * 1.25, pad = 1.2 * px * 2;
            float rule = (float) Math.max(1, level.dpi() / 150.0);
            double top = y + lineHeight * 0.3;
            int row = 0;
            double stop = bottom - (bottom - top) / 3;
            g.setFont(body);
            while (top + rowH * (row + 1) < stop && lines.hasNext()) {
                String[] words = lines.next().split("\\s+");
                double base = top + rowH * row + rowH * 0.72;
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(row + 1));
                int k = 0;
                for (int c = 1; c < share.length; c++) {
                    double room = x[c + 1] - x[c] - 2 * pad;
                    StringBuilder cell = new StringBuilder();
                    int maxWords = c == 1 ? 8 : 3;
                    for (int n = 0; n < maxWords && k < words.length; n++, k++) {
                        String cand = cell.isEmpty() ? words[k] : cell + " " + words[k];
                        if (width(cand, body) > room) break;
                        cell = new StringBuilder(cand);
                    }
                    cells.add(cell.toString());
                }
                StringBuilder truthRow = new StringBuilder();
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    if (cell.isEmpty()) continue;
                    g.drawString(cell, (float) (x[c] + pad), (float) base);
                    if (!truthRow.isEmpty()) truthRow.append(' ');
                    truthRow.append(cell);
                }
                truth.add(truthRow.toString());
                row++;
            }
            double end = top + rowH * row;
            for (int r = 0; r <= row; r++) {
                double ry = top + rowH * r;
                g.fill(new java.awt.geom.Rectangle2D.Double(left, ry - rule / 2, right - left, rule));
            }
            for (double cx : x) g.fill(new java.awt.geom.Rectangle2D.Double(cx - rule / 2, top, rule, end - top));
            y = end + lineHeight * 0.5;
        }

        private List<String> wrap(String text, Font f, double maxWidth, double firstIndent) {
            return PageRenderer.wrap(text, t -> width(t, f), maxWidth, firstIndent);
        }
    }

    /** A seed per level and page, so every page of a run is its own. */
    public static long seed(long base, int levelIndex, int page) {
        return new Random(base * 1_000_003L + levelIndex * 101L + page).nextLong();
    }

    /** The page image of a one-page scanned PDF as ingest reads it ({@link org.vanban.ingest.SourceReader}). */
    public static BufferedImage scannedImage(org.vanban.ingest.SourceReader reader, Path pdf) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        reader.read(pdf, new org.vanban.ingest.PageSink() {
            @Override public void textPage(int number, String text, org.vanban.model.PageSource source) { }

            @Override public void imagePage(int number, BufferedImage image) {
                images.add(image);
            }
        });
        if (images.size() != 1) throw new IllegalStateException(pdf + ": expected one scanned page, got " + images.size());
        return images.get(0);
    }
}
