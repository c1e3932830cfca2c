package org.vanban.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Streams the frames of an image file (every frame of a multi-page TIFF) as grey page images.
 * Dimensions are read from the header before decoding; an image above the pixel budget is decoded
 * with source subsampling so that a decompression bomb cannot exhaust the heap.
 */
public final class ImagePages implements PageReader {

    @Override
    public Set<MediaType> mediaTypes() {
        return Set.of(MediaType.image("tiff"), MediaType.image("png"), MediaType.image("jpeg"), MediaType.image("bmp"),
                MediaType.image("gif"), MediaType.image("x-ms-bmp"));
    }

    @Override
    public String formatNames() {
        return "TIFF, PNG, JPEG";
    }

    @Override
    public int read(Path file, MediaType type, ReadSettings settings, PageSink sink) throws IngestException {
        long maxPixels = settings.maxPixels();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IngestException(file, IngestException.Reason.UNREADABLE, "cannot open the image file");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                        "damaged image: no decoder recognises this " + type + " data");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener(warningCollector(warnings));
            try {
                reader.setInput(in, false, true);
                int count = reader.getNumImages(true);
                if (count <= 0) {
                    throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                            "damaged image: it contains no picture");
                }
                for (int i = 0; i < count; i++) {
                    BufferedImage grey;
                    try {
                        grey = readFrame(file, reader, i, maxPixels, warnings);
                    } catch (RuntimeException e) {
                        // a decoder's own failure on damaged bytes (the BMP plugin's is a NullPointerException
                        // while it builds its message); a failure of the sink below propagates unchanged
                        throw corrupt(file, e);
                    }
                    sink.imagePage(i + 1, grey);
                }
                return count;
            } finally {
                reader.dispose();
            }
        } catch (IngestException e) {
            throw e;
        } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException
                 | IllegalStateException | NegativeArraySizeException e) {
            throw corrupt(file, e);
        } catch (IOException e) {
            if (!file.toFile().exists()) {
                throw SourceReader.ioFailure(file, e, "reading image");
            }
            throw corrupt(file, e);
        }
    }

    private static BufferedImage readFrame(Path file, ImageReader reader, int index, long maxPixels,
                                           List<String> warnings)
            throws IOException, IngestException {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        if (w <= 0 || h <= 0) {
            throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                    "damaged image: frame " + (index + 1) + " has size " + w + "x" + h);
        }
        if ((long) w * h > DECODER_LIMIT) {
            // ImageIO's decoders refuse such a size even with subsampling ("Can not read image of the size ...")
            throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE, tooLarge(index, w, h));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(w, h, maxPixels);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage decoded;
        try {
            decoded = reader.read(index, param);
        } catch (IIOException e) {
            if (String.valueOf(e.getMessage()).startsWith("Can not read image of the size")) {
                throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE, tooLarge(index, w, h), e);
            }
            if (String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                // ImageIO's JPEG reader cannot convert CMYK/YCCK colour
                throw new IngestException(file, IngestException.Reason.UNSUPPORTED,
                        "unsupported colour space in frame " + (index + 1)
                                + " (CMYK/YCCK JPEG?); convert the image to RGB or greyscale", e);
            }
            throw e;
        } catch (OutOfMemoryError e) {
            throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                    "image frame " + (index + 1) + " (" + w + "x" + h + ") is too large to decode in memory");
        }
        if (!warnings.isEmpty()) {
            throw new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                    "damaged or truncated image (frame " + (index + 1) + "): " + String.join("; ", warnings));
        }
        return GreyImages.toGrey(decoded);
    }

    /** The largest image (pixels) the ImageIO decoders read at all, subsampled or not. */
    static final long DECODER_LIMIT = Integer.MAX_VALUE - 2;

    private static String tooLarge(int index, int w, int h) {
        long mp = (long) w * h / 1_000_000L;
        return "image declares " + w + " x " + h + " pixels (" + mp + " megapixels" + (index > 0 ? ", frame " + (index + 1) : "")
                + "), more than the " + DECODER_LIMIT / 1_000_000L + "-megapixel limit of the image decoder: "
                + "a damaged header, or not a scanned page";
    }

    /** Smallest integer step s such that (w/s)*(h/s) fits in the budget. */
    static int subsampling(long w, long h, long maxPixels) {
        int s = 1;
        while (ceilDiv(w, s) * ceilDiv(h, s) > maxPixels) {
            s++;
        }
        return s;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static IngestException corrupt(Path file, Exception e) {
        String msg = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            msg = msg + " (" + e.getCause().getMessage() + ")";
        }
        return new IngestException(file, IngestException.Reason.CORRUPT_IMAGE,
                "damaged or truncated image: " + (msg == null ? e.getClass().getSimpleName() : msg), e);
    }

    private static IIOReadWarningListener warningCollector(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }
}
