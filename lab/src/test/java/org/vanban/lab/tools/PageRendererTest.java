package org.vanban.lab.tools;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageRendererTest {

    private static PageRenderer renderer;
    private static SourceDocument plan;

    @BeforeAll
    static void setUp() {
        renderer = new PageRenderer();
        plan = SourceDocument.loadAll().get(0); // 01-phuoc-long-kh-cchc-2021
    }

    @Test
    void rendersGreyA4PagesAt300Dpi() {
        List<PageLayout> pages = renderer.layout(plan);
        assertThat(pages).hasSizeBetween(2, 4);
        BufferedImage img = renderer.paint(pages.get(0));
        assertThat(img.getWidth()).isEqualTo(2480);
        assertThat(img.getHeight()).isEqualTo(3508);
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void inkStaysInsideTheDecree30MarginsAndFillsTheTextBox() {
        BufferedImage img = renderer.paint(renderer.layout(plan).get(0));
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRaster().getSample(x, y, 0)) < 128) {
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                }
            }
        }
        double mm = 300 / 25.4;
        assertThat(minX).as("left margin >= 30 mm").isGreaterThanOrEqualTo((int) (30 * mm) - 2).isLessThan((int) (36 * mm));
        assertThat(img.getWidth() - maxX).as("right margin 15-20 mm").isGreaterThanOrEqualTo((int) (15 * mm)).isLessThan((int) (22 * mm));
        assertThat(minY).as("top margin 20-25 mm").isGreaterThanOrEqualTo((int) (20 * mm)).isLessThan((int) (35 * mm));
        assertThat(img.getHeight() - maxY).as("bottom margin").isGreaterThanOrEqualTo((int) (20 * mm) - 60);
    }

    @Test
    void headerIsTwoColumnsAndBodyIsLargeText() {
        PageLayout first = renderer.layout(plan).get(0);
        PageLayout.Run issuer = first.runs().stream().filter(r -> r.text().equals("UBND THỊ XÃ PHƯỚC LONG")).findFirst().orElseThrow();
        PageLayout.Run motto = first.runs().stream().filter(r -> r.text().startsWith("CỘNG HÒA")).findFirst().orElseThrow();
        assertThat(issuer.x()).isLessThan(1240);
        assertThat(motto.x()).isGreaterThan(issuer.x() + 500);
        assertThat(issuer.style()).isEqualTo(PageLayout.Style.BOLD);
        PageLayout.Run body = first.runs().stream().filter(r -> r.text().equals("Căn")).findFirst().orElseThrow();
        assertThat(body.sizePx()).isBetween(54.0, 59.0);
        assertThat(first.lines()).contains("KẾ HOẠCH");
    }

    @Test
    void signatureAnchorIsOnThePageWithTheSignatureBlockOnly() {
        List<PageLayout> pages = renderer.layout(plan);
        List<PageLayout> anchored = pages.stream().filter(p -> p.signatureAnchor() != null).toList();
        assertThat(anchored).hasSize(1);
        PageLayout signed = anchored.get(0);
        assertThat(signed.lines()).anyMatch(l -> l.startsWith("Nơi nhận:") && l.contains("TM. ỦY BAN NHÂN DÂN"));
        PageLayout.Run signer = signed.runs().stream().filter(r -> r.text().equals("Nguyễn Văn Thắng")).findFirst().orElseThrow();
        assertThat(signed.signatureAnchor().getY()).isLessThan(signer.baseline());
        assertThat(pages.get(pages.size() - 1).lines()).contains("PHỤ LỤC");
    }

    @Test
    void pdfTextLayerReadsBackWithDiacritics() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            for (PageLayout p : renderer.layout(plan)) renderer.addTextPage(pdf, p);
            pdf.save(bos);
            renderer.release(pdf);
        }
        try (PDDocument back = Loader.loadPDF(bos.toByteArray())) {
            String text = new PDFTextStripper().getText(back);
            assertThat(text).contains("KẾ HOẠCH", "Về việc tiếp tục đẩy mạnh cải cách hành chính năm 2021",
                    "một cửa liên thông", "Số: 39/KH-UBND");
        }
    }
}
