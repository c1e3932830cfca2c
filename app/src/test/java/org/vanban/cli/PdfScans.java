package org.vanban.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.vanban.pdfa.PdfaWriter;

/** Scans drawn for the PDF/A tests: lines of Liberation Serif at 42 px (about 10 pt at 300 dpi), grey. */
public final class PdfScans {
    private PdfScans() { }

    public static BufferedImage scan(List<String> lines) throws Exception {
        int px = 42, w = 2000, h = 140 + lines.size() * 80;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, PdfaWriter.DEFAULT_FONT.toFile()).deriveFont((float) px));
        g.setColor(Color.BLACK);
        int y = 90;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += 80;
        }
        g.dispose();
        return img;
    }

}
