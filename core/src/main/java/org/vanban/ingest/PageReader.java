package org.vanban.ingest;

import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Reads the pages of one kind of source file, like a Tika parser: each reader claims the media types it
 * reads, and {@link SourceReader} sends a file to the reader of its detected type (found in {@link PageReaders}).
 * A reader may also take the types Tika registers as specializations of its own ({@link #readsSubtypes()}).
 *
 * <p>Readers are found with {@link java.util.ServiceLoader} ({@code META-INF/services/org.vanban.ingest.PageReader}),
 * so they need a public no-argument constructor. They must be stateless and thread-safe: one instance serves
 * every file on every thread.
 */
public interface PageReader {

    /** The media types (base types, without parameters) this reader reads. */
    Set<MediaType> mediaTypes();

    /**
     * True when the reader also reads every type Tika registers as a specialization of one it claims, and no
     * other reader claims: the plain-text reader takes text/csv and application/xml. False by default, since
     * a specialization is often a format of its own (a Canon raw photo is a TIFF to Tika, but no TIFF decoder
     * reads it).
     */
    default boolean readsSubtypes() {
        return false;
    }

    /** The formats, as a user names them, for the message on an unsupported file: "TIFF, PNG, JPEG". */
    String formatNames();

    /**
     * Sends the pages of {@code file}, in order, to {@code sink}. Pages already delivered stay delivered when a
     * later page fails; exceptions thrown by the sink propagate unchanged.
     *
     * @param type     the type detected from the file's bytes, one this reader claims or a specialization of one
     * @param settings render resolution and pixel budget
     * @return the number of pages delivered
     * @throws IngestException with a human-readable reason when the file cannot be read
     */
    int read(Path file, MediaType type, ReadSettings settings, PageSink sink) throws IngestException;
}
