package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class BackgroundNormalizerTest {

    @Test
    void flattensTheLightingAndKeepsTheInk() {
        BufferedImage clean = TestPages.render(TestPages.LINES, 0);
        BufferedImage lit = TestPages.degrade(clean, 1.0, 0.4, 0, 2); // paper from 255 down to ~100
        byte[] truth = ((DataBufferByte) clean.getRaster().getDataBuffer()).getData();
        byte[] in = ((DataBufferByte) lit.getRaster().getDataBuffer()).getData();
        byte[] out = ((DataBufferByte) new BackgroundNormalizer().normalize(lit).getRaster().getDataBuffer())
                .getData();
        double paperInMin = 255, paperOutSum = 0, paperOutMin = 255, inkOutSum = 0;
        long paper = 0, ink = 0;
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i] & 0xFF;
            if (t == 255) {
                paper++;
                paperInMin = Math.min(paperInMin, in[i] & 0xFF);
                paperOutSum += out[i] & 0xFF;
            } else if (t < 40) {
                ink++;
                inkOutSum += out[i] & 0xFF;
            }
        }
        assertThat(paperInMin).as("the input really is uneven").isLessThan(120);
        assertThat(paperOutSum / paper).as("mean paper after").isGreaterThan(235);
        assertThat(inkOutSum / ink).as("mean ink after").isLessThan(80);
        // bottom-right corner, paper only: brought back close to white
        int w = clean.getWidth();
        int h = clean.getHeight();
        double corner = 0;
        for (int y = h - 40; y < h - 10; y++) {
            for (int x = w - 40; x < w - 10; x++) {
                corner += out[y * w + x] & 0xFF;
            }
        }
        assertThat(corner / 900).isGreaterThan(225);
    }
}
