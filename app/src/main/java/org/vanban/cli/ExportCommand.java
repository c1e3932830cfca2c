package org.vanban.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vanban.index.IndexSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** {@code vanban export --index DIR --format json|jsonl > out}: every document as JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write every indexed document as JSON to stdout.")
public final class ExportCommand implements Callable<Integer> {
    enum Format { json, jsonl, archive_csv, archive_json }

    @Mixin
    IndexOption index;

    @Option(names = "--format", defaultValue = "jsonl", converter = FormatConverter.class,
            description = {"json (one array), jsonl (one document a line), archive-csv or archive-json (one row per document",
                    "with the e-archive profile fields and a confidence each; docs/archive-profile.md); default ${DEFAULT-VALUE}"})
    Format format;

    @Option(names = "--pdf-dir", paramLabel = "DIR",
            description = "with archive-*: the folder of the archive PDFs (vanban pdf / ingest --pdf-out); each row gets its PDF's file name and SHA-256")
    java.nio.file.Path pdfDir;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws Exception {
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        ObjectMapper mapper = Json.COMPACT;
        try (org.vanban.index.DocumentSearch search = index.openSearch()) {
            if (format == Format.archive_csv || format == Format.archive_json) {
                new ArchiveExport(pdfDir, format == Format.archive_csv).write(search, out);
            } else if (format == Format.jsonl) {
                search.forEachDocument(d -> {
                    try {
                        out.write(mapper.writeValueAsBytes(ExportRecord.of(d)));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } else {
                JsonGenerator g = mapper.getFactory().createGenerator(out);
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                search.forEachDocument(d -> {
                    try {
                        mapper.writeValue(g, ExportRecord.of(d));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                g.writeEndArray();
                g.flush();
                out.write('\n');
            }
        }
        out.flush();
        return 0;
    }
}
