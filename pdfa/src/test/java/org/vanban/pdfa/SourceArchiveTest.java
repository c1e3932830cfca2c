package org.vanban.pdfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

class SourceArchiveTest {

    static PDPage pageWithImage(PDDocument d, int w, int h) throws Exception {
        PDPage p = new PDPage(PDRectangle.A4);
        d.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
            cs.drawImage(LosslessFactory.createFromImage(d, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY)), 10, 10);
        }
        return p;
    }

    @Test
    void aFullPageScanIsCarriedOverButALogoOnAVectorPageIsNot() throws Exception {
        try (PDDocument d = new PDDocument()) {
            assertThat(SourceArchive.scanImage(pageWithImage(d, 1240, 1754))).isTrue(); // A4 at 150 dpi
            assertThat(SourceArchive.scanImage(pageWithImage(d, 200, 200))).isFalse(); // a logo
            PDPage empty = new PDPage(PDRectangle.A4);
            d.addPage(empty);
            assertThat(SourceArchive.scanImage(empty)).isFalse();
        }
    }

    @Test
    void partsOfACompoundFileSortByNumber() {
        assertThat(SourceArchive.partNumber("abcd")).isEqualTo(1);
        assertThat(SourceArchive.partNumber("abcd-10")).isEqualTo(10);
        assertThat(SourceArchive.baseId("abcd-10")).isEqualTo("abcd");
    }
}
