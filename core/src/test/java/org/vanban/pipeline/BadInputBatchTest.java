package org.vanban.pipeline;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchRequest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad file never stops a batch and never corrupts the index: every file is either ingested or listed
 * in the report with a clear reason.
 */
class BadInputBatchTest {
    static final String PLAN = """
            ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN GIA LÂM                   Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-UBND               Gia Lâm, ngày 02 tháng 3 năm 2022

            KẾ HOẠCH
            Triển khai mô hình một cửa liên thông năm 2022

            I. MỤC ĐÍCH, YÊU CẦU
            Nâng cao chất lượng giải quyết thủ tục hành chính theo cơ chế một cửa liên thông.
            II. MỤC TIÊU
            100% hồ sơ được giải quyết đúng hạn.
            """;

    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsReportedWithAReasonAndTheGoodOnesAreIndexed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), PLAN);
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        byte[] pdf = pdfBytes(null);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(in.resolve("encrypted.pdf"), pdfBytes("secret"));
        Files.write(in.resolve("blank.png"), pngBytes(new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY), true));
        org.vanban.ingest.TestFiles.hugeWhitePng(in.resolve("huge.png"), 30000, 30000);
        Files.write(in.resolve("archive.zip"), zipBytes());
        Files.write(in.resolve("noise.bin"), randomBytes());
        Path removed = in.resolve("removed.txt");
        Files.writeString(removed, PLAN.replace("12/KH", "13/KH"));

        List<Path> files = new java.util.ArrayList<>(org.vanban.ingest.FileWalker.list(List.of(in)));
        Files.delete(removed); // listed, then removed before the pipeline reaches it

        Path index = tmp.resolve("index");
        IngestReport report;
        try (DocumentIndex idx = DocumentIndex.open(index);
             IngestPipeline p = new IngestPipeline(idx, new IngestOptions(2, false, Duration.ofMinutes(2), false))) {
            report = p.run(files);
        }
        Map<String, FileOutcome> byName = report.outcomes().stream()
                .collect(Collectors.toMap(o -> Path.of(o.path()).getFileName().toString(), Function.identity()));

        assertThat(byName).hasSize(files.size());
        assertThat(byName.get("good.txt").status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(byName.get("blank.png").status()).as("an image with no text is a page with no text")
                .isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(byName.get("huge.png").status()).as(byName.get("huge.png").reason()).isEqualTo(FileOutcome.Status.INGESTED);
        assertFailed(byName, "empty.pdf", "empty");
        assertFailed(byName, "truncated.pdf", "pdf");
        assertFailed(byName, "encrypted.pdf", "password");
        assertFailed(byName, "archive.zip", "unsupported");
        assertFailed(byName, "noise.bin", "unsupported");
        assertFailed(byName, "removed.txt", "not found");
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.ingested()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(6);

        Path written = report.write(tmp.resolve("reports"));
        String json = Files.readString(written);
        for (String name : byName.keySet()) assertThat(json).contains(name);

        try (IndexSearch s = IndexSearch.open(index)) {
            assertThat(s.documentCount()).isEqualTo(3);
            assertThat(s.search(new SearchRequest("mot cua lien thong", null, null, null, null, null, 5)).hits())
                    .extracting(h -> h.number()).containsExactly("12/KH-UBND");
        }
    }

    @Test
    void theSameContentTwiceIsOneDocumentAndForceReplacesIt() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), PLAN);
        Path copy = Files.writeString(tmp.resolve("copy-of-a.txt"), PLAN);
        Path index = tmp.resolve("index");
        try (DocumentIndex idx = DocumentIndex.open(index)) {
            IngestReport first;
            try (IngestPipeline p = new IngestPipeline(idx, new IngestOptions(1, false, null, false))) {
                first = p.run(List.of(a, copy));
            }
            // the reader threads race to claim the content: either path may be the one ingested
            assertThat(first.outcomes()).extracting(FileOutcome::status)
                    .containsExactlyInAnyOrder(FileOutcome.Status.INGESTED, FileOutcome.Status.SKIPPED);
            assertThat(idx.documentCount()).isEqualTo(1);
            IngestReport forced;
            try (IngestPipeline p = new IngestPipeline(idx, new IngestOptions(1, true, null, false))) {
                forced = p.run(List.of(a));
            }
            assertThat(forced.ingested()).isEqualTo(1);
            assertThat(idx.documentCount()).isEqualTo(1);
        }
        try (IndexSearch s = IndexSearch.open(index)) {
            assertThat(s.search(new SearchRequest("một cửa", null, null, null, null, null, 10)).total()).isEqualTo(1);
        }
    }

    private static void assertFailed(Map<String, FileOutcome> byName, String file, String reasonContains) {
        FileOutcome o = byName.get(file);
        assertThat(o).as(file).isNotNull();
        assertThat(o.status()).as(file + ": " + o.reason()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(o.reason().toLowerCase(java.util.Locale.ROOT)).as(file).contains(reasonContains);
    }

    static byte[] pdfBytes(String password) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] pngBytes(BufferedImage img, boolean white) throws IOException {
        if (white) {
            var g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] zipBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.bin"));
            zip.write(randomBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] randomBytes() {
        byte[] b = new byte[4096];
        new java.util.Random(42).nextBytes(b);
        return b;
    }
}
