package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * Reads one page the cheapest way its {@link PageMeasures measurements} call for, and a second way when
 * Tesseract's mean word confidence stays low:
 * <ul>
 * <li>a clean page (even bright paper, dark ink) is first read as the grey image it is, exactly what plain
 * {@code tesseract} gets (Tesseract binarises it itself); a harsh page (uneven light, faded ink, specks) is
 * first read after the {@link ImagePreprocessor} chain (flattened background, Sauvola, deskew, despeckle);</li>
 * <li>when the first reading's confidence is below {@link #SECOND_READING_BELOW}, the page is read the
 * other way and the reading with the higher confidence is kept (a tie keeps the first). At most one extra
 * recognition per page, only for low-confidence pages; it gets what is left of the page's time limit.</li>
 * </ul>
 * Not thread-safe (it drives one engine); cheap to create.
 */
public final class PageReader {

    /** Mean word confidence under which a page is read a second way. */
    public static final int SECOND_READING_BELOW = 80;

    /** The grey page as given. */
    public static final String GREY = "grey";
    /** The page after the cleaning chain. */
    public static final String CLEANED = "cleaned";

    private final ImagePreprocessor preprocessor;

    public PageReader(ImagePreprocessor preprocessor) {
        if (preprocessor == null) {
            throw new IllegalArgumentException("preprocessor is null");
        }
        this.preprocessor = preprocessor;
    }

    /**
     * @param engine  the engine of the calling thread
     * @param image   the page
     * @param dpi     its resolution
     * @param timeout time limit for the page (both readings together), or null for none
     */
    public OcrResult read(OcrEngine engine, BufferedImage image, int dpi, Duration timeout) throws OcrException {
        long start = System.nanoTime();
        BufferedImage grey = GreyRaster.image(GreyRaster.pixels(image), image.getWidth(), image.getHeight());
        boolean clean = PageMeasures.of(GreyRaster.pixels(grey), grey.getWidth(), grey.getHeight()).clean();
        String firstWay = clean ? GREY : CLEANED;
        OcrResult first = readWay(engine, firstWay, grey, dpi, timeout);
        if (first.meanConfidence() >= SECOND_READING_BELOW) {
            return first.via(firstWay, 1);
        }
        Duration left = timeout == null ? null : timeout.minusNanos(System.nanoTime() - start);
        if (left != null && left.toMillis() < 1000) {
            return first.via(firstWay, 1);
        }
        String secondWay = clean ? CLEANED : GREY;
        OcrResult second;
        try {
            second = readWay(engine, secondWay, grey, dpi, left);
        } catch (OcrTimeoutException e) {
            return first.via(firstWay, 2); // the first reading stands
        }
        return second.meanConfidence() > first.meanConfidence() ? second.via(secondWay, 2) : first.via(firstWay, 2);
    }

    private OcrResult readWay(OcrEngine engine, String way, BufferedImage grey, int dpi, Duration timeout)
            throws OcrException {
        int pageDpi = dpi > 0 ? dpi : OcrEngine.DEFAULT_DPI;
        if (GREY.equals(way)) {
            return engine.recognize(grey, pageDpi, timeout);
        }
        ImagePreprocessor.Prepared page = preprocessor.prepare(grey);
        return engine.recognize(page.image(), pageDpi / page.divisor(), timeout);
    }
}
