package org.vanban.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.mime.MediaType;
import org.vanban.model.PageSource;

/**
 * Streams the pages of one PDF: the text layer when it is real text, otherwise a 300 dpi grey
 * rendering. The file is read through a buffered random-access file with a temp-file stream cache,
 * so big PDFs are not loaded whole into the heap. Stateless: one instance reads any number of files at once.
 */
public final class PdfPages implements PageReader {

    private static final int TAIL_BYTES = 2048;

    @Override
    public Set<MediaType> mediaTypes() {
        return Set.of(MediaType.application("pdf"));
    }

    @Override
    public String formatNames() {
        return "PDF";
    }

    @Override
    public int read(Path file, MediaType type, ReadSettings settings, PageSink sink) throws IngestException {
        checkEndMarker(file);
        try (PDDocument doc = load(file)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new IngestException(file, IngestException.Reason.CORRUPT, "damaged PDF: it has no pages");
            }
            // PDFBox keeps every page's image XObject (and its decoded image) in soft references until the
            // document is closed: in a 500-page scan that is hundreds of MB the collector only frees under
            // pressure. Fonts and colour spaces stay cached; images are read once per page anyway.
            doc.setResourceCache(new NoImageCache());
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true); // huge embedded images are decoded at render size only
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages; i++) {
                readPage(file, doc, renderer, stripper, i, settings, sink);
            }
            return pages;
        } catch (IOException e) {
            throw SourceReader.ioFailure(file, e, "reading PDF");
        }
    }

    private void readPage(Path file, PDDocument doc, PDFRenderer renderer, PDFTextStripper stripper,
                          int index, ReadSettings settings, PageSink sink) throws IngestException {
        int number = index + 1;
        PDPage page;
        String text;
        try {
            page = doc.getPage(index);
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            text = stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            // unreadable text layer: fall back to rendering
            page = null;
            text = "";
        }
        ImageCoverage measured = null;
        if (page != null) {
            measured = ImageCoverage.measure(page);
            if (TextLayerQuality.isUsable(text, measured.coverage())) {
                sink.textPage(number, stripTrailingPageBreak(text), PageSource.TEXT_LAYER);
                return;
            }
        }
        BufferedImage image;
        try {
            float pageDpi = dpiWithinBudget(page, settings.renderDpi(), settings.maxPixels());
            // a plain scanned page at about the render resolution: its pixels as they are (rendering would
            // convert every pixel to RGB and back, as much CPU as binarising the page)
            image = measured == null ? null : ScannedPageImage.direct(page, measured, pageDpi, settings.maxPixels());
            if (image == null) {
                image = renderer.renderImageWithDPI(index, pageDpi, ImageType.GRAY);
            }
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(file)) {
                throw new IngestException(file, IngestException.Reason.MISSING,
                        "file disappeared while rendering page " + number, e);
            }
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged PDF: page " + number + " could not be rendered (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "PDF page " + number + " is too large to render in memory", null);
        }
        sink.imagePage(number, image);
    }

    /** The render dpi, lowered for oversized pages so the image stays within the pixel budget. */
    private static float dpiWithinBudget(PDPage page, int dpi, long maxPixels) {
        if (page == null) {
            return dpi;
        }
        PDRectangle box = page.getCropBox();
        double wIn = Math.abs(box.getWidth()) / 72.0;
        double hIn = Math.abs(box.getHeight()) / 72.0;
        double pixelsAtDpi = wIn * hIn * dpi * dpi;
        if (pixelsAtDpi <= maxPixels || wIn * hIn <= 0) {
            return dpi;
        }
        return (float) Math.max(36, Math.floor(Math.sqrt(maxPixels / (wIn * hIn))));
    }

    private static String stripTrailingPageBreak(String text) {
        return text.replace("\f", "");
    }

    private static PDDocument load(Path file) throws IngestException, IOException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, IngestException.Reason.ENCRYPTED,
                    "the PDF is password protected (encrypted); vanban cannot open it without the password", e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw e;
            }
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged or truncated PDF (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF must end with %%EOF (possibly followed by a little whitespace/garbage); else it was truncated. */
    private static void checkEndMarker(Path file) throws IngestException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(TAIL_BYTES, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new IngestException(file, IngestException.Reason.CORRUPT,
                        "truncated PDF: the %%EOF end marker is missing (incomplete download or copy?)");
            }
        } catch (IOException e) {
            throw SourceReader.ioFailure(file, e, "reading PDF");
        }
    }

    /** PDFBox's resource cache without the XObject (image and form) cache. */
    static final class NoImageCache extends org.apache.pdfbox.pdmodel.DefaultResourceCache {
        @Override
        public org.apache.pdfbox.pdmodel.graphics.PDXObject getXObject(org.apache.pdfbox.cos.COSObject indirect) {
            return null;
        }

        @Override
        public void put(org.apache.pdfbox.cos.COSObject indirect, org.apache.pdfbox.pdmodel.graphics.PDXObject xobject) {
            // not kept
        }
    }
}
