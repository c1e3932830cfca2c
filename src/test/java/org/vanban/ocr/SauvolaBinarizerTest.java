package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class SauvolaBinarizerTest {

    private static byte[] data(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void separatesInkFromPaperUnderAStrongLightingGradient() {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0);
        // no noise, no specks: only fading and lighting from 100% down to 35%
        BufferedImage lit = TestPages.degrade(clean, 0.6, 0.35, 0, 1);
        byte[] truth = data(clean);
        byte[] bw = data(new SauvolaBinarizer().binarize(lit));
        byte[] src = data(lit);

        long paper = 0, paperWhite = 0, ink = 0, inkBlack = 0, globalPaperBlack = 0;
        int w = clean.getWidth();
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i] & 0xFF;
            int v = bw[i] & 0xFF;
            assertThat(v == 0 || v == 255).isTrue();
            if (t == 255 && isFarFromInk(truth, w, i)) {
                paper++;
                if (v == 255) {
                    paperWhite++;
                }
                if ((src[i] & 0xFF) < 128) {
                    globalPaperBlack++; // a fixed threshold would call this paper ink
                }
            } else if (t < 60) {
                ink++;
                if (v == 0) {
                    inkBlack++;
                }
            }
        }
        assertThat((double) paperWhite / paper).isGreaterThan(0.99);
        assertThat((double) inkBlack / ink).isGreaterThan(0.9);
        assertThat((double) globalPaperBlack / paper).as("the gradient defeats a global threshold")
                .isGreaterThan(0.1);
    }

    private static boolean isFarFromInk(byte[] truth, int w, int i) {
        int x = i % w;
        int y = i / w;
        int h = truth.length / w;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && (truth[ny * w + nx] & 0xFF) < 255) {
                    return false;
                }
            }
        }
        return true;
    }
}
