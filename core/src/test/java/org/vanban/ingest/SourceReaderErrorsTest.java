package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives an {@link IngestException} with a clear reason and message. */
class SourceReaderErrorsTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private IngestException failure(Path file) {
        RecordingSink sink = new RecordingSink();
        IngestException e = catchThrowableOfType(IngestException.class, () -> reader.read(file, sink));
        assertThat(e).as("expected an IngestException for " + file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith(file.toString() + ": ");
        return e;
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.pdf"));
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY);
        assertThat(e.getMessage()).contains("empty");
    }

    @Test
    void missingFile() {
        IngestException e = failure(dir.resolve("gone.pdf"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.MISSING);
        assertThat(e.getMessage()).contains("not found");
    }

    @Test
    void directoryIsNotReadableAsAFile() throws IOException {
        Path d = Files.createDirectory(dir.resolve("folder.pdf"));
        IngestException e = failure(d);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
        assertThat(e.getMessage()).contains("directory");
    }

    @Test
    void fileWithoutReadPermission() throws IOException {
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "Điều 1.");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            // Root reads a file whatever its mode bits (CAP_DAC_OVERRIDE): there no local file can be made unreadable
            // portably, so this case needs a normal user; the same reason for a read that the system refuses is
            // checked for every user by readRefusedByTheSystemIsPermissionDenied below.
            assumeFalse(Files.isReadable(f), "running as root: file permissions do not block reading");
            IngestException e = failure(f);
            assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
            assertThat(e.getMessage()).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void readRefusedByTheSystemIsPermissionDenied() throws IOException {
        // what a reader meets when the open itself is refused (mode bits for a normal user, an ACL or a security
        // module for root): the same reason and message as the permission check before reading
        Path f = Files.writeString(dir.resolve("guarded.pdf"), "%PDF-1.7");
        IngestException e = SourceReader.ioFailure(f, new java.nio.file.AccessDeniedException(f.toString()),
                "reading the PDF");
        assertThat(e.file()).isEqualTo(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo(f + ": permission denied (reading the PDF)");
    }

    @Test
    void truncatedPdf() throws IOException {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        IngestException e = failure(cut);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT);
        assertThat(e.getMessage()).contains("truncated PDF");
    }

    @Test
    void corruptPdf() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT);
        assertThat(e.getMessage()).containsIgnoringCase("damaged");
    }

    @Test
    void encryptedPdf() throws IOException {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("password protected");
    }

    @Test
    void unsupportedTypeNamesTheDetectedMediaType() throws IOException {
        Path f = dir.resolve("archive.pdf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("a/readme.bin"));
            zip.write(new byte[]{1, 2, 3, 4, 5, 0, 0, 7});
            zip.closeEntry();
        }
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains("application/zip");
    }

    @Test
    void binaryJunkIsUnsupported() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        IngestException e = failure(Files.write(dir.resolve("junk.txt"), junk));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains("application/octet-stream");
    }

    @Test
    void truncatedDocxIsCorrupt() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Điều 1. Hiệu lực thi hành.");
            doc.write(docx);
        }
        byte[] bytes = docx.toByteArray();
        Path f = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length * 3 / 4));
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT);
        assertThat(e.getMessage()).contains("damaged DOCX document");
    }

    @Test
    void truncatedPngIsCorruptImage() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(TestFiles.textImage(400, 300), "png", png);
        byte[] bytes = png.toByteArray();
        Path f = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT_IMAGE);
        assertThat(e.getMessage()).contains("damaged or truncated image");
    }

    @Test
    void truncatedJpegIsCorruptImage() throws IOException {
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(TestFiles.textImage(400, 300), "jpeg", jpg);
        byte[] bytes = jpg.toByteArray();
        Path f = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT_IMAGE);
    }

    @Test
    void pngHeaderWithGarbageIsCorruptImage() throws IOException {
        byte[] bytes = new byte[200];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(sig, 0, bytes, 0, sig.length);
        Arrays.fill(bytes, sig.length, bytes.length, (byte) 0x41);
        IngestException e = failure(Files.write(dir.resolve("bad.png"), bytes));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT_IMAGE);
    }

    @Test
    void fileRemovedMidRunReportsMissing() throws Exception {
        // removed between listing and reading: read() checks first and says so
        Path f = Files.writeString(dir.resolve("soon-gone.txt"), "Điều 1.");
        Files.delete(f);
        IngestException e = failure(f);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.MISSING);
    }

    @Test
    void ioFailureOfAVanishedFileMapsToMissing() {
        Path f = dir.resolve("vanished.pdf");
        IngestException e = SourceReader.ioFailure(f, new java.nio.file.NoSuchFileException(f.toString()), "reading");
        assertThat(e.reason()).isEqualTo(IngestException.Reason.MISSING);
        assertThat(e.getMessage()).contains("disappeared");
    }
}
