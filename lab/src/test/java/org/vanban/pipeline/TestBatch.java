package org.vanban.pipeline;

import org.vanban.lab.tools.OfficeWriters;
import org.vanban.lab.tools.SourceDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** A small mixed batch for the pipeline tests: text, HTML and DOCX documents, a few small scans, a bad file. */
final class TestBatch {
    private TestBatch() { }

    /**
     * Writes {@code copies} text variants, one HTML and one DOCX of each source document, {@code images}
     * small PNG scans, and one damaged PDF into {@code dir}; returns the number of good files.
     */
    static int write(Path dir, int copies, int images) throws IOException {
        Files.createDirectories(dir);
        List<SourceDocument> docs = SourceDocument.loadAll();
        int good = 0;
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument d = docs.get(i);
            String base = String.format(Locale.ROOT, "%02d-%s", i + 1, d.id());
            for (int k = 1; k <= copies; k++) {
                Files.writeString(dir.resolve(base + "-v" + k + ".txt"), variant(d, k), StandardCharsets.UTF_8);
                good++;
            }
            Files.write(dir.resolve(base + ".html"), OfficeWriters.html(d));
            Files.write(dir.resolve(base + ".docx"), OfficeWriters.docx(d));
            good += 2;
        }
        for (int k = 1; k <= images; k++) {
            // spread between the documents so a kill mid-batch finds some of them undone
            ImageIO.write(scan(k), "png", dir.resolve(String.format(Locale.ROOT, "%02d-scan-%d.png", k * 3, k)).toFile());
            good++;
        }
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        Files.write(dir.resolve("05-damaged.pdf"), junk);
        return good;
    }

    static String variant(SourceDocument d, int k) {
        return d.plainText() + "\nNơi nhận: lưu văn thư, bản số " + k + ".\n";
    }

    /** A small 300 dpi scan of a few lines (fast to OCR). */
    static BufferedImage scan(int k) {
        List<String> lines = new ArrayList<>(List.of(
                "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
                "Số: " + k + "/QĐ-UBND",
                "QUYẾT ĐỊNH",
                "Về việc phê duyệt kế hoạch năm 2024"));
        int px = 50;
        int w = 1700;
        int h = (int) (px * 1.6) * lines.size() + 160;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Liberation Serif", Font.PLAIN, px));
        g.setColor(Color.BLACK);
        int y = 80 + px;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += (int) (px * 1.6);
        }
        g.dispose();
        return img;
    }
}
