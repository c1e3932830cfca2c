package org.vanban.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.vanban.model.PageSource;

/**
 * Plain text files. Decoding: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, and when
 * the bytes are not valid UTF-8, ISO-8859-1, which maps every byte to the char with the same value
 * (U+0000..U+00FF), so legacy TCVN3/VNI bytes survive: {@code text.getBytes(ISO_8859_1)} gives
 * them back for the repair stage. Line ends are normalised to \n; a form feed starts a new page. Reads text/plain
 * and the types Tika registers under it (CSV, XML, source code), and the 8-bit legacy text files
 * {@link SourceReader} takes for text/plain.
 */
public final class TextFilePages implements PageReader {

    /** Refuse text files above this size (they would be held whole in memory). */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    @Override
    public Set<MediaType> mediaTypes() {
        return Set.of(MediaType.TEXT_PLAIN);
    }

    @Override
    public boolean readsSubtypes() {
        return true;
    }

    @Override
    public String formatNames() {
        return "plain text";
    }

    @Override
    public int read(Path file, MediaType type, ReadSettings settings, PageSink sink) throws IngestException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IngestException(file, IngestException.Reason.UNSUPPORTED,
                        "text file larger than " + (MAX_BYTES >> 20) + " MB; split it first");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SourceReader.ioFailure(file, e, "reading text file");
        }
        if (bytes.length == 0) {
            throw new IngestException(file, IngestException.Reason.EMPTY, "file is empty (0 bytes)");
        }
        return emitPages(decode(bytes), PageSource.TEXT_FILE, sink);
    }

    /** Decodes text bytes as described in the class comment. */
    static String decode(byte[] bytes) {
        return TextBytes.decode(bytes);
    }

    /**
     * Sends {@code text} as pages split at form feeds (a trailing form feed does not add an empty
     * page); at least one page. Returns the number of pages.
     */
    static int emitPages(String text, PageSource source, PageSink sink) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = normalised.split("\f", -1);
        int count = parts.length;
        while (count > 1 && parts[count - 1].isBlank()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            sink.textPage(i + 1, parts[i], source);
        }
        return count;
    }
}
