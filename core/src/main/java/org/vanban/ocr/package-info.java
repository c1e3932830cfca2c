/**
 * OCR stage: Tesseract through Tess4J's JNA binding ({@link org.vanban.ocr.TessEngine}, an {@link org.vanban.ocr.OcrEngine}; one per
 * thread), a pool of engines with per-page timeouts ({@link org.vanban.ocr.OcrEnginePool}), and the
 * clean-up of harsh scans before recognition ({@link org.vanban.ocr.ImagePreprocessor}: background
 * normalisation, Sauvola binarisation, deskew, despeckle).
 */
package org.vanban.ocr;
