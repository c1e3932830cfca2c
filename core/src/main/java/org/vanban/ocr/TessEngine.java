package org.vanban.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * The in-process {@link OcrEngine}: one Tesseract instance (a native {@code TessBaseAPI} handle) used through
 * Tess4J's JNA binding.
 * <b>Not thread-safe</b>: use one engine per thread (see {@link OcrEnginePool}). Close it to free the
 * native memory (~100 MB with {@code vie}).
 */
public final class TessEngine implements OcrEngine {

    private static final int NO_DEADLINE_MS = Integer.MAX_VALUE;

    private final TessAPI api = TessAPI.INSTANCE;
    private final Path tessdataDir;
    private final String lang;
    private TessBaseAPI handle;
    private int pageSegMode = -1;
    private int libraryPageSegMode = -1;

    /** An engine for {@code vie} with the {@link OcrEngine#defaultTessdataDir() default tessdata}. */
    public TessEngine() throws OcrException {
        this(OcrEngine.defaultTessdataDir(), DEFAULT_LANG);
    }

    /**
     * @param tessdataDir directory holding {@code <lang>.traineddata}
     * @param lang        Tesseract language(s), e.g. {@code vie} or {@code vie+eng}
     * @throws OcrException when the tessdata or the language file is missing or Tesseract fails to start
     */
    public TessEngine(Path tessdataDir, String lang) throws OcrException {
        OcrEngine.checkTessdata(tessdataDir, lang);
        this.tessdataDir = tessdataDir;
        this.lang = lang;
        TessBaseAPI h = api.TessBaseAPICreate();
        if (h == null) {
            throw new OcrException("could not create a Tesseract instance (is libtesseract5 installed?)");
        }
        int rc = api.TessBaseAPIInit3(h, tessdataDir.toString(), lang);
        if (rc != 0) {
            api.TessBaseAPIDelete(h);
            throw new OcrException("Tesseract failed to load language '" + lang + "' from " + tessdataDir
                    + " (error " + rc + "); reinstall the tesseract-ocr-" + lang.split("\\+")[0] + " package");
        }
        this.handle = h;
        this.libraryPageSegMode = api.TessBaseAPIGetPageSegMode(h);
        // automatic layout (mode 3) prints "Detected N diacritics" per page on stderr: not for the user's terminal
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
    }

    /** Recognises a page image at {@value OcrEngine#DEFAULT_DPI} dpi with no time limit. */
    @Override
    public OcrResult recognize(BufferedImage image) throws OcrException {
        return recognize(image, DEFAULT_DPI, null);
    }

