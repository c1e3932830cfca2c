package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Makes harsh scans readable for Tesseract: background normalisation, then Sauvola binarisation,
 * deskew (the skew is measured on the binarised page; the normalised grey page is rotated and
 * binarised again), then despeckling. Stateless and thread-safe. Input: any image (converted to grey);
 * output: a black-and-white TYPE_BYTE_GRAY image of the same size.
 */
public final class ImagePreprocessor {

    private final BackgroundNormalizer normalizer;
    private final SauvolaBinarizer binarizer;
    private final Deskewer deskewer;
    private final Despeckler despeckler;

    /** The standard chain for 300 dpi pages. */
    public ImagePreprocessor() {
        this(new BackgroundNormalizer(), new SauvolaBinarizer(), new Deskewer(), new Despeckler());
    }

    /**
     * @param normalizer background flattening, or null to skip
     * @param binarizer  binarisation (required)
     * @param deskewer   skew correction, or null to skip
     * @param despeckler speck removal, or null to skip
     */
    public ImagePreprocessor(BackgroundNormalizer normalizer, SauvolaBinarizer binarizer, Deskewer deskewer,
                             Despeckler despeckler) {
        if (binarizer == null) {
            throw new IllegalArgumentException("binarizer is required");
        }
        this.normalizer = normalizer;
        this.binarizer = binarizer;
        this.deskewer = deskewer;
        this.despeckler = despeckler;
    }

    /** The cleaned, black-and-white page. */
    public BufferedImage process(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] grey = GreyRaster.pixels(image);
        if (normalizer != null) {
            grey = normalizer.normalize(grey, w, h);
        }
        byte[] bw = binarizer.binarize(grey, w, h);
        if (deskewer != null) {
            double skew = deskewer.skewDegrees(bw, w, h);
            if (Math.abs(skew) >= Deskewer.MIN_CORRECTION_DEGREES) {
                bw = binarizer.binarize(Deskewer.rotate(grey, w, h, -skew), w, h);
            }
        }
        if (despeckler != null) {
            despeckler.despeckle(bw, w, h);
        }
        return GreyRaster.image(bw, w, h);
    }
}
