package org.vanban.lab.tools;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScanDegraderTest {

    private static PageLayout page;
    private static BufferedImage clean;

    @BeforeAll
    static void setUp() {
        PageRenderer r = new PageRenderer();
        var layout = r.layout(SourceDocument.loadAll().get(4)); // short plan, one or two pages
        page = layout.get(layout.size() - 1);
        clean = r.paint(page);
    }

    private static byte[] pixels(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void sameSeedGivesSamePixels() {
        BufferedImage a = ScanDegrader.degrade(clean, ScanDegrader.Level.HARSH, 7, page.signatureAnchor());
        BufferedImage b = ScanDegrader.degrade(clean, ScanDegrader.Level.HARSH, 7, page.signatureAnchor());
        assertThat(pixels(a)).isEqualTo(pixels(b));
        BufferedImage c = ScanDegrader.degrade(clean, ScanDegrader.Level.HARSH, 8, page.signatureAnchor());
        assertThat(pixels(c)).isNotEqualTo(pixels(a));
    }

    @Test
    void cleanOfficeScanIsGentlerThanMildAndPhotocopyHarsherThanMild() {
        BufferedImage cleanScan = ScanDegrader.degrade(clean, ScanDegrader.Level.CLEAN, 1);
        BufferedImage mild = ScanDegrader.degrade(clean, ScanDegrader.Level.MILD, 1);
        BufferedImage copy = ScanDegrader.degrade(clean, ScanDegrader.Level.PHOTOCOPY, 1);
        assertThat(meanAbsDiff(clean, cleanScan)).isLessThan(meanAbsDiff(clean, mild)).isGreaterThan(0.3);
        assertThat(meanAbsDiff(clean, copy)).isGreaterThan(meanAbsDiff(clean, mild));
        BufferedImage fax = ScanDegrader.degrade(clean, ScanDegrader.Level.FAX, 1);
        byte[] p = pixels(fax);
        long grey = 0;
        for (byte b : p) if (b != 0 && b != (byte) 255) grey++;
        assertThat(grey).as("a fax is black and white").isZero();
        assertThat(ScanDegrader.Level.FAX.bilevel()).isTrue();
        assertThat(ScanDegrader.Level.CLEAN.bilevel()).isFalse();
    }

    @Test
    void keepsSizeAndDegradesHarshMoreThanMild() {
        BufferedImage mild = ScanDegrader.degrade(clean, ScanDegrader.Level.MILD, 1);
        BufferedImage harsh = ScanDegrader.degrade(clean, ScanDegrader.Level.HARSH, 1);
        assertThat(mild.getWidth()).isEqualTo(clean.getWidth());
        assertThat(harsh.getHeight()).isEqualTo(clean.getHeight());
        assertThat(meanAbsDiff(clean, harsh)).isGreaterThan(meanAbsDiff(clean, mild));
        assertThat(meanAbsDiff(clean, mild)).isGreaterThan(2.0);
        assertThat(pixels(clean)).as("input untouched").contains((byte) 255);
    }

    @Test
    void stampDarkensTheSignatureArea() {
        Point2D at = page.signatureAnchor();
        assertThat(at).isNotNull();
        BufferedImage plain = ScanDegrader.degrade(clean, ScanDegrader.Level.MILD, 3);
        BufferedImage stamped = ScanDegrader.degrade(clean, ScanDegrader.Level.MILD, 3, at);
        assertThat(mean(stamped, at, 220)).isLessThan(mean(plain, at, 220) - 5);
    }

    @Test
    void photographIsColourWithADeskAroundThePage() {
        BufferedImage photo = ScanDegrader.photograph(clean, 5, null);
        assertThat(photo.getWidth()).isEqualTo(1800);
        int corner = photo.getRGB(5, 5), centre = photo.getRGB(900, 1200);
        assertThat((corner >> 16) & 0xff).isLessThan(120);
        assertThat((centre >> 16) & 0xff).isGreaterThan(150);
    }

    @Test
    void rejectsNullInput() {
        assertThatThrownBy(() -> ScanDegrader.degrade(null, ScanDegrader.Level.MILD, 1)).hasMessageContaining("null");
    }

    private static double meanAbsDiff(BufferedImage a, BufferedImage b) {
        byte[] x = pixels(a), y = pixels(b);
        long sum = 0;
        for (int i = 0; i < x.length; i++) sum += Math.abs((x[i] & 0xff) - (y[i] & 0xff));
        return sum / (double) x.length;
    }

    private static double mean(BufferedImage img, Point2D c, int r) {
        long sum = 0, n = 0;
        for (int y = (int) c.getY() - r; y < c.getY() + r; y++)
            for (int x = (int) c.getX() - 2 * r; x < c.getX() + r; x++) { sum += img.getRaster().getSample(x, y, 0); n++; }
        return sum / (double) n;
    }
}
