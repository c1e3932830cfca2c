package org.vanban.ocr;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class Scratch2 {
    @Test
    void time() {
        int w = 2480, h = 3508;
        BufferedImage clean = TestPages.render(TestPages.LINES, 2.0);
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE); g.fillRect(0,0,w,h);
        for (int i = 0; i < 5; i++) g.drawImage(clean, 200, 100 + i * 700, null);
        g.dispose();
        BufferedImage harsh = TestPages.degrade(page, 0.45, 0.35, 5000, 3);
        byte[] px = GreyRaster.pixels(harsh);
        BackgroundNormalizer n = new BackgroundNormalizer();
        SauvolaBinarizer s = new SauvolaBinarizer();
        Deskewer d = new Deskewer();
        Despeckler sp = new Despeckler();
        for (int r = 0; r < 4; r++) {
            long t0 = System.nanoTime();
            byte[] a = n.normalize(px, w, h);
            long t1 = System.nanoTime();
            byte[] b = s.binarize(a, w, h);
            long t2 = System.nanoTime();
            double skew = d.skewDegrees(b, w, h);
            long t3 = System.nanoTime();
            byte[] c = Deskewer.rotate(a, w, h, -skew);
            long t4 = System.nanoTime();
            sp.despeckle(b, w, h);
            long t5 = System.nanoTime();
            new ImagePreprocessor().process(harsh);
            long t6 = System.nanoTime();
            System.out.printf("norm %d bin %d skew %d (%.2f) rot %d speck %d total %d%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, skew, (t4-t3)/1000000, (t5-t4)/1000000, (t6-t5)/1000000);
        }
    }
}
