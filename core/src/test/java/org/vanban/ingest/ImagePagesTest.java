package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image reader alone, without detection. */
class ImagePagesTest {

    @TempDir
    Path dir;

    private final ImagePages reader = new ImagePages();

    @Test
    void everyTiffFrameIsAGreyPage() throws Exception {
        Path tiff = dir.resolve("scan.tif");
        TestFiles.tiff(tiff, List.of(TestFiles.textImage(400, 500), TestFiles.textImage(410, 500)));
        RecordingSink sink = new RecordingSink();

        assertThat(reader.read(tiff, MediaType.image("tiff"), ReadSettings.DEFAULT, sink)).isEqualTo(2);
        assertThat(sink.pages).extracting(RecordingSink.Delivered::width).containsExactly(400, 410);
        assertThat(sink.pages).extracting(RecordingSink.Delivered::imageType)
                .containsOnly(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void theSettingsPixelBudgetSubsamples() throws Exception {
        Path png = dir.resolve("big.png");
        ImageIO.write(TestFiles.textImage(3000, 2000), "png", png.toFile()); // 6 Mpx
        RecordingSink sink = new RecordingSink();

        reader.read(png, MediaType.image("png"), new ReadSettings(300, 2_000_000L), sink);

        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat((long) p.width() * p.height()).isLessThanOrEqualTo(2_000_000L);
            assertThat(p.width()).isEqualTo(1500); // step 2
        });
        assertThat(ImagePages.subsampling(3000, 2000, 2_000_000L)).isEqualTo(2);
        assertThat(ImagePages.subsampling(3000, 2000, 6_000_000L)).isEqualTo(1);
    }

    @Test
    void bytesNoDecoderKnowsAreADamagedImage() throws Exception {
        Path junk = Files.write(dir.resolve("x.png"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});

        assertThatThrownBy(() -> reader.read(junk, MediaType.image("png"), ReadSettings.DEFAULT, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT_IMAGE));
    }

    @Test
    void aHeaderDeclaringAnImpossibleSizeSaysSoOnceWithoutThePathInTheDetail() throws Exception {
        Path png = dir.resolve("huge.png");
        Files.write(png, pngHeader(100_000, 100_000));

        assertThatThrownBy(() -> reader.read(png, MediaType.image("png"), ReadSettings.DEFAULT, new RecordingSink()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT_IMAGE);
                    assertThat(e.detail()).startsWith("image declares 100000 x 100000 pixels (10000 megapixels), more than the 2147-megapixel limit")
                            .doesNotContain("Can not read").doesNotContain(png.toString());
                    assertThat(e.getMessage()).startsWith(png + ": image declares");
                });
    }

    /** A PNG signature, an IHDR of the given size (8-bit grey) and a tiny IDAT: the header is all a reader checks first. */
    private static byte[] pngHeader(int w, int h) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
