package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.PageSource;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void mixedPdfGivesTextLayerThenImagePage() throws Exception {
        assumeTrue(Files.exists(TestFiles.SERIF), "Liberation Serif (fonts-liberation2) not installed");
        Path pdf = dir.resolve("mixed.bin"); // extension says nothing: detection is by content
        TestFiles.mixedPdf(pdf, null);
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(pdf, sink);

        assertThat(info).isEqualTo(new SourceInfo("application/pdf", 2));
        assertThat(sink.pages).hasSize(2);
        RecordingSink.Delivered first = sink.pages.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.source()).isEqualTo(PageSource.TEXT_LAYER);
        assertThat(first.text()).contains("QUYẾT ĐỊNH", "Điều 1. Giao Sở Tài chính", "Ủy ban nhân dân tỉnh");
        RecordingSink.Delivered second = sink.pages.get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.isImage()).isTrue();
        assertThat(second.imageType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        // A4 at 300 dpi = 2480 x 3508
        assertThat(second.width()).isBetween(2478, 2482);
        assertThat(second.height()).isBetween(3506, 3510);
    }

    @Test
    void legacyFontTextLayerIsTreatedAsScan() throws Exception {
        assumeTrue(Files.exists(TestFiles.SERIF), "Liberation Serif (fonts-liberation2) not installed");
        Path pdf = dir.resolve("tcvn3.pdf");
        // what a TCVN3 (.VnTime) text layer looks like when extracted
        TestFiles.mixedPdf(pdf, "NghÞ quyÕt cña Uû ban nh©n d©n tØnh vÒ viÖc phª duyÖt kÕ ho¹ch ph¸t triÓn");
        RecordingSink sink = new RecordingSink();

        reader.read(pdf, sink);

        assertThat(sink.pages).extracting(RecordingSink.Delivered::isImage).containsExactly(true, true);
    }

    @Test
    void multiPageTiffYieldsEveryFrame() throws Exception {
        Path tiff = dir.resolve("scan.tif");
        TestFiles.tiff(tiff, List.of(TestFiles.textImage(600, 800), TestFiles.textImage(610, 800),
                TestFiles.textImage(620, 800)));
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(tiff, sink);

        assertThat(info).isEqualTo(new SourceInfo("image/tiff", 3));
        assertThat(sink.pages).extracting(RecordingSink.Delivered::number).containsExactly(1, 2, 3);
        assertThat(sink.pages).extracting(RecordingSink.Delivered::width).containsExactly(600, 610, 620);
        assertThat(sink.pages).allSatisfy(p -> {
            assertThat(p.isImage()).isTrue();
            assertThat(p.imageType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        });
    }

    @Test
    void pngAndJpegAreSingleGreyPages() throws Exception {
        for (String format : List.of("png", "jpeg")) {
            Path file = dir.resolve("page." + format);
            ImageIO.write(TestFiles.textImage(500, 700), format, file.toFile());
            RecordingSink sink = new RecordingSink();

            SourceInfo info = reader.read(file, sink);

            assertThat(info).isEqualTo(new SourceInfo("image/" + format, 1));
            assertThat(sink.pages).singleElement().satisfies(p -> {
                assertThat(p.width()).isEqualTo(500);
                assertThat(p.height()).isEqualTo(700);
                assertThat(p.imageType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            });
        }
    }

    @Test
    void hugeImageIsSubsampledInsteadOfExhaustingMemory() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        TestFiles.hugeWhitePng(bomb, 30_000, 30_000);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(bomb, sink);

        assertThat(info.pageCount()).isEqualTo(1);
        RecordingSink.Delivered page = sink.pages.get(0);
        long pixels = (long) page.width() * page.height();
        assertThat(pixels).isLessThanOrEqualTo(SourceReader.DEFAULT_MAX_PIXELS).isGreaterThan(20_000_000L);
        assertThat(page.width()).isEqualTo(7500); // 30000 / 4
    }

    @Test
    void docxYieldsItsVietnameseText() throws Exception {
        Path docx = dir.resolve("quyet-dinh"); // no extension at all
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : TestFiles.VIETNAMESE) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(docx, sink);

        assertThat(info.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PageSource.OFFICE);
            assertThat(p.text()).contains(TestFiles.VIETNAMESE);
        });
    }

    @Test
    void odtYieldsItsText() throws Exception {
        Path odt = dir.resolve("doc.odt");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:p>Điều 3. Các ông (bà) Chánh Văn phòng chịu trách nhiệm thi hành.</text:p>
                  </office:text></office:body>
                </office:document-content>
                """;
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(odt, sink);

        assertThat(info.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PageSource.OFFICE);
            assertThat(p.text()).contains("Điều 3. Các ông (bà) Chánh Văn phòng chịu trách nhiệm thi hành.");
        });
    }

    @Test
    void htmlYieldsBodyText() throws Exception {
        Path html = dir.resolve("page.txt"); // misleading extension
        Files.writeString(html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Văn bản</title>"
                + "</head><body><h1>CHỈ THỊ</h1><p>Về việc tăng cường công tác phòng chống thiên tai.</p>"
                + "<script>var x = 1;</script></body></html>");
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(html, sink);

        assertThat(info.mediaType()).isEqualTo("text/html");
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PageSource.OFFICE);
            assertThat(p.text()).contains("CHỈ THỊ", "Về việc tăng cường công tác phòng chống thiên tai.")
                    .doesNotContain("var x");
        });
    }

    @Test
    void utf8TextSplitsPagesAtFormFeeds() throws Exception {
        Path txt = dir.resolve("ocr-output.pdf"); // misleading extension
        Files.writeString(txt, "Trang một: Điều 1.\r\nDòng hai.\fTrang hai: Điều 2.\f", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();

        SourceInfo info = reader.read(txt, sink);

        assertThat(info.mediaType()).isEqualTo("text/plain");
        assertThat(info.pageCount()).isEqualTo(2);
        assertThat(sink.pages).extracting(RecordingSink.Delivered::text)
                .containsExactly("Trang một: Điều 1.\nDòng hai.", "Trang hai: Điều 2.");
        assertThat(sink.pages).extracting(RecordingSink.Delivered::source)
                .containsOnly(PageSource.TEXT_FILE);
    }

    @Test
    void legacyTcvn3BytesSurviveByteForByte() throws Exception {
        // "Quyết định" in TCVN3 (ABC) bytes: not valid UTF-8
        byte[] bytes = {'Q', 'u', 'y', (byte) 0xD5, 't', ' ', (byte) 0xAE, (byte) 0xDE, 'n', 'h', ' ',
                (byte) 0x81, (byte) 0x9D, '\n'};
        Path txt = dir.resolve("legacy.txt");
        Files.write(txt, bytes);
        RecordingSink sink = new RecordingSink();

        reader.read(txt, sink);

        String text = sink.pages.get(0).text();
        assertThat(text.getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(bytes);
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void readerIsReusableAndThreadSafe() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Điều 1.\fĐiều 2.");
        Path b = dir.resolve("b.png");
        ImageIO.write(TestFiles.textImage(300, 400), "png", b.toFile());
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            Path f = i % 2 == 0 ? a : b;
            Thread t = new Thread(() -> {
                try {
                    results.add(reader.read(f, new RecordingSink()).toString());
                } catch (IngestException e) {
                    results.add("error " + e.getMessage());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).containsExactlyInAnyOrder(
                new SourceInfo("text/plain", 2).toString(),
                new SourceInfo("image/png", 1).toString(),
                new SourceInfo("text/plain", 2).toString(),
                new SourceInfo("image/png", 1).toString());
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
