package org.vanban.pdfa;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a page of the archive PDF shows: the source page's own image, never re-encoded when it can be
 * carried as it is.
 */
public sealed interface PageImage {

    /** Resolution assumed for an image that does not say. */
    float DEFAULT_DPI = 300f;

    /** A JPEG file's bytes, embedded as they are (DCTDecode). */
    record Jpeg(byte[] bytes, float dpi) implements PageImage {
        public Jpeg {
            if (bytes == null || bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
                throw new IllegalArgumentException("not JPEG data (no SOI marker)");
            }
            dpi = dpi > 0 ? dpi : DEFAULT_DPI;
        }
    }

    /**
     * Frame {@code frame} (0-based) of a TIFF file. A CCITT G3/G4 frame is embedded with its compressed
     * data as it is (CCITTFaxDecode); other frames (LZW, Deflate, PackBits, uncompressed) are decoded and
     * stored losslessly with Flate, since PDF/A forbids LZW.
     */
    record Tiff(Path file, int frame, float dpi) implements PageImage {
        public Tiff {
            if (frame < 0) throw new IllegalArgumentException("frame must be >= 0: " + frame);
            dpi = dpi > 0 ? dpi : DEFAULT_DPI;
        }
    }

    /** Decoded pixels (a PNG, BMP, GIF frame), stored losslessly with Flate. */
    record Raster(BufferedImage image, float dpi) implements PageImage {
        public Raster {
            if (image == null) throw new IllegalArgumentException("no image");
            dpi = dpi > 0 ? dpi : DEFAULT_DPI;
        }
    }

    /**
     * Page {@code index} (0-based) of an open source PDF, which the caller keeps open until the archive
     * PDF is written. A born-digital page ({@code keepPage}) is copied whole with its own text; a scanned
     * page is rebuilt from its image XObject, copied without re-encoding, plus the invisible text layer.
     */
    record PdfPage(PDDocument source, int index, boolean keepPage) implements PageImage {
        public PdfPage {
            if (source == null) throw new IllegalArgumentException("no source document");
            if (index < 0 || index >= source.getNumberOfPages()) {
                throw new IllegalArgumentException("page index " + index + " outside 0.." + (source.getNumberOfPages() - 1));
            }
        }
    }
}
