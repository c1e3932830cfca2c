package org.vanban.spark;

import java.time.Duration;
import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrEnginePool;
import org.vanban.ocr.OcrException;
import org.vanban.ingest.SourceReader;
import org.vanban.pipeline.DocumentBuilder;

/**
 * What one executor JVM shares between its task threads: core's {@link OcrEnginePool} (one Tesseract engine per
 * worker thread, as many workers as the executor runs tasks; created at the first page that needs OCR, so text-only
 * input needs no Tesseract), core's {@link SourceReader} and {@link DocumentBuilder} (its language model is loaded once).
 * Tesseract must run with {@code OMP_THREAD_LIMIT=1} (spark.executorEnv.OMP_THREAD_LIMIT=1 on a cluster).
 */
final class PerExecutor {
    private static OcrEnginePool pool;
    private static DocumentBuilder builder;
    private static SourceReader reader;

    private PerExecutor() {
    }

    static synchronized OcrEnginePool pool(int threads, Duration pageTimeout) throws OcrException {
        if (pool == null) {
            pool = new OcrEnginePool(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), OcrEngine.defaultTessdataDir(), OcrEngine.DEFAULT_LANG,
                    new ImagePreprocessor(), pageTimeout);
            OcrEnginePool p = pool;
            Runtime.getRuntime().addShutdownHook(new Thread(p::close, "vanban-ocr-close"));
        }
        return pool;
    }

    static synchronized SourceReader reader() {
        if (reader == null) reader = new SourceReader();
        return reader;
    }

    static synchronized DocumentBuilder builder() {
        if (builder == null) builder = new DocumentBuilder();
        return builder;
    }
}
