package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.PageSource;

/** The office/HTML reader alone, without detection. */
class OfficePagesTest {

    @TempDir
    Path dir;

    private final OfficePages reader = new OfficePages();

    @Test
    void docxTextIsOnePage() throws Exception {
        Path docx = dir.resolve("qd.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : TestFiles.VIETNAMESE) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        RecordingSink sink = new RecordingSink();

        int pages = reader.read(docx,
                MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ReadSettings.DEFAULT, sink);

        assertThat(pages).isEqualTo(1);
        assertThat(sink.pages.get(0).source()).isEqualTo(PageSource.OFFICE);
        assertThat(sink.pages.get(0).text()).contains(TestFiles.VIETNAMESE);
    }

    @Test
    void htmlGivesItsBodyTextWithoutScripts() throws Exception {
        Path html = Files.writeString(dir.resolve("p.html"), "<html><head><title>Văn bản</title></head><body>"
                + "<p>CHỈ THỊ về việc tăng cường.</p><script>var x = 1;</script></body></html>");
        RecordingSink sink = new RecordingSink();

        int pages = reader.read(html, MediaType.text("html"), ReadSettings.DEFAULT, sink);

        assertThat(pages).isEqualTo(1);
        assertThat(sink.pages.get(0).text()).contains("CHỈ THỊ về việc tăng cường.").doesNotContain("var x");
    }

    @Test
    void aPasswordProtectedContainerIsRefusedAsEncrypted() throws Exception {
        Path file = Files.write(dir.resolve("secret.docx"), new byte[]{1, 2, 3});

        assertThatThrownBy(() -> reader.read(file, MediaType.application("x-tika-ooxml-protected"),
                ReadSettings.DEFAULT, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED))
                .hasMessageContaining("password protected (application/x-tika-ooxml-protected)");
    }

    @Test
    void damagedDocxIsCorrupt() throws Exception {
        Path file = Files.write(dir.resolve("cut.docx"), new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});

        assertThatThrownBy(() -> reader.read(file,
                MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ReadSettings.DEFAULT, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT))
                .hasMessageContaining("damaged DOCX document");
    }
}
