/**
 * Ingest stage: turns one source file into an ordered stream of pages.
 *
 * <p>{@link org.vanban.ingest.SourceReader#read} detects the type from the bytes (Tika), then hands the file
 * to the {@link org.vanban.ingest.PageReader} of that type (one per format, found through
 * {@link org.vanban.ingest.PageReaders} and {@code META-INF/services}), which calls {@link org.vanban.ingest.PageSink#textPage} for pages whose text is usable (PDF text layer,
 * office/HTML text, plain text) and {@link org.vanban.ingest.PageSink#imagePage} for pages that need
 * OCR (scanned PDF pages rendered at 300 dpi, image files). Failures are
 * {@link org.vanban.ingest.IngestException}s with a {@link org.vanban.ingest.IngestException.Reason}
 * and a human-readable message. {@link org.vanban.ingest.FileWalker} lists input files and
 * {@link org.vanban.ingest.FileHashing} gives content hashes.
 */
package org.vanban.ingest;
