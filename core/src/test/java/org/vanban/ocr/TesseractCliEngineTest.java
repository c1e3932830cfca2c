package org.vanban.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tesseract CLI behind {@link OcrEngine}: the same page read in-process and by the subprocess. */
class TesseractCliEngineTest {

    @TempDir
    Path dir;

    @Test
    void tsvGivesLinesParagraphsBoxesAndMeanConfidence() {
        String tsv = String.join("\n",
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t",
                "5\t1\t1\t1\t1\t1\t10\t20\t50\t30\t90\tĐiều",
                "5\t1\t1\t1\t1\t2\t70\t20\t20\t30\t80\t1.",
                "5\t1\t1\t1\t2\t1\t10\t60\t60\t30\t70\tGiao",
                "5\t1\t1\t2\t1\t1\t10\t120\t40\t30\t60\tSở",
                "5\t1\t1\t2\t1\t2\t60\t120\t40\t30\t-1\t ");
        OcrResult r = TesseractCliEngine.fromTsv(tsv);
        assertThat(r.text()).isEqualTo("Điều 1.\nGiao\n\nSở\n");
        assertThat(r.words()).extracting(OcrWord::text).containsExactly("Điều", "1.", "Giao", "Sở");
        assertThat(r.words().get(0)).isEqualTo(new OcrWord("Điều", 10, 20, 50, 30, 90));
        assertThat(r.meanConfidence()).isEqualTo(75.0);
        assertThat(TesseractCliEngine.fromTsv("")).isEqualTo(new OcrResult("", 0));
    }

    @Test
    void theCliReadsWhatTheInProcessEngineReads() throws Exception {
        BufferedImage page = TestPages.render(TestPages.LINES, 0);
        try (OcrEngine cli = new TesseractCliEngine("vie"); OcrEngine tess = new TessEngine()) {
            OcrResult viaCli = cli.recognize(page);
            assertThat(viaCli.text()).contains("Điều 1. Giao Sở Tài chính chủ trì thực hiện.");
            assertThat(viaCli.meanConfidence()).isGreaterThan(50);
            assertThat(viaCli.words()).isNotEmpty();
            // the same words in the same order (the CLI's TSV and the API's text may break paragraphs differently)
            assertThat(viaCli.text().split("\\s+")).containsExactly(tess.recognize(page).text().strip().split("\\s+"));
        }
    }

    @Test
    void textAndBatchRunOneProcessPerCallWithTheSettings() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        ImageIO.write(TestPages.render(List.of("Quyết định số 15"), 0), "png", a.toFile());
        ImageIO.write(TestPages.render(List.of("Kế hoạch năm 2025"), 0), "png", b.toFile());
        TesseractCliEngine cli = new TesseractCliEngine("vie", List.of("tessedit_do_invert=0"), 5);
        cli.pageSegMode(7);
        assertThat(cli.text(a, 300).strip()).isEqualTo("Quyết định số 15");
        String pages = cli.batch(List.of(a, b), dir, "txt");
        String[] each = pages.split("\f"); // a form feed after each page
        assertThat(each).hasSize(2);
        assertThat(each[0].strip()).isEqualTo("Quyết định số 15");
        assertThat(each[1].strip()).isEqualTo("Kế hoạch năm 2025");
        assertThat(Files.exists(dir.resolve("tesseract.log"))).isTrue();
        assertThatThrownBy(() -> cli.text(dir.resolve("missing.png"), 0))
                .isInstanceOf(OcrException.class).hasMessageContaining("missing.png").hasMessageContaining("exit");
        cli.close();
        assertThatThrownBy(() -> cli.recognize(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOf(IllegalStateException.class);
    }
}
