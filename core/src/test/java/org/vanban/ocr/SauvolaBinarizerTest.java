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

    /** The textbook formula, one square root and divisions per pixel, windows clipped at the borders. */
    static byte[] reference(byte[] in, int w, int h, int radius, double k, double r) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0, sq = 0, n = 0;
                for (int yy = Math.max(0, y - radius); yy <= Math.min(h - 1, y + radius); yy++) {
                    for (int xx = Math.max(0, x - radius); xx <= Math.min(w - 1, x + radius); xx++) {
                        int v = in[yy * w + xx] & 0xFF;
                        sum += v;
                        sq += v * v;
                        n++;
                    }
                }
                double mean = sum / n;
                double var = sq / n - mean * mean;
                double t = mean * (1 + k * (Math.sqrt(Math.max(0, var)) / r - 1));
                out[y * w + x] = (in[y * w + x] & 0xFF) < t ? 0 : (byte) 255;
            }
        }
        return out;
    }

    @Test
    void theFastPathGivesTheTextbookResultPixelForPixel() {
        java.util.Random random = new java.util.Random(3);
        int w = 97, h = 61;
        byte[] in = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // a gradient, strokes and noise: windows of every kind, flat ones included
                int v = 90 + x + (y % 17 < 3 ? -80 : 0) + (random.nextInt(10) == 0 ? random.nextInt(60) - 30 : 0);
                in[y * w + x] = (byte) Math.max(0, Math.min(255, y > 50 ? 200 : v));
            }
        }
        for (double k : new double[]{0.1, 0.2, 0.3, 0.5}) { // (k = 0 makes ties v == mean, decided by the last bit of rounding)
            byte[] fast = new SauvolaBinarizer(7, k, 128).binarize(in, w, h);
            byte[] ref = reference(in, w, h, 7, k, 128);
            int diff = 0;
            for (int i = 0; i < fast.length; i++) if (fast[i] != ref[i]) diff++;
            assertThat(diff).as("k=" + k).isZero();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SauvolaBinarizer(7, -0.1, 128))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
