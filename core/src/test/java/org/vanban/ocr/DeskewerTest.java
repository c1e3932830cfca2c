package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DeskewerTest {

    private final Deskewer deskewer = new Deskewer();

    @Test
    void recoversKnownRotations() {
        for (double angle : new double[]{2.0, -3.3, 0.7, 4.6}) {
            BufferedImage page = TestPages.render(TestPages.LINES, angle);
            assertThat(deskewer.skewDegrees(page)).as("rotation %s°", angle).isCloseTo(angle, within(0.3));
        }
    }

    @Test
    void straightPageHasNoSkewAndDeskewStraightensARotatedOne() {
        assertThat(deskewer.skewDegrees(TestPages.render(TestPages.LINES, 0))).isCloseTo(0.0, within(0.3));
        BufferedImage skewed = TestPages.render(TestPages.LINES, -2.5);
        BufferedImage straight = deskewer.deskew(skewed);
        assertThat(straight.getWidth()).isEqualTo(skewed.getWidth());
        assertThat(straight.getHeight()).isEqualTo(skewed.getHeight());
        assertThat(deskewer.skewDegrees(straight)).isCloseTo(0.0, within(0.3));
    }

    @Test
    void blankPageIsLeftAlone() {
        BufferedImage blank = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        blank.getRaster().setSamples(0, 0, 300, 200, 0, new int[300 * 200]); // black? no: fill white below
        java.util.Arrays.fill(((java.awt.image.DataBufferByte) blank.getRaster().getDataBuffer()).getData(),
                (byte) 255);
        assertThat(deskewer.skewDegrees(blank)).isZero();
        assertThat(deskewer.deskew(blank)).isSameAs(blank);
    }

    @Test
    void rotationIsBilinearAndKeepsPaperWhite() {
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(px, (byte) 255);
        for (int x = 10; x < 90; x++) {
            px[50 * 100 + x] = 0; // a one-pixel horizontal line
        }
        BufferedImage rotated = Deskewer.rotate(img, 10);
        byte[] out = ((java.awt.image.DataBufferByte) rotated.getRaster().getDataBuffer()).getData();
        assertThat(out[0] & 0xFF).isEqualTo(255); // corner outside the source: white
        long grey = 0;
        for (byte b : out) {
            int v = b & 0xFF;
            if (v > 0 && v < 255) {
                grey++;
            }
        }
        assertThat(grey).as("interpolated (intermediate) pixels").isGreaterThan(50);
        // the line now descends to the right: darker pixels lower on the right than on the left
        assertThat(darkestRow(out, 100, 80)).isGreaterThan(darkestRow(out, 100, 20));
    }

    private static int darkestRow(byte[] px, int w, int x) {
        int best = 0;
        int min = 256;
        for (int y = 0; y < px.length / w; y++) {
            int v = px[y * w + x] & 0xFF;
            if (v < min) {
                min = v;
                best = y;
            }
        }
        return best;
    }
}
