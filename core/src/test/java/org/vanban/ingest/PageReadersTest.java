package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.PageSource;

class PageReadersTest {

    @TempDir
    Path dir;

    private final PageReaders installed = PageReaders.installed();

    @Test
    void theServiceFileInstallsOneReaderPerFormatInOrder() {
        assertThat(installed.readers()).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("PdfPages", "ImagePages", "OfficePages", "TextFilePages");
        assertThat(installed.formatNames()).isEqualTo("PDF, TIFF, PNG, JPEG, DOCX, DOC, ODT, RTF, HTML and plain text");
    }

    @Test
    void eachTypeGoesToTheReaderClaimingIt() {
        assertThat(reader("application/pdf")).isEqualTo("PdfPages");
        assertThat(reader("image/tiff")).isEqualTo("ImagePages");
        assertThat(reader("image/x-ms-bmp")).isEqualTo("ImagePages");
        assertThat(reader("application/msword")).isEqualTo("OfficePages");
        assertThat(reader("application/x-tika-ooxml-protected")).isEqualTo("OfficePages");
        assertThat(reader("text/html; charset=UTF-8")).isEqualTo("OfficePages"); // parameters are ignored
        assertThat(reader("text/plain")).isEqualTo("TextFilePages");
    }

    @Test
    void onlyAReaderThatReadsSubtypesTakesASpecialization() {
        // Tika registers these under text/plain: the text reader reads them
        assertThat(reader("text/csv")).isEqualTo("TextFilePages");
        assertThat(reader("application/xml")).isEqualTo("TextFilePages");
        assertThat(reader("text/x-java-source")).isEqualTo("TextFilePages");
        // a Canon raw photo is an image/tiff to Tika and an Illustrator file an application/pdf: neither is read
        assertThat(reader("image/x-canon-cr2")).isEqualTo("none");
        assertThat(reader("application/illustrator")).isEqualTo("none");
        assertThat(reader("application/zip")).isEqualTo("none");
    }

    @Test
    void twoReadersClaimingOneTypeIsAnError() {
        assertThatThrownBy(() -> PageReaders.of(List.of(new TextFilePages(), new FixedReader("text/plain"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("text/plain is claimed by two page readers")
                .hasMessageContaining(TextFilePages.class.getName());
    }

    @Test
    void sourceReaderSendsFilesToTheRegistryItIsGiven() throws Exception {
        Path zip = dir.resolve("bundle.bin");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("Điều 1.".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path txt = Files.writeString(dir.resolve("a.txt"), "Điều 1.");
        SourceReader zipsOnly = new SourceReader(PageReaders.of(List.of(new FixedReader("application/zip"))),
                ReadSettings.DEFAULT);
        RecordingSink sink = new RecordingSink();

        assertThat(zipsOnly.read(zip, sink)).isEqualTo(new SourceInfo("application/zip", 1));
        assertThat(sink.pages).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("application/zip"));
        assertThatThrownBy(() -> zipsOnly.read(txt, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED))
                .hasMessageContaining("unsupported file type text/plain")
                .hasMessageContaining("vanban reads zip files");
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new ReadSettings(50, 60_000_000L)).hasMessageContaining("renderDpi");
        assertThatThrownBy(() -> new ReadSettings(300, 1000L)).hasMessageContaining("maxPixels");
        assertThatThrownBy(() -> new SourceReader(2400, 60_000_000L)).hasMessageContaining("72..1200");
    }

    private String reader(String type) {
        return installed.find(MediaType.parse(type)).map(r -> r.getClass().getSimpleName()).orElse("none");
    }

    /** Claims one type and delivers one text page naming the type it was given. */
    private record FixedReader(String type) implements PageReader {
        @Override
        public Set<MediaType> mediaTypes() {
            return Set.of(MediaType.parse(type));
        }

        @Override
        public String formatNames() {
            return "zip files";
        }

        @Override
        public int read(Path file, MediaType detected, ReadSettings settings, PageSink sink) {
            sink.textPage(1, detected.toString(), PageSource.TEXT_FILE);
            return 1;
        }
    }
}
