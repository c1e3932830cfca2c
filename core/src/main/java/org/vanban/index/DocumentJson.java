package org.vanban.index;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vanban.model.VanbanDocument;

/**
 * JSON form of a {@link VanbanDocument} as stored in the index: Jackson serialises the records
 * by their components; the bytes are gzipped. Derived accessors such as {@code Locality.isKnown()}
 * are not written.
 */
public final class DocumentJson {
    private DocumentJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Plain JSON text of a document. */
    public static String toJson(VanbanDocument doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write document " + doc.id() + " as JSON", e);
        }
    }

    /** Parses JSON text written by {@link #toJson}. */
    public static VanbanDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, VanbanDocument.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a vanban document JSON: " + e.getMessage(), e);
        }
    }

    /** Gzipped JSON, as stored in the {@link IndexSchema#JSON} field. */
    public static byte[] toBytes(VanbanDocument doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            MAPPER.writeValue(gz, doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write document " + doc.id() + " as JSON", e);
        }
        return bytes.toByteArray();
    }

    /** Reads bytes written by {@link #toBytes}. */
    public static VanbanDocument fromBytes(byte[] bytes, int offset, int length) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            return MAPPER.readValue(gz, VanbanDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored document JSON is unreadable: " + e.getMessage(), e);
        }
    }
}
