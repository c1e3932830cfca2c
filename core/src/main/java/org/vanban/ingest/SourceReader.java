package org.vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Reads one source file page by page. The type is detected from the file's bytes with Tika (the
 * file name is not used), then the pages are streamed, in order, to a {@link PageSink}:
 * <ul>
 *   <li>PDF: per page, the text layer when {@link TextLayerQuality} accepts it, otherwise the page
 *       rendered at 300 dpi grey;</li>
 *   <li>TIFF (every frame), PNG, JPEG, BMP, GIF: grey images, subsampled when larger than the pixel budget;</li>
 *   <li>DOCX, DOC, ODT, RTF, HTML: text extracted by Tika parsers, one page (more if the text has form feeds);</li>
 *   <li>plain text: UTF-8, or byte-preserving ISO-8859-1 when the bytes are not valid UTF-8; form feeds split pages.</li>
 * </ul>
 * Thread-safe and reusable: one instance can serve many threads at once.
 */
public final class SourceReader {

    /** Resolution at which PDF pages without a usable text layer are rendered. */
    public static final int DEFAULT_RENDER_DPI = 300;
    /** Largest image (in pixels) delivered to the sink; bigger images are subsampled / rendered at lower dpi. */
    public static final long DEFAULT_MAX_PIXELS = 60_000_000L;

    static final MediaType PDF = MediaType.application("pdf");
    private static final Set<MediaType> IMAGES = Set.of(MediaType.image("tiff"), MediaType.image("png"),
            MediaType.image("jpeg"), MediaType.image("bmp"), MediaType.image("gif"), MediaType.image("x-ms-bmp"));
    private static final Set<MediaType> OFFICE = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("msword"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("rtf"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"));
    private static final Set<MediaType> ENCRYPTED_CONTAINERS = Set.of(
            MediaType.application("x-tika-ooxml-protected"));

    private final int renderDpi;
    private final long maxPixels;

    /** A reader with 300 dpi rendering and a 60 Mpx image budget. */
    public SourceReader() {
        this(DEFAULT_RENDER_DPI, DEFAULT_MAX_PIXELS);
    }

    /**
     * @param renderDpi resolution for rendering PDF pages that need OCR
     * @param maxPixels pixel budget per delivered image (decompression-bomb guard)
     */
    public SourceReader(int renderDpi, long maxPixels) {
        if (renderDpi < 72 || renderDpi > 1200) {
            throw new IllegalArgumentException("renderDpi must be in 72..1200: " + renderDpi);
        }
        if (maxPixels < 1_000_000L) {
            throw new IllegalArgumentException("maxPixels must be at least 1 000 000: " + maxPixels);
        }
        this.renderDpi = renderDpi;
        this.maxPixels = maxPixels;
    }

    /**
     * Detects the type of {@code file} and sends its pages, in order, to {@code sink}.
     *
     * Pages already delivered stay delivered when a later page fails (e.g. a damaged PDF page).
     * Exceptions thrown by the sink propagate unchanged.
     *
     * @return the detected media type (without parameters, e.g. {@code text/plain}) and the number
     *         of pages delivered
     * @throws IngestException with a human-readable reason when the file cannot be read
     */
    public SourceInfo read(Path file, PageSink sink) throws IngestException {
        checkReadable(file);
        MediaType type = detect(file).getBaseType();
        if (type.equals(MediaType.OCTET_STREAM) && LegacyTextSniffer.looksLikeText(file)) {
            // Tika wants mostly-ASCII or UTF-8; 8-bit TCVN3/VNI text files are still plain text
            type = MediaType.TEXT_PLAIN;
        }
        String name = type.toString();
        if (type.equals(PDF)) {
            return new SourceInfo(name, new PdfPages(renderDpi, maxPixels).read(file, sink));
        }
        if (IMAGES.contains(type)) {
            return new SourceInfo(name, new ImagePages(maxPixels).read(file, type, sink));
        }
        if (ENCRYPTED_CONTAINERS.contains(type)) {
            throw new IngestException(file, IngestException.Reason.ENCRYPTED,
                    "the document is password protected (" + name + "); remove the password and try again");
        }
        if (OFFICE.contains(type)) {
            return new SourceInfo(name, OfficePages.read(file, type, sink));
        }
        if (isPlainText(type)) {
            return new SourceInfo(name, TextFilePages.read(file, sink));
        }
        throw new IngestException(file, IngestException.Reason.UNSUPPORTED,
                "unsupported file type " + name + " (detected from the content); vanban reads PDF, TIFF, PNG, "
                        + "JPEG, DOCX, DOC, ODT, RTF, HTML and plain text");
    }

    /**
     * The media type (without parameters) detected from the bytes of {@code file}, as {@link #read}
     * would report it; the file name is not used.
     */
    public static String detectMediaType(Path file) throws IngestException {
        checkReadable(file);
        MediaType type = detect(file).getBaseType();
        if (type.equals(MediaType.OCTET_STREAM) && LegacyTextSniffer.looksLikeText(file)) {
            return MediaType.TEXT_PLAIN.toString();
        }
        return type.toString();
    }

    private static MediaType detect(Path file) throws IngestException {
        try (InputStream in = TikaInputStream.get(file)) {
            // a fresh Metadata without the resource name: detection by content only
            return TikaHolder.DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            throw ioFailure(file, e, "could not detect the file type");
        }
    }

    private static boolean isPlainText(MediaType type) {
        MediaType base = type.getBaseType();
        return base.equals(MediaType.TEXT_PLAIN)
                || TikaHolder.REGISTRY.isSpecializationOf(base, MediaType.TEXT_PLAIN);
    }

    static void checkReadable(Path file) throws IngestException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        if (!Files.exists(file)) {
            throw new IngestException(file, IngestException.Reason.MISSING, "file not found (missing or removed)");
        }
        if (Files.isDirectory(file)) {
            throw new IngestException(file, IngestException.Reason.UNREADABLE, "is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new IngestException(file, IngestException.Reason.UNREADABLE,
                    "file is not readable (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new IngestException(file, IngestException.Reason.EMPTY, "file is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw ioFailure(file, e, "could not read the file size");
        }
    }

    /** Maps an I/O failure to the right reason; {@code what} says what was being done. */
    static IngestException ioFailure(Path file, IOException e, String what) {
        if (e instanceof NoSuchFileException || (e instanceof java.io.FileNotFoundException && !Files.exists(file))
                || !Files.exists(file)) {
            return new IngestException(file, IngestException.Reason.MISSING,
                    "file disappeared while being read (" + what + ")", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IngestException(file, IngestException.Reason.UNREADABLE,
                    "permission denied (" + what + ")", e);
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IngestException(file, IngestException.Reason.IO, what + ": " + msg, e);
    }

    /** Lazily built, shared Tika objects (building the default config takes a moment). */
    static final class TikaHolder {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
        static final Detector DETECTOR = CONFIG.getDetector();
        static final MediaTypeRegistry REGISTRY = CONFIG.getMediaTypeRegistry();

        private TikaHolder() {
        }
    }
}
