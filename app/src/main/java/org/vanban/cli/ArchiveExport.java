package org.vanban.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vanban.index.DocumentSearch;
import org.vanban.ingest.FileHashing;
import org.vanban.model.VanbanDocument;
import org.vanban.pdfa.ArchiveRecord;
import org.vanban.pdfa.SourceArchive;
import org.vanban.web.Csv;

/**
 * {@code export --format archive-csv|archive-json}: one {@link ArchiveRecord} per document. CSV: one column per
 * profile field followed by its {@code <field>Confidence} column, UTF-8 with a BOM. JSON: an array of objects
 * {@code {"identifier": {"value": ..., "confidence": ...}, ...}}.
 */
final class ArchiveExport {
    private final Path pdfDir;
    private final boolean csv;
    /** PDF file name → SHA-256 (the parts of a compound file share one PDF). */
    private final Map<String, String> hashes = new HashMap<>();

    ArchiveExport(Path pdfDir, boolean csv) {
        this.pdfDir = pdfDir;
        this.csv = csv;
    }

    void write(DocumentSearch search, OutputStream out) throws IOException {
        if (csv) {
            List<String> header = new ArrayList<>();
            for (String n : ArchiveRecord.NAMES) {
                header.add(n);
                header.add(n + "Confidence");
            }
            out.write(Csv.line(true, header).getBytes(StandardCharsets.UTF_8));
            search.forEachDocument(d -> {
                ArchiveRecord r = record(d);
                List<String> cells = new ArrayList<>();
                for (String n : ArchiveRecord.NAMES) {
                    cells.add(r.value(n));
                    cells.add(Double.toString(r.confidence(n)));
                }
                write(out, Csv.line(false, cells).getBytes(StandardCharsets.UTF_8));
            });
            return;
        }
        JsonGenerator g = Json.COMPACT.getFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        search.forEachDocument(d -> {
            try {
                Json.COMPACT.writeValue(g, record(d).fields());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        g.writeEndArray();
        g.flush();
        out.write('\n');
    }

    private ArchiveRecord record(VanbanDocument d) {
        String name = SourceArchive.fileName(d);
        String sha = pdfDir == null ? "" : hashes.computeIfAbsent(name, this::sha);
        return ArchiveRecord.of(d, sha.isEmpty() ? "" : name, sha);
    }

    private String sha(String name) {
        Path pdf = pdfDir.resolve(name);
        if (!Files.isRegularFile(pdf)) return "";
        try {
            return FileHashing.sha256(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
