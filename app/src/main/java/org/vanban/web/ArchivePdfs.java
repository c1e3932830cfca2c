package org.vanban.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vanban.index.DocumentSearch;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.SourceArchive;
import org.vanban.pipeline.IngestPipeline;

/**
 * The archive PDF/A behind the web's "Tải PDF/A" link: the file {@code vanban pdf} or {@code ingest --pdf-out}
 * wrote into the folder, else written there on first request from the source file (its OCR'd pages are recognised
 * again for their word boxes, so that first request takes about as long as the OCR did). One file at a time.
 */
final class ArchivePdfs {
    private final Path dir;

    /** @param dir the PDF folder ({@code serve --pdf-dir}), or null for a folder of its own under the temp dir */
    ArchivePdfs(Path dir) {
        this.dir = dir;
    }

    /** Whether the document's PDF is there or can be written (its source is a scan or PDF that still exists). */
    boolean available(VanbanDocument doc) {
        return (dir != null && Files.isRegularFile(dir.resolve(SourceArchive.fileName(doc)))) || PageImages.available(doc);
    }

    /** The PDF file of the source file holding {@code doc}, written first when missing. */
    synchronized Path pdf(DocumentSearch search, VanbanDocument doc) throws IOException {
        Path folder = dir != null ? Files.createDirectories(dir) : Files.createDirectories(
                Path.of(System.getProperty("java.io.tmpdir"), "vanban-pdfa"));
        Path target = folder.resolve(SourceArchive.fileName(doc));
        if (Files.isRegularFile(target)) return target;
        List<VanbanDocument> parts = IngestPipeline.storedParts(search, doc.id());
        if (parts.isEmpty()) parts = List.of(doc);
        try {
            new SourceArchive().write(parts, target);
        } catch (SourceArchive.NoPageImages e) {
            throw ApiException.notFound("document " + doc.id() + " has no page images to archive (office or text file)");
        } catch (SourceArchive.SourceException e) {
            throw ApiException.notFound(e.getMessage());
        }
        return target;
    }
}
