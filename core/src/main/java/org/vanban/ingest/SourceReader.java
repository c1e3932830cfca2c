package org.vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Reads one source file page by page. The type is detected from the file's bytes with Tika (the
 * file name is not used), then the file goes to the {@link PageReader} of that type ({@link PageReaders}),
 * which streams the pages, in order, to a {@link PageSink}. The installed readers:
 * <ul>
 *   <li>{@link PdfPages}: per page, the text layer when {@link TextLayerQuality} accepts it, otherwise the page
 *       rendered at 300 dpi grey;</li>
 *   <li>{@link ImagePages}: TIFF (every frame), PNG, JPEG, BMP, GIF as grey images, subsampled when larger than
 *       the pixel budget;</li>
 *   <li>{@link OfficePages}: DOCX, DOC, ODT, RTF, HTML, text extracted by Tika parsers, one page (more if the
 *       text has form feeds);</li>
 *   <li>{@link TextFilePages}: plain text, UTF-8, or byte-preserving ISO-8859-1 when the bytes are not valid
 *       UTF-8; form feeds split pages.</li>
 * </ul>
 * Thread-safe and reusable: one instance can serve many threads at once.
 */
public final class SourceReader {

    /** Resolution at which PDF pages without a usable text layer are rendered. */
    public static final int DEFAULT_RENDER_DPI = 300;
    /** Largest image (in pixels) delivered to the sink; bigger images are subsampled / rendered at lower dpi. */
    public static final long DEFAULT_MAX_PIXELS = 60_000_000L;

    private final PageReaders readers;
    private final ReadSettings settings;

    /** A reader with the installed page readers, 300 dpi rendering and a 60 Mpx image budget. */
    public SourceReader() {
        this(DEFAULT_RENDER_DPI, DEFAULT_MAX_PIXELS);
    }

    /**
     * @param renderDpi resolution for rendering PDF pages that need OCR
     * @param maxPixels pixel budget per delivered image (decompression-bomb guard)
     */
    public SourceReader(int renderDpi, long maxPixels) {
        this(PageReaders.installed(), new ReadSettings(renderDpi, maxPixels));
    }

    /** A reader that sends each file to one of {@code readers}. */
    public SourceReader(PageReaders readers, ReadSettings settings) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.settings = Objects.requireNonNull(settings, "settings");
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
        MediaType type = detectType(file);
        PageReader reader = readers.find(type).orElseThrow(() -> new IngestException(file,
                IngestException.Reason.UNSUPPORTED, "unsupported file type " + type + " (detected from the content); "
                        + "vanban reads " + readers.formatNames()));
        return new SourceInfo(type.toString(), reader.read(file, type, settings, sink));
    }

    /**
     * The media type (without parameters) detected from the bytes of {@code file}, as {@link #read}
     * would report it; the file name is not used.
     */
    public static String detectMediaType(Path file) throws IngestException {
        return detectType(file).toString();
    }

    private static MediaType detectType(Path file) throws IngestException {
        checkReadable(file);
        MediaType type = detect(file).getBaseType();
        if (type.equals(MediaType.OCTET_STREAM) && LegacyTextSniffer.looksLikeText(file)) {
            // Tika wants mostly-ASCII or UTF-8; 8-bit TCVN3/VNI text files are still plain text
            return MediaType.TEXT_PLAIN;
        }
        return type;
    }

    private static MediaType detect(Path file) throws IngestException {
        try (InputStream in = TikaInputStream.get(file)) {
            // a fresh Metadata without the resource name: detection by content only
            return TikaHolder.DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            throw ioFailure(file, e, "could not detect the file type");
        }
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
