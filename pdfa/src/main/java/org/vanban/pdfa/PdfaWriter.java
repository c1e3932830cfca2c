package org.vanban.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a PDF/A-2u file: each page shows its source image (JPEG bytes embedded as they are, other rasters
 * stored losslessly with Flate; born-digital PDF pages copied whole), with the repaired words as an
 * invisible text layer (render mode 3) at their word boxes in an embedded subset of Liberation Serif,
 * an sRGB ICC output intent, the XMP packet of {@link XmpPacket} and an outline.
 */
public final class PdfaWriter {

    /** Liberation Serif (SIL OFL 1.1), from Debian's fonts-liberation2, installed by the vanban launcher. */
    public static final Path DEFAULT_FONT =
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    static final String PRODUCER = "vanban (Apache PDFBox)";

    /** An outline entry: {@code title} pointing at 0-based {@code page}, nested at {@code level} (0 = top). */
    public record OutlineEntry(String title, int page, int level) { }

    private final Path fontFile;

    public PdfaWriter() { this(DEFAULT_FONT); }

    public PdfaWriter(Path fontFile) {
        this.fontFile = fontFile;
    }

    public void write(List<ArchivePage> pages, ArchiveMetadata meta, List<OutlineEntry> outline, Path out)
            throws IOException {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to write");
        if (!Files.isReadable(fontFile)) {
            throw new IOException("font for the text layer not found: " + fontFile
                    + " (install Debian's fonts-liberation2; ./vanban does it)");
        }
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
            GapBridge bridge = GapBridge.create(doc);
            List<PDPage> written = new ArrayList<>();
            for (ArchivePage p : pages) written.add(page(doc, p, font, bridge));
            archivalParts(doc, meta);
            outline(doc, written, outline);
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            doc.save(tmp.toFile());
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private PDPage page(PDDocument doc, ArchivePage p, PDType0Font font, GapBridge bridge) throws IOException {
        PageImage img = p.image();
        if (img instanceof PageImage.PdfPage pp && pp.keepPage()) {
            return doc.importPage(pp.source().getPage(pp.index()));
        }
        PDImageXObject x;
        float wPt, hPt;
        if (img instanceof PageImage.PdfPage pp) {
            PDPage src = pp.source().getPage(pp.index());
            x = largestImage(src);
            PDRectangle box = src.getMediaBox();
            wPt = box.getWidth();
            hPt = box.getHeight();
            if (x == null) throw new IOException("page " + (pp.index() + 1) + " has no image to carry over");
            if (x.getStream().getFilters().contains(org.apache.pdfbox.cos.COSName.LZW_DECODE)) {
                x = lossless(doc, x.getImage()); // PDF/A forbids LZW
            }
        } else {
            float dpi;
            if (img instanceof PageImage.Jpeg j) {
                x = JPEGFactory.createFromByteArray(doc, j.bytes());
                dpi = j.dpi();
            } else if (img instanceof PageImage.Raster r) {
                x = lossless(doc, r.image());
                dpi = r.dpi();
            } else {
                PageImage.Tiff t = (PageImage.Tiff) img;
                x = tiffFrame(doc, t);
                dpi = t.dpi();
            }
            wPt = x.getWidth() * 72f / dpi;
            hPt = x.getHeight() * 72f / dpi;
        }
        PDPage page = new PDPage(new PDRectangle(wPt, hPt));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, wPt, hPt);
            textLayer(cs, p, font, bridge, wPt / Math.max(1, p.ocrWidth()), hPt / Math.max(1, p.ocrHeight()), hPt);
        }
        return page;
    }

    private static PDImageXObject tiffFrame(PDDocument doc, PageImage.Tiff t) throws IOException {
        if (t.frame() == 0) {
            try {
                return org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory.createFromFile(doc, t.file().toFile());
            } catch (IOException | IllegalArgumentException notCcitt) {
                // not CCITT G3/G4: decode below
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(t.file().toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no TIFF reader for " + t.file());
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                BufferedImage bi = r.read(t.frame());
                return lossless(doc, bi);
            } finally {
                r.dispose();
            }
        }
    }

    /**
     * Pixels stored losslessly with Flate. An 8-bit grey raster (what scans mostly are) is deflated straight from
     * its byte buffer: PDFBox's LosslessFactory writes grey samples bit by bit through an image output stream,
     * which cost more than the deflating itself. Other rasters go through LosslessFactory.
     */
    static PDImageXObject lossless(PDDocument doc, BufferedImage img) throws IOException {
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY
                || !(img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte buf)
                || img.getRaster().getParent() != null) {
            return LosslessFactory.createFromImage(doc, img);
        }
        int w = img.getWidth(), h = img.getHeight();
        java.awt.image.ComponentSampleModel sm = (java.awt.image.ComponentSampleModel) img.getRaster().getSampleModel();
        byte[] data = buf.getData();
        int stride = sm.getScanlineStride(), offset = buf.getOffset();
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream(w * h / 8 + 1024);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(packed, deflater, 1 << 16)) {
            for (int y = 0; y < h; y++) z.write(data, offset + y * stride, w);
        } finally {
            deflater.end();
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(packed.toByteArray()),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE, w, h, 8,
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
    }

    private static PDImageXObject largestImage(PDPage src) throws IOException {
        PDImageXObject best = null;
        for (var name : src.getResources().getXObjectNames()) {
            if (src.getResources().getXObject(name) instanceof PDImageXObject im
                    && (best == null || (long) im.getWidth() * im.getHeight() > (long) best.getWidth() * best.getHeight())) {
                best = im;
            }
        }
        return best;
    }

    /**
     * The words, invisible, line by line: every word of a line on one baseline (the median bottom of its boxes,
     * where the ink of letters without descenders ends) in one font size, each word stretched horizontally to its
     * box, and a space stretched over the gap to the next word. A viewer's or {@code pdftotext}'s layout analysis
     * then sees each OCR line as one line of text with its words in order (words of one line in sizes and on
     * baselines of their own fall apart into separate lines and blocks). A gap wider than {@link #BRIDGED_GAP} em
     * (two columns on one row) gets a space at either end and a {@link GapBridge} between them, so that the row
     * stays one line of text, read left to right, rather than two columns read one after the other.
     */
    static void textLayer(PDPageContentStream cs, ArchivePage p, PDType0Font font, GapBridge bridge,
                          double sx, double sy, float hPt)
            throws IOException {
        if (p.words().isEmpty()) return;
        Glyphs glyphs = new Glyphs(font);
        List<List<String>> texts = new ArrayList<>();
        List<List<WordBox>> boxes = new ArrayList<>();
        List<LineGeometry> geometry = new ArrayList<>();
        for (TextLine line : p.words()) {
            List<String> ts = new ArrayList<>();
            List<WordBox> ws = new ArrayList<>();
            for (WordBox w : line.words()) {
                String text = glyphs.encodable(java.text.Normalizer.normalize(w.text(), java.text.Normalizer.Form.NFC));
                if (text.isBlank()) continue;
                ts.add(text);
                ws.add(w);
            }
            if (ws.isEmpty()) continue;
            texts.add(ts);
            boxes.add(ws);
            geometry.add(LineGeometry.of(ws));
        }
        double bodyEm = LineGeometry.bodyEm(geometry);
        float spaceUnits = font.getStringWidth(" ");
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (int l = 0; l < boxes.size(); l++) {
            List<WordBox> ws = boxes.get(l);
            LineGeometry g = geometry.get(l);
            float size = (float) Math.max(1, g.snapped(bodyEm) * sy);
            cs.setFont(font, size);
            for (int i = 0; i < ws.size(); i++) {
                WordBox w = ws.get(i);
                String text = texts.get(l).get(i);
                float natural = font.getStringWidth(text) / 1000f * size;
                // a gap of at least MIN_GAP em before the next word (boxes shared by a split touch): text
                // extraction writes a space only where it sees one
                double width = w.width();
                if (i + 1 < ws.size()) {
                    double room = ws.get(i + 1).x() - w.x() - LineGeometry.MIN_GAP * g.snapped(bodyEm);
                    width = Math.max(0.5 * w.width(), Math.min(width, room));
                }
                float stretch = natural > 0 ? (float) (width * sx) / natural : 1f;
                float y = hPt - (float) (g.baselineAt(w.x() + w.width() / 2, bodyEm) * sy);
                cs.setTextMatrix(new Matrix(stretch, 0, 0, 1, (float) (w.x() * sx), y));
                glyphs.show(cs, text);
                if (i + 1 < ws.size()) {
                    double end = w.x() + width;
                    float gap = (float) ((ws.get(i + 1).x() - end) * sx);
                    float space = spaceUnits / 1000f * size;
                    float x = (float) (end * sx);
                    float ys = hPt - (float) (g.baselineAt(end, bodyEm) * sy);
                    if (gap <= BRIDGED_GAP * size || space <= 0) {
                        space(cs, glyphs, space, x, ys, Math.max(gap, 0.05f * space));
                        continue;
                    }
                    float pad = BRIDGE_PAD * size, x2 = x + gap - pad;
                    float ye = hPt - (float) (g.baselineAt(ws.get(i + 1).x(), bodyEm) * sy);
                    space(cs, glyphs, space, x, ys, pad);
                    bridge.show(cs, size, x + pad, ys, gap - 2 * pad);
                    cs.setFont(font, size);
                    space(cs, glyphs, space, x2, ye, pad);
                }
            }
        }
        cs.endText();
    }

    /** Gaps wider than this (em) are bridged: poppler splits a line into blocks at gaps over 0.7 em. */
    static final float BRIDGED_GAP = 0.6f;
    /** The space either side of a bridge (em): wider than poppler's 0.1 em that separates two words. */
    static final float BRIDGE_PAD = 0.2f;

    /** A space glyph (natural advance {@code space} points) stretched to {@code width} at (x, y). */
    private static void space(PDPageContentStream cs, Glyphs glyphs, float space, float x, float y, float width)
            throws IOException {
        cs.setTextMatrix(new Matrix(space > 0 ? width / space : 1f, 0, 0, 1, x, y));
        glyphs.show(cs, " ");
    }

    /**
     * Where a line's text goes, in image pixels (see {@link #bodyEm} for the size it is written in). The baseline
     * runs through the bottoms of the line's letter-sized boxes (at least half the tallest box's height, so that a
     * dash or a comma, which end above the baseline, do not count): at their median, with the slope of their least
     * squares line when the page is tilted (a photo, a skewed scan), so that each word sits on its ink. The tilt is
     * followed (on lines without a gap of {@link #MAX_GAP} em: columns side by side) only to {@link #MAX_DRIFT} em either side of the median: text extraction keeps the words of a line
     * together only while their baselines stay within half an em of the first word's. The font size (em) is the
     * height from the highest box top to the median over {@link #TOP_EM}, the share of the em that Liberation
     * Serif's accented letters reach above the baseline.
     *
     * @param baseline the median baseline
     * @param slope    pixels down per pixel right
     * @param centre   the x at which the baseline is {@code baseline}
     * @param emPx     the line's own em
     */
    record LineGeometry(double baseline, double slope, double centre, double emPx) {
        static final double TOP_EM = 0.8;
        static final double MAX_DRIFT = 0.2;
        static final double MAX_GAP = 2.0;
        static final double MIN_GAP = 0.2;

        static LineGeometry of(List<WordBox> ws) {
            double top = Double.MAX_VALUE, tallest = 0;
            for (WordBox w : ws) {
                top = Math.min(top, w.y());
                tallest = Math.max(tallest, w.height());
            }
            double letterSized = 0.5 * tallest;
            List<WordBox> letters = ws.stream().filter(w -> w.height() >= letterSized).toList();
            double[] bottoms = letters.stream().mapToDouble(WordBox::bottom).sorted().toArray();
            double base = bottoms[bottoms.length / 2];
            double mx = 0, my = 0;
            for (WordBox w : letters) {
                mx += w.x() + w.width() / 2;
                my += w.bottom();
            }
            mx /= letters.size();
            my /= letters.size();
            double sxy = 0, sxx = 0;
            for (WordBox w : letters) {
                double dx = w.x() + w.width() / 2 - mx;
                sxy += dx * (w.bottom() - my);
                sxx += dx * dx;
            }
            double em = Math.max(1, (base - top) / TOP_EM);
            boolean gapped = false; // two columns on one row (a header, a closing block): their heights are no slope
            for (int i = 1; i < ws.size(); i++) gapped |= ws.get(i).x() - ws.get(i - 1).right() > MAX_GAP * em;
            double slope = !gapped && letters.size() >= 3 && sxx > 0 ? sxy / sxx : 0;
            if (Math.abs(slope) > 0.1) slope = 0; // no tilt of 6 degrees or more: words of two lines, not a slope
            // the median's x on the fitted line: where the line through the mean meets the median
            double centre = slope == 0 ? mx : mx + (base - my) / slope;
            return new LineGeometry(base, slope, centre, em);
        }

        /** The baseline at {@code x}: on the tilt, at most {@link #MAX_DRIFT} of the body em off the median. */
        double baselineAt(double x, double bodyEm) {
            double limit = MAX_DRIFT * snapped(bodyEm);
            return baseline + Math.max(-limit, Math.min(limit, slope * (x - centre)));
        }

        /**
         * The size of the page's body text: the median em of its lines. Lines within {@link #SNAP} of it are
         * written in it: their ems differ only by which letters they hold (capitals, stacked accents), and text
         * extraction keeps lines in one block only when their font sizes agree within a few percent.
         */
        static double bodyEm(List<LineGeometry> lines) {
            if (lines.isEmpty()) return 0;
            double[] ems = lines.stream().mapToDouble(LineGeometry::emPx).sorted().toArray();
            return ems[ems.length / 2];
        }

        static final double SNAP = 1.35;

        /** This line's em, or the body's when they are within {@link #SNAP} of each other. */
        double snapped(double bodyEm) {
            return bodyEm > 0 && emPx <= bodyEm * SNAP && emPx >= bodyEm / SNAP ? bodyEm : emPx;
        }
    }

    /**
     * The text layer's glyphs: each character's code in the embedded font, looked up once per file. Text is shown
     * with these codes directly ({@code <codes> Tj}, each character added to the font subset) rather than through
     * {@link PDPageContentStream#showText}, which runs the font's GSUB rules (ligatures, a regex splitter built per
     * call) on every word: an invisible layer of precomposed NFC text needs one glyph per character, and the
     * subset's ToUnicode map is then exact. Not thread-safe (one per page being written).
     */
    static final class Glyphs {
        private static final byte[] NONE = new byte[0];
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private final PDType0Font font;
        private final java.util.Map<Integer, byte[]> codes = new java.util.HashMap<>();

        Glyphs(PDType0Font font) {
            this.font = font;
        }

        /** The code of {@code cp}, empty when the font has no glyph for it. */
        private byte[] code(int cp) {
            return codes.computeIfAbsent(cp, c -> {
                try {
                    return font.encode(new String(Character.toChars(c)));
                } catch (IOException | IllegalArgumentException noGlyph) {
                    return NONE;
                }
            });
        }

        /** The text without the characters the font has no glyph for (PDF/A forbids .notdef). */
        String encodable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().filter(cp -> code(cp).length > 0).forEach(b::appendCodePoint);
            return b.toString();
        }

        /** {@code <codes> Tj} for an {@link #encodable} text, its characters added to the subset. */
        void show(PDPageContentStream cs, String text) throws IOException {
            StringBuilder b = new StringBuilder(text.length() * 4 + 6).append('<');
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                byte[] c = code(cp);
                if (c.length == 0) continue;
                font.addToSubset(cp);
                for (byte x : c) b.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
            }
            cs.appendRawCommands(b.append("> Tj\n").toString());
        }
    }

    private static void archivalParts(PDDocument doc, ArchiveMetadata meta) throws IOException {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        String xmp = XmpPacket.of(meta, now, PRODUCER, PRODUCER);
        PDMetadata md = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        doc.getDocumentCatalog().setMetadata(md);
        PDDocumentInformation info = doc.getDocumentInformation();
        if (!meta.title().isEmpty()) info.setTitle(meta.title());
        if (!meta.issuer().isEmpty()) info.setAuthor(meta.issuer());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        doc.getDocumentCatalog().setLanguage("vi");
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static void outline(PDDocument doc, List<PDPage> pages, List<OutlineEntry> entries) {
        if (entries == null || entries.isEmpty()) return;
        PDDocumentOutline root = new PDDocumentOutline();
        List<PDOutlineItem> stack = new ArrayList<>();
        for (OutlineEntry e : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.title());
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(pages.get(Math.max(0, Math.min(e.page(), pages.size() - 1))));
            item.setDestination(dest);
            int level = Math.max(0, Math.min(e.level(), stack.size()));
            while (stack.size() > level) stack.remove(stack.size() - 1);
            if (stack.isEmpty()) root.addLast(item); else stack.get(stack.size() - 1).addLast(item);
            stack.add(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(root);
    }
}
