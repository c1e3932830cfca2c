package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@link OcrEngine} for fast tests: no Tesseract. Each page's result comes from a function of the image
 * (or one fixed result); it records the pages it was given and can be told to fail or time out on a page.
 */
final class FakeOcrEngine implements OcrEngine {

    private final Function<BufferedImage, OcrResult> reading;
    private final List<BufferedImage> pages = new ArrayList<>();
    private final List<Integer> dpis = new ArrayList<>();
    private int pageSegMode = -1;
    private volatile boolean closed;

    FakeOcrEngine(Function<BufferedImage, OcrResult> reading) {
        this.reading = reading;
    }

    /** Gives the same text, confidence and words for every page. */
    static FakeOcrEngine reading(String text, double confidence, List<OcrWord> words) {
        OcrResult r = new OcrResult(text, confidence, words);
        return new FakeOcrEngine(image -> r);
    }

    /**
     * {@inheritDoc} A null from the reading function means a timeout when a limit is given, else a failure.
     */
    @Override
    public OcrResult recognize(BufferedImage image, int dpi, Duration timeout) throws OcrException {
        if (closed) {
            throw new IllegalStateException("OCR engine is closed");
        }
        pages.add(image);
        dpis.add(dpi);
        OcrResult r = reading.apply(image);
        if (r == null) {
            if (timeout != null) throw new OcrTimeoutException(timeout);
            throw new OcrException("fake engine told to fail on this page");
        }
        return r;
    }

    @Override
    public void pageSegMode(int psm) {
        this.pageSegMode = psm;
    }

    @Override
    public int pageSegMode() {
        return pageSegMode;
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    /** The images recognised, in order. */
    List<BufferedImage> pages() {
        return List.copyOf(pages);
    }

    /** The dpi given with each page, in order. */
    List<Integer> dpis() {
        return List.copyOf(dpis);
    }
}
