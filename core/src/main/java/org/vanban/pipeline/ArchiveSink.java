package org.vanban.pipeline;

import java.util.List;
import java.util.Map;
import org.vanban.model.VanbanDocument;
import org.vanban.ocr.PageWords;

/**
 * Where ingest hands each file's documents once they are indexed, for an archive copy written beside the index
 * ({@code ingest --pdf-out}: the PDF/A module implements it). Calls come from several worker threads at once.
 * Every method answers with a note for the file's outcome ("" when there is nothing to say); a failure to write
 * one file's copy is a note, never an exception that would cost the file its place in the index.
 */
public interface ArchiveSink {
    /** Whether the copy of the file holding document {@code id} is there already. */
    boolean has(String id);

    /** Writes the copy of a file just ingested, with the words its OCR read per page number. */
    String write(List<VanbanDocument> docs, Map<Integer, PageWords> words);

    /** Writes the copy of a file indexed earlier when it is missing. */
    String ensure(List<VanbanDocument> docs);

    /** One line for the end of the run: what was written and what it cost. */
    String summary();
}
