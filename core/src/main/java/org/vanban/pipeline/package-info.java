/**
 * The ingest pipeline for archive-scale imports: {@link org.vanban.pipeline.IngestPipeline} (bounded
 * readers → OCR pool → {@link org.vanban.pipeline.DocumentBuilder} → index), resumable through the
 * {@link org.vanban.pipeline.IngestLedger} kept in the index directory, committed periodically by the
 * {@link org.vanban.pipeline.Checkpointer}, guarded against a full disk by the
 * {@link org.vanban.pipeline.DiskGuard}; {@link org.vanban.pipeline.Reprocessor} rebuilds documents from
 * their stored raw page text without OCR; {@link org.vanban.pipeline.StableFiles} drives {@code --watch}.
 *
 * <p>Guarantees: a document is written to the index in one atomic update (document + sections); the ledger
 * line of a file is written only after the commit that holds its document, so after a crash (kill -9, power
 * cut) a rerun of the same command skips exactly what is durable, redoes the rest, and re-indexing is
 * idempotent (by id and content hash). Originals are only read, never written.
 */
package org.vanban.pipeline;
