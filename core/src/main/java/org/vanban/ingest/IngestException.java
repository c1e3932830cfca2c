package org.vanban.ingest;

import java.nio.file.Path;

/**
 * A source file could not be read. The message is meant for humans (it names the file and the
 * reason); {@link #reason()} lets callers react per kind of failure.
 */
public class IngestException extends Exception {

    /** Kind of failure. */
    public enum Reason {
        /** The file does not exist (or was removed while being read). */
        MISSING,
        /** The file exists but cannot be read (permissions, is a directory, ...). */
        UNREADABLE,
        /** The file has zero bytes. */
        EMPTY,
        /** The content type is not one vanban can read. */
        UNSUPPORTED,
        /** The file is password protected. */
        ENCRYPTED,
        /** The file is truncated or damaged (PDF, office document, text). */
        CORRUPT,
        /** An image file is truncated or damaged. */
        CORRUPT_IMAGE,
        /** Any other input/output failure. */
        IO
    }

    private final Path file;
    private final Reason reason;
    private final String detail;

    public IngestException(Path file, Reason reason, String message) {
        this(file, reason, message, null);
    }

    public IngestException(Path file, Reason reason, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.reason = reason;
        this.detail = message;
    }

    /** What went wrong, without the file's path (for a line that already shows the path). */
    public String detail() {
        return detail;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }
}