    /**
     * Recognises a page image.
     *
     * @param image   any image; converted to 8-bit grey if it is not already
     * @param dpi     resolution of the image (helps Tesseract size its filters)
     * @param timeout time limit or null for none; enforced inside Tesseract (its cancel deadline)
     * @throws OcrTimeoutException when the limit is exceeded (the engine stays usable, but callers
     *                             may prefer to close and replace it, as {@link OcrEnginePool} does)
     * @throws OcrException        when Tesseract fails
     */
    @Override
    public OcrResult recognize(BufferedImage image, int dpi, Duration timeout) throws OcrException {
        if (handle == null) {
            throw new IllegalStateException("OCR engine is closed");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 3 || h < 3) {
            return new OcrResult("", 0);
        }
        ByteBuffer pixels = greyPixels(image);
        ETEXT_DESC monitor = null;
        long start = System.nanoTime();
        try {
            int psm = pageSegMode >= 0 ? pageSegMode : libraryPageSegMode;
            if (psm >= 0) {
                api.TessBaseAPISetPageSegMode(handle, psm);
            }
            api.TessBaseAPISetImage(handle, pixels, w, h, 1, w);
            api.TessBaseAPISetSourceResolution(handle, dpi > 0 ? dpi : DEFAULT_DPI);
            int deadlineMs = NO_DEADLINE_MS;
            if (timeout != null) {
                deadlineMs = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1L, timeout.toMillis()));
                monitor = api.TessMonitorCreate();
                api.TessMonitorSetDeadlineMSecs(monitor, deadlineMs);
            }
            int rc = api.TessBaseAPIRecognize(handle, monitor);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (timeout != null && elapsedMs >= deadlineMs) {
                api.TessBaseAPIClear(handle);
                throw new OcrTimeoutException(timeout);
            }
            if (rc != 0) {
                api.TessBaseAPIClear(handle);
                throw new OcrException("Tesseract failed to recognise the image (error " + rc + ", "
                        + w + "x" + h + " px)");
            }
            Pointer textPtr = api.TessBaseAPIGetUTF8Text(handle);
            String text = "";
            if (textPtr != null) {
                try {
                    text = textPtr.getString(0, StandardCharsets.UTF_8.name());
                } finally {
                    api.TessDeleteText(textPtr);
                }
            }
            int conf = api.TessBaseAPIMeanTextConf(handle);
            java.util.List<OcrWord> words = words();
            api.TessBaseAPIClear(handle);
            return new OcrResult(text, Math.max(0, Math.min(100, conf)), words);
        } finally {
            if (monitor != null) {
                api.TessMonitorDelete(monitor);
            }
            Reference.reachabilityFence(pixels);
        }
    }

    /** The words of the last recognition with their boxes (a walk over Tesseract's result iterator). */
    private java.util.List<OcrWord> words() {
        java.util.List<OcrWord> out = new java.util.ArrayList<>();
        net.sourceforge.tess4j.ITessAPI.TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) return out;
        int level = net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_WORD;
        java.nio.IntBuffer l = java.nio.IntBuffer.allocate(1), t = java.nio.IntBuffer.allocate(1),
                r = java.nio.IntBuffer.allocate(1), b = java.nio.IntBuffer.allocate(1);
        try {
            net.sourceforge.tess4j.ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            do {
                Pointer p = api.TessResultIteratorGetUTF8Text(it, level);
                if (p == null) continue;
                String word;
                try {
                    word = p.getString(0, StandardCharsets.UTF_8.name()).strip();
                } finally {
                    api.TessDeleteText(p);
                }
                if (word.isEmpty() || api.TessPageIteratorBoundingBox(page, level, l, t, r, b) == 0) continue;
                int w = r.get(0) - l.get(0), h = b.get(0) - t.get(0);
                if (w <= 0 || h <= 0) continue;
                float c = api.TessResultIteratorConfidence(it, level);
                out.add(new OcrWord(word, l.get(0), t.get(0), w, h, Math.max(0, Math.min(100, c))));
            } while (api.TessResultIteratorNext(it, level) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return out;
    }

    /**
     * Sets Tesseract's page segmentation mode for the following recognitions ({@code 3} = automatic layout,
     * what the {@code tesseract} command line uses; {@code 6} = one uniform block, the library's own default);
     * a negative value leaves the library's setting alone.
     */
    @Override
    public void pageSegMode(int psm) {
        if (psm > 13) {
            throw new IllegalArgumentException("page segmentation mode must be 0..13: " + psm);
        }
        this.pageSegMode = psm;
    }

    /** The page segmentation mode set by {@link #pageSegMode(int)}, or -1 for the library's own. */
    @Override
    public int pageSegMode() {
        return pageSegMode;
    }


    /** The tessdata directory this engine was loaded from. */
    public Path tessdataDir() {
        return tessdataDir;
    }

    /** The language(s) this engine recognises. */
    public String lang() {
        return lang;
    }

    /** Ends and deletes the native instance; idempotent. */
    @Override
    public void close() {
        TessBaseAPI h = handle;
        handle = null;
        if (h != null) {
            api.TessBaseAPIEnd(h);
            api.TessBaseAPIDelete(h);
        }
    }

    /** Row-major 8-bit grey pixels in a direct buffer (what TessBaseAPISetImage with bpp=1 wants). */
    static ByteBuffer greyPixels(BufferedImage image) {
        byte[] pixels = GreyRaster.pixels(image);
        ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
        buf.put(pixels);
        buf.flip();
        return buf;
    }
}
