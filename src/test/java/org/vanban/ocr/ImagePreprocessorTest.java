package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class ImagePreprocessorTest {

    /** An A4 page at 300 dpi with five harsh text blocks, skewed 2°. */
    static BufferedImage a4Page() {
        BufferedImage block = TestPages.render(TestPages.LINES, 2.0);
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        for (int i = 0; i < 5; i++) {
            g.drawImage(block, 200, 100 + i * 700, null);
        }
        g.dispose();
        return TestPages.degrade(page, 0.45, 0.35, 3000, 3);
    }

    @Test
    void a4PageIsProcessedQuicklyIntoBlackAndWhite() {
        BufferedImage page = a4Page();
        ImagePreprocessor pre = new ImagePreprocessor();
        pre.process(page); // warm-up (JIT)
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        BufferedImage out = null;
        for (int i = 0; i < 2; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            out = pre.process(page);
            bestWall = Math.min(bestWall, (System.nanoTime() - t) / 1_000_000);
            best = Math.min(best, (bean.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        System.out.println("ImagePreprocessor on 2480x3508: " + best + " ms CPU, " + bestWall + " ms wall");
        // CPU time, so a busy shared machine does not make the test flaky; the target is well under 1 s
        assertThat(best).isLessThan(1000);
        assertThat(out.getWidth()).isEqualTo(2480);
        assertThat(out.getHeight()).isEqualTo(3508);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        long black = 0;
        for (byte b : px) {
            int v = b & 0xFF;
            assertThat(v == 0 || v == 255).isTrue();
            if (v == 0) {
                black++;
            }
        }
        // text covers a few percent of the page; specks and lighting must not add much
        assertThat((double) black / px.length).isBetween(0.01, 0.08);
        assertThat(new Deskewer().skewDegrees(out)).isBetween(-0.3, 0.3);
    }
}
