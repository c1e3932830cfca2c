package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DespecklerTest {

    @Test
    void removesIsolatedSpecksButKeepsDiacriticDotsAndStrokes() {
        int w = 200, h = 100;
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 255);
        fill(px, w, 20, 20, 2, 2);    // isolated 2x2 speck
        fill(px, w, 150, 70, 4, 4);   // isolated 4x4 speck (16 px)
        fill(px, w, 100, 40, 4, 30);  // a letter stroke
        fill(px, w, 101, 33, 3, 3);   // its dot, 4 px above (like the dot of i or a dot below)
        BufferedImage img = GreyRaster.image(px, w, h);

        BufferedImage out = new Despeckler().despeckle(img);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();

        assertThat(o[20 * w + 20] & 0xFF).isEqualTo(255);
        assertThat(o[71 * w + 151] & 0xFF).isEqualTo(255);
        assertThat(o[50 * w + 101] & 0xFF).isZero();
        assertThat(o[34 * w + 102] & 0xFF).as("diacritic dot kept").isZero();
        assertThat(px[20 * w + 20] & 0xFF).as("input untouched").isZero();
    }

    @Test
    void countsTheHeightsOfLetterLikeGroupsOnly() {
        int w = 300, h = 100;
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 255);
        fill(px, w, 10, 10, 6, 30);   // a letter 30 px tall
        fill(px, w, 30, 10, 6, 30);   // another
        fill(px, w, 50, 20, 12, 20);  // one 20 px tall
        fill(px, w, 80, 50, 200, 3);  // a rule: far wider than tall, not a letter
        fill(px, w, 5, 80, 3, 3);     // a speck: removed, not counted
        int[] heights = new int[64];
        new Despeckler().despeckle(px, w, h, heights);
        assertThat(heights[30]).isEqualTo(2);
        assertThat(heights[20]).isEqualTo(1);
        assertThat(Arrays.stream(heights).sum()).isEqualTo(3);
        assertThat(px[81 * w + 6] & 0xFF).as("speck removed").isEqualTo(255);
    }

    private static void fill(byte[] px, int w, int x0, int y0, int dx, int dy) {
        for (int y = y0; y < y0 + dy; y++) {
            for (int x = x0; x < x0 + dx; x++) {
                px[y * w + x] = 0;
            }
        }
    }
}
