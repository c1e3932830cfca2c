package org.vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.vanban.model.PageSource;
import org.xml.sax.SAXException;

/**
 * Text of office and HTML documents (DOCX, DOC, ODT, RTF, HTML) through Tika's parsers: one page, more when the
 * text has form feeds. A password-protected OOXML container (what Tika detects for an encrypted DOCX) is refused
 * with {@link IngestException.Reason#ENCRYPTED}.
 */
public final class OfficePages implements PageReader {

    /** Upper bound on extracted characters per document (a guard against zip bombs). */
    static final int MAX_CHARS = 50_000_000;

    private static final Parser PARSER = new AutoDetectParser(SourceReader.TikaHolder.CONFIG);
    private static final MediaType PROTECTED = MediaType.application("x-tika-ooxml-protected");

    @Override
    public Set<MediaType> mediaTypes() {
        return Set.of(
                MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
                MediaType.application("vnd.ms-word.document.macroenabled.12"),
                MediaType.application("msword"),
                MediaType.application("vnd.oasis.opendocument.text"),
                MediaType.application("rtf"),
                MediaType.text("html"),
                MediaType.application("xhtml+xml"),
                PROTECTED);
    }

    @Override
    public String formatNames() {
        return "DOCX, DOC, ODT, RTF, HTML";
    }

    @Override
    public int read(Path file, MediaType type, ReadSettings settings, PageSink sink) throws IngestException {
        if (type.getBaseType().equals(PROTECTED)) {
            throw new IngestException(file, IngestException.Reason.ENCRYPTED,
                    "the document is password protected (" + type + "); remove the password and try again");
        }
        return read(file, type, sink);
    }

    /** A short human name for an office media type ("DOCX", "HTML" ...). */
    static String friendlyName(MediaType type) {
        return switch (type.getBaseType().toString()) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.ms-word.document.macroenabled.12" -> "DOCM";
            case "application/msword" -> "DOC";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/rtf" -> "RTF";
            case "text/html", "application/xhtml+xml" -> "HTML";
            default -> type.toString();
        };
    }

    private static int read(Path file, MediaType mediaType, PageSink sink) throws IngestException {
        String type = friendlyName(mediaType);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType.toString());
        try (InputStream in = TikaInputStream.get(file)) {
            PARSER.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, IngestException.Reason.ENCRYPTED,
                    "the document is password protected (" + type + "); remove the password and try again", e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw SourceReader.ioFailure(file, e, "reading " + type);
            }
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged " + type + " document (" + e.getMessage() + ")", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IngestException(file, IngestException.Reason.CORRUPT,
                        "document text exceeds " + MAX_CHARS + " characters; refusing it as a likely zip bomb", e);
            }
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged " + type + " document (" + e.getMessage() + ")", e);
        } catch (TikaException e) {
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged " + type + " document (" + rootMessage(e) + ")", e);
        } catch (RuntimeException | AssertionError e) {
            // a parser's own consistency check (an assert, with -ea) fails on damaged bytes as a RuntimeException would
            throw new IngestException(file, IngestException.Reason.CORRUPT,
                    "damaged " + type + " document (" + e + ")", e);
        }
        return TextFilePages.emitPages(handler.toString(), PageSource.OFFICE, sink);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + t.getMessage();
    }
}
