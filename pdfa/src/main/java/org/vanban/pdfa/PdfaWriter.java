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
            List<PDPage> written = new ArrayList<>();
            for (ArchivePage p : pages) written.add(page(doc, p, font));
            archivalParts(doc, meta);
            outline(doc, written, outline);
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            doc.save(tmp.toFile());
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private PDPage page(PDDocument doc, ArchivePage p, PDType0Font font) throws IOException {
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
                x = LosslessFactory.createFromImage(doc, x.getImage()); // PDF/A forbids LZW
            }
        } else {
            float dpi;
            if (img instanceof PageImage.Jpeg j) {
                x = JPEGFactory.createFromByteArray(doc, j.bytes());
                dpi = j.dpi();
            } else if (img instanceof PageImage.Raster r) {
                x = LosslessFactory.createFromImage(doc, r.image());
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
            textLayer(cs, p, font, wPt / Math.max(1, p.ocrWidth()), hPt / Math.max(1, p.ocrHeight()), hPt);
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
                return LosslessFactory.createFromImage(doc, bi);
            } finally {
                r.dispose();
            }
        }
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

    /** The words, invisible, each stretched horizontally to its box; the baseline a fifth of the box above its bottom. */
    static void textLayer(PDPageContentStream cs, ArchivePage p, PDType0Font font, double sx, double sy, float hPt)
            throws IOException {
        if (p.words().isEmpty()) return;
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (TextLine line : p.words()) {
            List<WordBox> ws = line.words();
            for (int i = 0; i < ws.size(); i++) {
                WordBox w = ws.get(i);
                String text = encodable(font, java.text.Normalizer.normalize(w.text(), java.text.Normalizer.Form.NFC));
                if (text.isBlank()) continue;
                float size = (float) (w.height() * sy);
                float natural = font.getStringWidth(text) / 1000f * size;
                float stretch = natural > 0 ? (float) (w.width() * sx) / natural : 1f;
                float x = (float) (w.x() * sx);
                float y = hPt - (float) ((w.bottom() - 0.2 * w.height()) * sy);
                cs.setFont(font, size);
                cs.setTextMatrix(new Matrix(stretch, 0, 0, 1, x, y));
                cs.showText(i + 1 < ws.size() ? text + " " : text);
            }
        }
        cs.endText();
    }

    /** The text without the characters the font has no glyph for (PDF/A forbids .notdef). */
    static String encodable(PDType0Font font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                b.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException noGlyph) {
                // leave it out
            }
        });
        return b.toString();
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
