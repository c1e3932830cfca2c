package org.vanban.lab.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceReader;
import org.vanban.model.PageSource;
import org.vanban.text.lm.HeldOutSplit;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpectrumPagesTest {

    /** Held-out-looking lines made here: numbered variants of a sentence, kept when the split holds them out. */
    private static List<String> lines(int n, boolean heldOut) {
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < n; i++) {
            String l = "Điều " + i + ". Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành phối hợp thực hiện kế hoạch "
                    + "cải cách hành chính, báo cáo kết quả trước ngày " + (i % 28 + 1) + " hằng tháng.";
            if (HeldOutSplit.isHeldOut(l) == heldOut) out.add(l);
        }
        return out;
    }

    @Test
    void onlyHeldOutLinesAreRead(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.txt.gz");
        List<String> mixed = new ArrayList<>(lines(30, false));
        mixed.addAll(lines(5, true));
        try (var out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            out.write(String.join("\n", mixed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(SpectrumPages.heldOutLines(corpus, 100)).containsExactlyElementsOf(lines(5, true));
        assertThat(SpectrumPages.heldOutLines(corpus, 2)).hasSize(2);
        assertThatThrownBy(() -> SpectrumPages.heldOutLines(dir.resolve("missing.gz"), 5))
                .hasMessageContaining("corpus not found");
    }

    @Test
    void pagesHaveTheLevelsResolutionTruthAndDamage(@TempDir Path dir) throws Exception {
        SpectrumPages gen = new SpectrumPages();
        List<String> text = lines(400, true);
        var it = text.iterator();
        for (String name : List.of("clean-200dpi", "clean-table", "fax-200dpi", "photocopy-13pt")) {
            SpectrumPages.Level level = SpectrumPages.level(name);
            SpectrumPages.Page page = gen.page(level, it, 1);
            assertThat(page.dpi()).as(name).isEqualTo(level.dpi());
            assertThat(page.image().getWidth()).isEqualTo((int) Math.round(210 / 25.4 * level.dpi()));
            assertThat(page.truth().lines().count()).as(name).isGreaterThan(8);
            assertThat(page.truth()).contains("Ủy ban nhân dân");
            Path pdf = dir.resolve(name + ".pdf");
            SpectrumPages.writePdf(page, level, pdf);
            List<BufferedImage> read = new ArrayList<>();
            new SourceReader().read(pdf, new PageSink() {
                @Override public void textPage(int number, String t, PageSource source) { }

                @Override public void imagePage(int number, BufferedImage image) {
                    read.add(image);
                }
            });
            assertThat(read).as(name + ": one scanned page, no text layer").hasSize(1);
        }
        // a table page's truth reads row by row, the row number first
        SpectrumPages.Page table = gen.page(SpectrumPages.level("clean-table"), it, 2);
        assertThat(table.truth().lines().toList()).anyMatch(l -> l.startsWith("1 Điều "))
                .anyMatch(l -> l.startsWith("2 Điều "));
        // a fax is black and white only
        SpectrumPages.Page fax = gen.page(SpectrumPages.level("fax-200dpi"), it, 3);
        long grey = 0, black = 0;
        for (byte b : ((DataBufferByte) fax.image().getRaster().getDataBuffer()).getData()) {
            if (b != 0 && b != (byte) 255) grey++;
            if (b == 0) black++;
        }
        assertThat(grey).isZero();
        assertThat(black).isPositive();
        assertThatThrownBy(() -> SpectrumPages.level("nope")).hasMessageContaining("clean-13pt");
    }
}
