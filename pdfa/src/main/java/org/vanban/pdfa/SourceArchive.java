package org.vanban.pdfa;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vanban.ingest.FileHashing;
import org.vanban.ingest.IngestException;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceReader;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;
import org.vanban.ocr.OcrException;
import org.vanban.ocr.PageWords;

/**
 * The archive PDF of one source file: re-reads the file's pages the way ingest did ({@link SourceReader}) unless
 * ingest has just read it and handed over the OCR stage's words of every page (then the images are taken from the
 * file as they are, without decoding them again),
 * takes each page's own image (JPEG bytes, TIFF frames, scanned PDF page images carried as they are), places
 * the repaired text of the indexed documents on the OCR word boxes ({@link TesseractWordBoxes}, a second
 * recognition of the page, aligned by {@link WordAligner}), and writes it with {@link PdfaWriter}.
 * Born-digital PDF pages are copied whole with their own text. Not thread-safe.
 */
public final class SourceArchive {

    /** The source file cannot give the archive PDF (moved, changed since ingest, no page images). */
    public static final class SourceException extends Exception {
        public SourceException(String message) { super(message); }
        public SourceException(String message, Throwable cause) { super(message, cause); }
    }

    /** The source is an office or text file: it has no page images to archive. */
    public static final class NoPageImages extends Exception {
        public NoPageImages(String message) { super(message); }
    }

    /**
     * What was written and where the time went.
     *
     * @param pages         pages written
     * @param boxedPages    pages given word boxes by a second Tesseract recognition
     * @param wordBoxMillis time spent finding and aligning word boxes (both kinds)
     * @param writeMillis   time spent writing the PDF/A file ({@link PdfaWriter#write})
     * @param ocrBoxPages   pages whose word boxes came from the OCR stage ({@link PageWords}), not recognised again
     * @param readMillis    time spent reading the source's pages again (their images)
     */
    public record Result(int pages, int boxedPages, long wordBoxMillis, long writeMillis, int ocrBoxPages,
                         long readMillis) { }

    /** The base document of a file first, then its parts {@code -2}, {@code -3}, ... by number. */
    public static final Comparator<VanbanDocument> PART_ORDER = Comparator
            .comparing((VanbanDocument d) -> baseId(d.id()))
            .thenComparingInt(d -> partNumber(d.id()));

    private final PdfaWriter writer;
    private final WordAligner aligner = new WordAligner();
    private TesseractWordBoxes boxes;

    public SourceArchive() { this(new PdfaWriter()); }

    public SourceArchive(PdfaWriter writer) { this.writer = writer; }

    /** {@code <file id>.pdf}: the id of the file's base document (a compound file's parts share it). */
    public static String fileName(VanbanDocument doc) {
        return baseId(doc.id()) + ".pdf";
    }

