package org.vanban.spark;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vanban.ingest.PageSink;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.ocr.OcrEnginePool;
import org.vanban.ocr.OcrException;
import org.vanban.ocr.OcrResult;

/**
 * Receives one file's pages from core's reader; an image page is recognised at once by the executor's OCR pool while
 * the task waits (a Spark task is one file, so the executor's cores are kept busy by its other tasks, and only one page
 * image of the file is in memory). A page whose OCR fails or times out is kept empty and named in {@link #failed}, the
 * other pages are kept (a partial file).
 */
final class PageCollector implements PageSink {
    /** Supplies the executor's pool at the first image page. */
    interface PoolSource {
        OcrEnginePool get() throws OcrException;
    }

    private final PoolSource ocr;
    private final Duration pageTimeout;
    private final Map<Integer, Page> pages = new TreeMap<>();
    final Map<Integer, String> failed = new TreeMap<>();
    int ocrPages;

    PageCollector(PoolSource ocr, Duration pageTimeout) {
        this.ocr = ocr;
        this.pageTimeout = pageTimeout;
    }

    @Override
    public void textPage(int number, String text, PageSource source) {
        pages.put(number, new Page(number, text, text, -1, source));
    }

    @Override
    public void imagePage(int number, BufferedImage greyImage) {
        ocrPages++;
        OcrEnginePool pool;
        try {
            pool = ocr.get();
        } catch (OcrException e) {
            throw new IllegalStateException("Tesseract is not available on this executor: " + e.getMessage()
                    + " (install tesseract-ocr and tesseract-ocr-vie on every worker)", e);
        }
        try {
            OcrResult r = pool.recognize(greyImage, pageTimeout);
            pages.put(number, new Page(number, r.text(), r.text(), r.meanConfidence(), PageSource.OCR));
        } catch (OcrException e) {
            failed.put(number, String.valueOf(e.getMessage()));
            pages.put(number, new Page(number, "", "", 0, PageSource.OCR));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OCR", e);
        }
    }

    /** The pages in order. */
    List<Page> pages() {
        return List.copyOf(pages.values());
    }
}
