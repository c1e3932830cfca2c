package org.vanban.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.vanban.model.VanbanDocument;

/**
 * Page images of source scans as PNG, rendered on demand: PDF pages with PDFBox at {@link #PDF_DPI},
 * TIFF/PNG/JPEG pages with ImageIO, downscaled to at most {@link #MAX_EDGE} pixels. Only the stored
 * source path of a known document is ever opened, and only page numbers the document has.
 * Keeps the last few images in memory. Thread-safe.
 */
public final class PageImages {
    public static final int PDF_DPI = 100;
    public static final int MAX_EDGE = 1600;
    private static final int CACHE_SIZE = 24;

    private final Map<String, byte[]> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * The PNG of page {@code n} (the page number in the source file, as in {@code Page.number()}).
     *
     * @throws ApiException 404 when the document has no such page, the source file is gone or its
     *                      type has no page images
     */
    public byte[] png(VanbanDocument doc, int n) {
        if (doc.pages().stream().noneMatch(p -> p.number() == n)) {
            throw ApiException.notFound("document " + doc.id() + " has no page " + n);
        }
        String key = doc.id() + "#" + n;
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) return hit;
        }
        Path source = sourceFile(doc);
        BufferedImage image;
        try {
            String type = doc.mediaType() == null ? "" : doc.mediaType();
            if (type.equals("application/pdf")) image = renderPdf(source.toFile(), n);
            else if (type.startsWith("image/")) image = readImage(source.toFile(), n);
            else throw ApiException.notFound("no page images for files of type " + type);
            byte[] png = encode(downscale(image));
            synchronized (cache) {
                cache.put(key, png);
            }
            return png;
        } catch (IOException e) {
            throw ApiException.notFound("cannot render page " + n + " of " + source.getFileName() + ": " + e.getMessage());
        }
    }

    /** Whether page images can be shown for this document (its source file is there and of a known type). */
    public static boolean available(VanbanDocument doc) {
        String type = doc.mediaType() == null ? "" : doc.mediaType();
        if (!type.equals("application/pdf") && !type.startsWith("image/")) return false;
        try {
            sourceFile(doc);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    private static Path sourceFile(VanbanDocument doc) {
        String p = doc.sourcePath();
        if (p == null || p.isBlank()) throw ApiException.notFound("document " + doc.id() + " has no source file");
        Path path = Path.of(p);
        if (!path.isAbsolute() || !Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw ApiException.notFound("the source file of document " + doc.id() + " is not available any more");
        }
        return path;
    }

    private static BufferedImage renderPdf(File file, int n) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            if (n > pdf.getNumberOfPages()) throw ApiException.notFound("the PDF has only " + pdf.getNumberOfPages() + " pages");
            return new PDFRenderer(pdf).renderImageWithDPI(n - 1, PDF_DPI, ImageType.RGB);
        }
    }

    private static BufferedImage readImage(File file, int n) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file)) {
            if (in == null) throw new IOException("unreadable image");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no image reader for this file");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                if (n > count) throw ApiException.notFound("the image file has only " + count + " page(s)");
                return reader.read(n - 1);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage downscale(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(w, h));
        int type = src.getType() == BufferedImage.TYPE_BYTE_GRAY || src.getType() == BufferedImage.TYPE_BYTE_BINARY
                ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        if (scale >= 1.0 && src.getType() == type) return src;
        int nw = Math.max(1, (int) Math.round(w * scale));
        int nh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(nw, nh, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
        return out.toByteArray();
    }
}
