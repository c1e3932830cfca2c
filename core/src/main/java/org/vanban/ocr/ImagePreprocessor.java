package org.vanban.ocr;

import java.awt.image.BufferedImage;

/**
 * Makes harsh scans readable for Tesseract: background normalisation, then Sauvola binarisation,
 * deskew (the skew is measured on the binarised page, which is then turned by three shears: no
 * interpolation, no second binarisation), then despeckling. Stateless and thread-safe. Input: any image (converted to grey);
 * output: a black-and-white TYPE_BYTE_GRAY image of the same size.
 */
public final class ImagePreprocessor {

    private final BackgroundNormalizer normalizer;
    private final SauvolaBinarizer binarizer;
    private final Deskewer deskewer;
    private final Despeckler despeckler;
    private final int halveFrom;
    private final boolean perPage;
    private final ReadingScorer scorer;

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
        this(normalizer, binarizer, deskewer, despeckler, HALVE_FROM_GLYPH_HEIGHT);
    }

    private ImagePreprocessor(BackgroundNormalizer normalizer, SauvolaBinarizer binarizer, Deskewer deskewer,
                              Despeckler despeckler, int halveFrom) {
        this(normalizer, binarizer, deskewer, despeckler, halveFrom, true);
    }

    private ImagePreprocessor(BackgroundNormalizer normalizer, SauvolaBinarizer binarizer, Deskewer deskewer,
                              Despeckler despeckler, int halveFrom, boolean perPage) {
        this(normalizer, binarizer, deskewer, despeckler, halveFrom, perPage, ReadingScorer.SYLLABLES);
    }

    private ImagePreprocessor(BackgroundNormalizer normalizer, SauvolaBinarizer binarizer, Deskewer deskewer,
                              Despeckler despeckler, int halveFrom, boolean perPage, ReadingScorer scorer) {
        if (scorer == null) {
            throw new IllegalArgumentException("scorer is required");
        }
        this.scorer = scorer;
        this.perPage = perPage;
        if (binarizer == null) {
            throw new IllegalArgumentException("binarizer is required");
        }
        this.normalizer = normalizer;
        this.binarizer = binarizer;
        this.deskewer = deskewer;
        this.despeckler = despeckler;
        this.halveFrom = halveFrom;
    }

    /**
     * The fixed chain every page went through before the per-page choice: cleaned (flattened, binarised,
     * deskewed, despeckled) and halved when its letters are at least {@value #HALVE_FROM_GLYPH_HEIGHT} px tall.
     * Kept for comparisons ({@code bench ocr-spectrum}).
     */
    public static ImagePreprocessor fixedChain() {
        ImagePreprocessor p = new ImagePreprocessor();
        return new ImagePreprocessor(p.normalizer, p.binarizer, p.deskewer, p.despeckler, p.halveFrom, false);
    }

    /**
     * True when the OCR pool should choose each page's way ({@link #firstWay}, {@link #secondWay}); false for
     * {@link #fixedChain()}, which cleans every page.
     */
    public boolean choosesPerPage() {
        return perPage;
    }

    /**
     * The same chain, halving pages whose median letter height is at least {@code px} (0 or less: never).
     */
    public ImagePreprocessor halvingFrom(int px) {
        return new ImagePreprocessor(normalizer, binarizer, deskewer, despeckler, px <= 0 ? Integer.MAX_VALUE : px, perPage,
                scorer);
    }

    /**
     * The same chain, keeping the better of a doubtful page's two readings by {@code scorer} (with Tesseract's
     * confidence, {@link ReadingScore#better(OcrResult, OcrResult, ReadingScorer)}); the default scorer is
     * {@link ReadingScorer#SYLLABLES}, the pipeline gives the language model's.
     */
    public ImagePreprocessor scoringReadingsWith(ReadingScorer scorer) {
        return new ImagePreprocessor(normalizer, binarizer, deskewer, despeckler, halveFrom, perPage, scorer);
    }

    /** What keeps the better of two readings of a doubtful page. */
    public ReadingScorer scorer() {
        return scorer;
    }

    /**
     * Letters at least this many pixels tall (median over the page's letter-like ink groups) are still at
     * least half as tall after halving the page: 14 pt text at 300 dpi measures about 29 px, 11 pt about 23.
     */
    static final int HALVE_FROM_GLYPH_HEIGHT = 24;
    /** Fewer letter-like groups than this (a near-empty page) say too little about the text size. */
    static final int MIN_GLYPHS = 50;

    /**
     * A page ready for Tesseract.
     *
     * @param image   black-and-white, or grey at the edges when halved
     * @param divisor 1, or 2 when the page was halved in both directions (its resolution is halved too)
     * @param turnedDegrees the angle the page was turned by to deskew it ({@link Deskewer#rotate}), 0 when not
     */
    public record Prepared(BufferedImage image, int divisor, double turnedDegrees, Way way) {
        public Prepared(BufferedImage image, int divisor, double turnedDegrees) {
            this(image, divisor, turnedDegrees, Way.CLEANED);
        }

        public Prepared(BufferedImage image, int divisor) {
            this(image, divisor, 0, Way.AS_SCANNED);
        }
    }

    /**
     * A way of preparing a page for Tesseract, cheapest first.
     */
    public enum Way {
        /**
         * The page as scanned, in grey, with Tesseract's automatic layout (page segmentation mode 3, what the
         * {@code tesseract} command reads): its own Otsu threshold is the best reading of a clean page; cleaning
         * one only loses marks (halving, or a local threshold, turns the hook of ể, ổ into the acute of ế, ố).
         */
        AS_SCANNED("as-scanned", 3),
        /**
         * Flattened, binarised (Sauvola), deskewed and despeckled, halved when the letters are large: what a
         * harsh scan (uneven light, faded ink, speckles) or a fax needs. Read with automatic layout (PSM 3) too:
         * the library's default (6, one uniform block) lost whole tables (a ruled table page: 85% of its syllables
         * against 1.7%) and read photocopies worse (syllable error rate 4.2% against 3.1% on six generated pages).
         */
        CLEANED("cleaned", 3),
        /**
         * Cleaned as {@link #CLEANED}, but never halved: at full resolution the stacked marks of 13-14 pt type
         * (ệ, ở, ữ) keep their pixels. The same as {@link #CLEANED} on a page whose letters are small.
         */
        CLEANED_NATIVE("cleaned-native", 3),
        /**
         * Background flattened and deskewed, left grey: Tesseract's own (Otsu) threshold on an evenly lit page, with
         * the letters' edges kept, for a page whose light is uneven but whose ink is not broken.
         */
        FLATTENED("flattened", 3);

        private final String label;
        private final int pageSegMode;

        Way(String label, int pageSegMode) {
            this.label = label;
            this.pageSegMode = pageSegMode;
        }

        /** Short name for reports. */
        public String label() {
            return label;
        }

        /** The page segmentation mode Tesseract reads this way with (-1: the library's own). */
        public int pageSegMode() {
            return pageSegMode;
        }
    }

    /**
     * The way to read a page first, from its measures: as scanned when it is a clean grey scan, else cleaned (a page
     * already black and white, a fax, reads better deskewed and despeckled).
     */
    public Way firstWay(PageMeasures m) {
        return m.clean() && !m.blackAndWhite() ? Way.AS_SCANNED : Way.CLEANED;
    }

    /**
     * The way to read a doubtful page a second time, or null for none: the one the first was not, grey against
     * binarised, native against scaled. A page read as scanned is cleaned (and halved when its letters are large:
     * on the clean pages of seed 29 the halved cleaned page read best of the four ways, repaired syllable errors
     * 0.36% against 0.67% as scanned and 0.64% cleaned at full size); a cleaned page that was halved is cleaned again
     * at full size (photocopies: 2.56% against 3.05% halved); a cleaned page that was not halved has no second way
     * worth its cost (read as scanned, every non-clean class read worse: mild 3.4% against 0.5%, fax 0.7% against
     * 0.4%, photocopies 9.6% against 1.2%).
     *
     * @param first     the way it was read first
     * @param m         the page's measures
     * @param firstPage the page as prepared for the first reading
     */
    public Way secondWay(Way first, PageMeasures m, Prepared firstPage) {
        return switch (first) {
            case AS_SCANNED -> Way.CLEANED;
            case CLEANED -> firstPage.divisor() > 1 ? Way.CLEANED_NATIVE : null;
            default -> null;
        };
    }

    /** The page prepared the given way. */
    public Prepared prepare(BufferedImage image, Way way) {
        switch (way) {
            case AS_SCANNED -> {
                BufferedImage grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image
                        : GreyRaster.image(GreyRaster.pixels(image), image.getWidth(), image.getHeight());
                return new Prepared(grey, 1, 0, Way.AS_SCANNED);
            }
            case CLEANED_NATIVE -> {
                double[] turned = new double[1];
                byte[] bw = clean(image, null, turned);
                return new Prepared(GreyRaster.image(bw, image.getWidth(), image.getHeight()), 1, turned[0], Way.CLEANED_NATIVE);
            }
            case FLATTENED -> {
                double[] turned = new double[1];
                byte[] grey = flattened(image, turned);
                return new Prepared(GreyRaster.image(grey, image.getWidth(), image.getHeight()), 1, turned[0], Way.FLATTENED);
            }
            default -> {
                return prepare(image);
            }
        }
    }

    /** The page's measures ({@link PageMeasures#of}). */
    public static PageMeasures measure(BufferedImage image) {
        return PageMeasures.of(GreyRaster.pixels(image), image.getWidth(), image.getHeight());
    }

    /** The cleaned, black-and-white page. */
    public BufferedImage process(BufferedImage image) {
        return GreyRaster.image(clean(image, null, new double[1]), image.getWidth(), image.getHeight());
    }

    /**
     * The cleaned page at the size Tesseract reads best and fastest: when the text is large (median letter
     * height at least {@link #HALVE_FROM_GLYPH_HEIGHT} px, as for 13–14 pt at 300 dpi), the cleaned page is
     * halved. Tesseract scales every text line to a fixed height before recognition anyway, so the halved
     * page reads as well (on 30 generated scans: CER 1.49% halved vs 1.64% at 300 dpi) while its layout
     * analysis costs a third less CPU. Small text (or a page with too few letters to tell) keeps full size.
     */
    public Prepared prepare(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] heights = despeckler != null ? new int[256] : null;
        double[] turned = new double[1];
        byte[] bw = clean(image, heights, turned);
        if (heights == null || w < 2 || h < 2 || medianHeight(heights, MIN_GLYPHS) < halveFrom) {
            return new Prepared(GreyRaster.image(bw, w, h), 1, turned[0]);
        }
        return new Prepared(GreyRaster.image(GreyRaster.halve(bw, w, h), w / 2, h / 2), 2, turned[0]);
    }

    /** The median of a height histogram, or 0 when it counts fewer than {@code min} groups. */
    static int medianHeight(int[] heights, int min) {
        long total = 0;
        for (int c : heights) {
            total += c;
        }
        if (total < min) {
            return 0;
        }
        long seen = 0;
        for (int k = 0; k < heights.length; k++) {
            seen += heights[k];
            if (2 * seen >= total) {
                return k;
            }
        }
        return heights.length - 1;
    }

    private byte[] clean(BufferedImage image, int[] heights, double[] turned) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] bw = binarizer.binarize(flattened(image, turned), w, h);
        if (despeckler != null) {
            despeckler.despeckle(bw, w, h, heights);
        }
        return bw;
    }

    /** The grey page with its background flattened and its skew turned out (the angle goes to {@code turned[0]}). */
    private byte[] flattened(BufferedImage image, double[] turned) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] grey = GreyRaster.pixels(image);
        if (normalizer != null) {
            grey = normalizer.normalize(grey, w, h);
        }
        if (deskewer != null) {
            // the skew is measured on the grey page (ink = darker than mid-grey, which the flattened
            // background makes a fair test), so the page is binarised once, after turning it
            double skew = deskewer.skewDegrees(grey, w, h);
            if (Math.abs(skew) >= Deskewer.MIN_CORRECTION_DEGREES) {
                grey = Deskewer.rotate(grey, w, h, -skew);
                turned[0] = -skew;
            }
        }
        return grey;
    }
}
