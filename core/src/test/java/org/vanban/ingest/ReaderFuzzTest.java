package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage, truncated and bit-flipped bytes given to every installed {@link PageReader}, under every media type it
 * claims, and to {@link SourceReader} (detection first): each file either reads, with its pages numbered 1..n in
 * order and as many as the reader says, or fails with an {@link IngestException} that names the file and gives a
 * reason; nothing else escapes, and the pages delivered before a failure are kept in order.
 */
class ReaderFuzzTest {

    @TempDir
    Path dir;

    private int files;

    @Test
    void everyReaderMeetsBadBytesWithAClearErrorAndKeepsWhatItDelivered() throws Exception {
        Map<MediaType, byte[]> seeds = seeds();
        Random random = new Random(16);
        int types = 0;
        for (PageReader reader : PageReaders.installed().readers()) {
            // a fixed order, so that the seeded mutants are the same on every run
            for (MediaType type : reader.mediaTypes().stream().sorted(java.util.Comparator.comparing(MediaType::toString)).toList()) {
                types++;
                byte[] seed = seeds.getOrDefault(type, garbage(random, 64));
                for (byte[] bytes : mutants(seed, random)) {
                    Path f = write(bytes, type);
                    check(f, () -> reader.read(f, type, ReadSettings.DEFAULT, sinkFor(f)), reader + " as " + type);
                    check(f, () -> new SourceReader().read(f, sinkFor(f)).pageCount(), "SourceReader");
                }
            }
        }
        assertThat(types).as("PDF, 6 image types, 8 office/HTML types, plain text").isGreaterThanOrEqualTo(16);
        assertThat(files).isEqualTo(types * 10);
    }

    /** A run of a reader on one file. */
    interface Read {
        int pages() throws IngestException;
    }

    private final Map<Path, RecordingSink> sinks = new LinkedHashMap<>();

    private RecordingSink sinkFor(Path f) {
        RecordingSink s = new RecordingSink();
        sinks.put(f, s);
        return s;
    }

    private void check(Path f, Read read, String who) {
        int n = -1;
        try {
            n = read.pages();
        } catch (IngestException e) {
            assertThat(e.file()).as(who).isEqualTo(f);
            assertThat(e.getMessage()).as(who).startsWith(f + ": ");
            assertThat(e.getMessage().substring(f.toString().length() + 2)).as(who).isNotBlank();
            assertThat(e.reason()).as(who).isNotNull();
        } catch (Throwable t) {
            fail(who + " on " + f + " (" + Files.exists(f) + "): not an IngestException but " + t, t);
        }
        RecordingSink sink = sinks.get(f);
        for (int i = 0; i < sink.pages.size(); i++) {
            RecordingSink.Delivered p = sink.pages.get(i);
            assertThat(p.number()).as(who + ": page order on " + f).isEqualTo(i + 1);
            assertThat(p.isImage() ? p.width() > 0 && p.height() > 0 : p.text() != null).as(who).isTrue();
        }
        if (n >= 0) assertThat(sink.pages).as(who + ": pages delivered on " + f).hasSize(n);
    }

    private Path write(byte[] bytes, MediaType type) throws IOException {
        return Files.write(dir.resolve("f" + (files++) + "." + type.getSubtype().replaceAll("[^a-z0-9]", "")), bytes);
    }

    /** The seed itself, empty-ish cuts, truncations, bit flips, the seed's header on garbage, pure garbage. */
    static List<byte[]> mutants(byte[] seed, Random random) {
        List<byte[]> out = new ArrayList<>();
        out.add(seed);
        out.add(Arrays.copyOf(seed, 1));
        for (double cut : new double[] {0.1, 0.5, 0.9}) out.add(Arrays.copyOf(seed, Math.max(1, (int) (seed.length * cut))));
        for (int k = 0; k < 3; k++) {
            byte[] b = seed.clone();
            for (int i = 0; i < 1 + b.length / 200; i++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            out.add(b);
        }
        byte[] head = garbage(random, 512);
        System.arraycopy(seed, 0, head, 0, Math.min(8, seed.length));
        out.add(head);
        out.add(garbage(random, 1 + random.nextInt(2048)));
        return out;
    }

    static byte[] garbage(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A small valid file of each type the readers claim that can be made here; the others start from garbage. */
    static Map<MediaType, byte[]> seeds() throws IOException {
        Map<MediaType, byte[]> s = new LinkedHashMap<>();
        BufferedImage page = TestFiles.textImage(300, 200);
        for (String fmt : new String[] {"png", "jpeg", "bmp", "gif", "tiff"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(fmt.equals("jpeg") || fmt.equals("bmp") ? page : grey(page), fmt, out);
            s.put(MediaType.image(fmt), out.toByteArray());
        }
        s.put(MediaType.image("x-ms-bmp"), s.get(MediaType.image("bmp")));
        Path pdf = Files.createTempFile("vanban-fuzz", ".pdf");
        try {
            TestFiles.mixedPdf(pdf, null);
            s.put(MediaType.application("pdf"), Files.readAllBytes(pdf));
        } finally {
            Files.delete(pdf);
        }
        String text = String.join("\n", TestFiles.VIETNAMESE);
        s.put(MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8));
        s.put(MediaType.text("html"), ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        s.put(MediaType.application("xhtml+xml"), ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        s.put(MediaType.application("rtf"), ("{\\rtf1\\ansi " + "Quyet dinh so 15" + "\\par}").getBytes(StandardCharsets.US_ASCII));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            s.put(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"), out.toByteArray());
        }
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odt)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                    + text + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        s.put(MediaType.application("vnd.oasis.opendocument.text"), odt.toByteArray());
        // an OLE2 header for .doc: the reader must turn the rest of the bytes down clearly
        byte[] doc = garbage(new Random(97), 4096);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, doc, 0, 8);
        s.put(MediaType.application("msword"), doc);
        return s;
    }

    private static BufferedImage grey(BufferedImage rgb) {
        BufferedImage g = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(rgb, 0, 0, null);
        return g;
    }
}
