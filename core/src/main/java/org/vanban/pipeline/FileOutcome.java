package org.vanban.pipeline;

import java.util.List;

/**
 * What happened to one input file in an ingest run.
 *
 * @param path        the file as given (absolute)
 * @param status      ingested, skipped (same content already indexed), partial (some pages failed) or failed
 * @param reason      why it failed or was partial; "" otherwise
 * @param documentId  id of the indexed document, or ""
 * @param sha256      content hash, or "" when the file could not be read
 * @param mediaType   detected media type, or ""
 * @param pages       pages in the file
 * @param ocrPages    pages that went through OCR
 * @param failedPages page numbers whose OCR failed (partial files)
 * @param millis      time spent on the file
 */
public record FileOutcome(String path, Status status, String reason, String documentId, String sha256,
                          String mediaType, int pages, int ocrPages, List<Integer> failedPages, long millis) {
    public enum Status { INGESTED, SKIPPED, PARTIAL, FAILED }

    public FileOutcome {
        reason = reason == null ? "" : reason;
        documentId = documentId == null ? "" : documentId;
        sha256 = sha256 == null ? "" : sha256;
        mediaType = mediaType == null ? "" : mediaType;
        failedPages = failedPages == null ? List.of() : List.copyOf(failedPages);
    }

    public static FileOutcome failed(String path, String sha256, String reason, long millis) {
        return new FileOutcome(path, Status.FAILED, reason, "", sha256, "", 0, 0, List.of(), millis);
    }

    public static FileOutcome skipped(String path, String sha256, String documentId) {
        return new FileOutcome(path, Status.SKIPPED, "already indexed (same content)", documentId, sha256, "", 0, 0,
                List.of(), 0);
    }
}
