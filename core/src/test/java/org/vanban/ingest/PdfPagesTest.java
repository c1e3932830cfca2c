package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.PageSource;

/** The PDF reader alone, without detection. */
class PdfPagesTest {

    @TempDir
    Path dir;

    private final PdfPages reader = new PdfPages();

    @Test
    void textLayerPageAndScannedPageAtTheGivenResolution() throws Exception {
        RecordingSink sink = new RecordingSink();

        int pages = reader.read(mixedPdf(), MediaType.application("pdf"), new ReadSettings(150, 60_000_000L), sink);

        assertThat(pages).isEqualTo(2);
        assertThat(sink.pages.get(0).source()).isEqualTo(PageSource.TEXT_LAYER);
        assertThat(sink.pages.get(0).text()).contains("Điều 1. Giao Sở Tài chính");
        // A4 at 150 dpi = 1240 x 1754
        assertThat(sink.pages.get(1).isImage()).isTrue();
        assertThat(sink.pages.get(1).width()).isBetween(1239, 1241);
        assertThat(sink.pages.get(1).height()).isBetween(1753, 1755);
    }

    @Test
    void aPageAboveThePixelBudgetIsRenderedAtALowerResolution() throws Exception {
        RecordingSink sink = new RecordingSink();

        reader.read(mixedPdf(), MediaType.application("pdf"), new ReadSettings(300, 2_000_000L), sink);

        RecordingSink.Delivered scan = sink.pages.get(1);
        assertThat((long) scan.width() * scan.height()).isLessThanOrEqualTo(2_000_000L).isGreaterThan(1_500_000L);
    }

    @Test
    void aFileWithoutTheEndMarkerIsATruncatedPdf() throws Exception {
        Path pdf = Files.writeString(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n");

        assertThatThrownBy(() -> reader.read(pdf, MediaType.application("pdf"), ReadSettings.DEFAULT, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT))
                .hasMessageContaining("%%EOF");
    }

    /** Page 1 a text layer, page 2 a scanned image (A4). */
    private Path mixedPdf() throws Exception {
        assumeTrue(Files.exists(TestFiles.SERIF), "Liberation Serif (fonts-liberation2) not installed");
        Path pdf = dir.resolve("mixed.pdf");
        TestFiles.mixedPdf(pdf, null);
        return pdf;
    }
}
