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
}