    static String baseId(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    static int partNumber(String id) {
        int dash = id.indexOf('-');
        if (dash < 0) return 1;
        try {
            return Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Writes the archive PDF of the source file of {@code docs} (all from one file, in {@link #PART_ORDER}).
     *
     * @throws SourceException the file is missing, changed since ingest or unreadable
     * @throws NoPageImages    the file is an office or text document
     * @throws IOException     writing failed
     */
    public Result write(List<VanbanDocument> docs, Path out) throws SourceException, NoPageImages, IOException {
        return write(docs, Map.of(), out);
    }

    /**
     * Like {@link #write(List, Path)}, placing the text of page {@code n} on {@code ocrWords.get(n)} (the words
     * the OCR stage read while ingesting) when given and made on an image of the same size; the other OCR'd
     * pages are recognised again for their boxes.
     */
    public Result write(List<VanbanDocument> docs, Map<Integer, PageWords> ocrWords, Path out)
            throws SourceException, NoPageImages, IOException {
        if (docs.isEmpty()) throw new IllegalArgumentException("no documents");
        VanbanDocument first = docs.get(0);
        Path file = Path.of(first.sourcePath());
        if (!Files.isRegularFile(file)) {
            throw new SourceException("source file moved or missing: " + file
                    + " (the index was built from there; restore it or re-ingest its new location)");
        }
        String sha;
        try {
            sha = FileHashing.sha256(file);
        } catch (IOException e) {
            throw new SourceException("cannot read source file " + file + ": " + e.getMessage(), e);
        }
        if (!first.sha256().isEmpty() && !sha.equalsIgnoreCase(first.sha256())) {
            throw new SourceException("source file " + file + " changed since it was ingested (SHA-256 differs);"
                    + " re-ingest it first");
        }
        Map<Integer, String> textByPage = new TreeMap<>();
        for (VanbanDocument d : docs) {
            for (Page p : d.pages()) textByPage.merge(p.number(), p.text(), (a, b) -> a + "\n" + b);
        }
        String media = first.mediaType();
        boolean pdf = media.startsWith("application/pdf");
        boolean image = media.startsWith("image/");
        if (!pdf && !image) {
            throw new NoPageImages("source file " + file + " (" + media + ") has no page images to archive;"
                    + " PDF/A output is made from scans and PDFs");
        }
        try (PDDocument source = pdf ? load(file) : null) {
            long r0 = System.nanoTime();
            Collector c = new Collector(file, media, source, textByPage, ocrWords);
            if (!c.fromIndex(docs)) {
                c = new Collector(file, media, source, textByPage, ocrWords);
                try {
                    new SourceReader().read(file, c);
                } catch (IngestException e) {
                    throw new SourceException("cannot read source file " + file + ": " + e.getMessage(), e);
                }
            }
            if (c.failure != null) throw c.failure;
            long t0 = System.nanoTime();
            long readMillis = Math.max(0, (t0 - r0 - c.boxNanos) / 1_000_000);
            writer.write(c.pages, metadata(first, file), outline(docs), out);
            return new Result(c.pages.size(), c.boxedPages, c.boxNanos / 1_000_000, (System.nanoTime() - t0) / 1_000_000,
                    c.ocrBoxPages, readMillis);
        }
    }

    private static PDDocument load(Path file) throws SourceException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new SourceException("cannot open source PDF " + file + ": " + e.getMessage(), e);
        }
    }

    static ArchiveMetadata metadata(VanbanDocument doc, Path file) {
        String name = file.getFileName().toString();
        try {
            return ArchiveMetadata.of(doc, name);
        } catch (IllegalArgumentException notIsoDate) { // a date the header parser left partial or odd: drop it
            var h = doc.header();
            return new ArchiveMetadata(h.title().isBlank() ? name : h.title(), h.issuer(), h.number(), "",
                    h.type() == org.vanban.model.DocType.UNKNOWN ? "" : h.type().label(), doc.locality().name(),
                    h.signerName());
        }
    }

    /**
     * The sections as outline entries at their pages; in a compound file, one top entry per document
     * (its type, number and trích yếu) with its sections beneath.
     */
    static List<PdfaWriter.OutlineEntry> outline(List<VanbanDocument> docs) {
        List<PdfaWriter.OutlineEntry> out = new ArrayList<>();
        boolean compound = docs.size() > 1;
        for (VanbanDocument d : docs) {
            if (compound && !d.pages().isEmpty()) {
                out.add(new PdfaWriter.OutlineEntry(label(d), d.pages().get(0).number() - 1, 0));
            }
            for (Section s : d.sections()) {
                if (s.kind() == SectionKind.PREAMBLE || s.heading().isBlank()) continue;
                int level = Math.max(0, s.level() - 1) + (compound ? 1 : 0);
                out.add(new PdfaWriter.OutlineEntry(s.heading().strip(), Math.max(0, s.page() - 1), level));
            }
        }
        return out;
    }

    static String label(VanbanDocument d) {
        var h = d.header();
        StringBuilder b = new StringBuilder();
        if (h.type() != org.vanban.model.DocType.UNKNOWN) b.append(h.type().label());
        if (!h.number().isBlank()) b.append(b.isEmpty() ? "" : " ").append(h.number());
        if (!h.title().isBlank()) b.append(b.isEmpty() ? "" : ": ").append(h.title());
        return b.isEmpty() ? d.id() : b.toString().replaceAll("\\s+", " ").strip();
    }

    /** Turns the pages the reader delivers into archive pages; OCR pages get their word boxes here. */
    private final class Collector implements PageSink {
        final Path file;
        final String media;
        final PDDocument source;
        final Map<Integer, String> text;
        final Map<Integer, PageWords> ocrWords;
        final List<ArchivePage> pages = new ArrayList<>();
        long boxNanos;
        int boxedPages, ocrBoxPages;
        SourceException failure;

        Collector(Path file, String media, PDDocument source, Map<Integer, String> text, Map<Integer, PageWords> ocrWords) {
            this.file = file;
            this.media = media;
            this.source = source;
            this.text = text;
            this.ocrWords = ocrWords;
        }

        /**
         * The pages without reading the source again, when ingest has just read it: every page of the file is in
         * the documents, each OCR'd one with the OCR stage's words, and each image can be taken from the file
         * without decoding it (a scanned PDF page's image, a JPEG's bytes, a TIFF frame; a PNG is decoded once, for
         * its pixels as they are). False (nothing kept) when one of them is not so: the caller reads the source.
         */
        boolean fromIndex(List<VanbanDocument> docs) throws IOException {
            if (ocrWords.isEmpty()) return false;
            TreeMap<Integer, PageSource> kinds = new TreeMap<>();
            for (VanbanDocument d : docs) for (Page p : d.pages()) kinds.put(p.number(), p.source());
            int count = kinds.isEmpty() ? 0 : kinds.lastKey();
            if (count != kinds.size() || (source != null && count != source.getNumberOfPages())) return false;
            if (source == null && count > 1 && !media.equals("image/tiff")) return false;
            for (Map.Entry<Integer, PageSource> e : kinds.entrySet()) {
                int n = e.getKey();
                if (e.getValue() != PageSource.OCR) {
                    if (source == null || e.getValue() != PageSource.TEXT_LAYER) return false;
                    continue;
                }
                PageWords known = ocrWords.get(n);
                if (known == null || known.width() <= 0 || known.height() <= 0) return false;
                if (source != null && !scanImage(source.getPage(n - 1))) return false; // drawn with vectors: rendered
            }
            for (Map.Entry<Integer, PageSource> e : kinds.entrySet()) {
                int n = e.getKey();
                if (e.getValue() != PageSource.OCR) {
                    pages.add(ArchivePage.kept(new PageImage.PdfPage(source, n - 1, true)));
                    continue;
                }
                PageWords known = ocrWords.get(n);
                PageImage image = storedImage(n, known.width(), known.height());
                if (image == null) {
                    pages.clear();
                    return false;
                }
                List<TextLine> words = List.of();
                String repaired = text.getOrDefault(n, "");
                if (!repaired.isBlank()) {
                    long t0 = System.nanoTime();
                    words = aligner.align(OcrWordLines.of(known), repaired);
                    ocrBoxPages++;
                    boxNanos += System.nanoTime() - t0;
                }
                pages.add(new ArchivePage(image, words, known.width(), known.height()));
            }
            return true;
        }

        /** Page {@code n}'s image as the file holds it; null when only decoding it (to its OCR size) would do. */
        private PageImage storedImage(int n, int width, int height) throws IOException {
            if (source != null) return new PageImage.PdfPage(source, n - 1, false);
            if (media.equals("image/jpeg")) return new PageImage.Jpeg(Files.readAllBytes(file), 0);
            if (media.equals("image/tiff")) return new PageImage.Tiff(file, n - 1, 0);
            BufferedImage original = ImageIO.read(file.toFile());
            return original != null && original.getWidth() == width && original.getHeight() == height
                    ? new PageImage.Raster(original, 0) : null;
        }

        @Override
        public void textPage(int number, String pageText, PageSource kind) {
            if (failure != null) return;
            if (source == null) {
                failure = new SourceException("page " + number + " of " + file + " is text, not an image");
                return;
            }
            pages.add(ArchivePage.kept(new PageImage.PdfPage(source, number - 1, true)));
        }

        @Override
        public void imagePage(int number, BufferedImage grey) {
            if (failure != null) return;
            try {
                List<TextLine> words = List.of();
                String repaired = text.getOrDefault(number, "");
                if (!repaired.isBlank()) {
                    long t0 = System.nanoTime();
                    PageWords known = ocrWords.get(number);
                    if (known != null && known.width() == grey.getWidth() && known.height() == grey.getHeight()) {
                        words = aligner.align(OcrWordLines.of(known), repaired);
                        ocrBoxPages++;
                    } else {
                        if (boxes == null) boxes = new TesseractWordBoxes();
                        words = aligner.align(boxes.lines(grey), repaired);
                        boxedPages++;
                    }
                    boxNanos += System.nanoTime() - t0;
                }
                pages.add(new ArchivePage(pageImage(number, grey), words, grey.getWidth(), grey.getHeight()));
            } catch (OcrException e) {
                failure = new SourceException("no word boxes for page " + number + ": " + e.getMessage(), e);
            } catch (IOException e) {
                failure = new SourceException("cannot read page " + number + " of " + file + ": " + e.getMessage(), e);
            }
        }

        private PageImage pageImage(int number, BufferedImage grey) throws IOException {
            if (source != null) {
                if (scanImage(source.getPage(number - 1))) {
                    return new PageImage.PdfPage(source, number - 1, false);
                }
                // a page drawn with vectors: its 300 dpi rendering, stored losslessly
                return new PageImage.Raster(grey, SourceReader.DEFAULT_RENDER_DPI);
            }
            if (media.equals("image/jpeg") && number == 1) {
                return new PageImage.Jpeg(Files.readAllBytes(file), 0);
            }
            if (media.equals("image/tiff")) {
                return new PageImage.Tiff(file, number - 1, 0);
            }
            if (number == 1) {
                BufferedImage original = ImageIO.read(file.toFile());
                if (original != null && original.getWidth() == grey.getWidth()
                        && original.getHeight() == grey.getHeight()) {
                    return new PageImage.Raster(original, 0);
                }
            }
            return new PageImage.Raster(grey, 0);
        }
    }

    /**
     * Whether the page is a scan whose image the writer can carry over: its largest image XObject has at
     * least {@link #MIN_SCAN_DPI} pixels per inch of the page in both directions. A page drawn with vectors
     * around a small picture (a logo) is not: rebuilding it from that picture would lose the rest.
     */
    static boolean scanImage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null) return false;
        long best = -1;
        PDImageXObject largest = null;
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDImageXObject img && (long) img.getWidth() * img.getHeight() > best) {
                best = (long) img.getWidth() * img.getHeight();
                largest = img;
            }
        }
        if (largest == null) return false;
        var box = page.getMediaBox();
        return largest.getWidth() / (box.getWidth() / 72.0) >= MIN_SCAN_DPI
                && largest.getHeight() / (box.getHeight() / 72.0) >= MIN_SCAN_DPI;
    }

    static final double MIN_SCAN_DPI = 100;
}
