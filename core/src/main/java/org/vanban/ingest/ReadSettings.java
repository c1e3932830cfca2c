package org.vanban.ingest;

/**
 * What every {@link PageReader} is given besides the file.
 *
 * @param renderDpi resolution for rendering PDF pages that need OCR (72..1200)
 * @param maxPixels pixel budget per delivered image, a decompression-bomb guard (at least 1 000 000)
 */
public record ReadSettings(int renderDpi, long maxPixels) {

    /** 300 dpi rendering and a 60 Mpx image budget. */
    public static final ReadSettings DEFAULT =
            new ReadSettings(SourceReader.DEFAULT_RENDER_DPI, SourceReader.DEFAULT_MAX_PIXELS);

    public ReadSettings {
        if (renderDpi < 72 || renderDpi > 1200) {
            throw new IllegalArgumentException("renderDpi must be in 72..1200: " + renderDpi);
        }
        if (maxPixels < 1_000_000L) {
            throw new IllegalArgumentException("maxPixels must be at least 1 000 000: " + maxPixels);
        }
    }
}
