package org.vanban.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Random;

/** Synthetic Vietnamese page images for the OCR tests. */
final class TestPages {

    static final List<String> LINES = List.of(
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "Quyết định về việc phê duyệt kế hoạch",
            "phát triển kinh tế xã hội năm 2024.",
            "Điều 1. Giao Sở Tài chính chủ trì thực hiện.",
            "Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành.");

    private TestPages() {
    }

    /** Lines in Liberation Serif 14 pt at 300 dpi, black on white, optionally rotated (degrees, clockwise). */
    static BufferedImage render(List<String> lines, double rotateDegrees) {
        int px = Math.round(14f * 300 / 72); // 58 px
        int w = 2000;
        int lineHeight = (int) (px * 1.6);
        int h = lineHeight * lines.size() + 240;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.rotate(Math.toRadians(rotateDegrees), w / 2.0, h / 2.0);
        g.setFont(new Font("Liberation Serif", Font.PLAIN, px));
        g.setColor(Color.BLACK);
        int y = 120 + px;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += lineHeight;
        }
        g.dispose();
        return img;
    }

    /**
     * A harsh scan: faded ink, lighting falling from full at the top left to {@code darkest} at the
     * bottom right, salt-and-pepper specks and Gaussian noise.
     */
    static BufferedImage degrade(BufferedImage clean, double fade, double darkest, int specks, long seed) {
        int w = clean.getWidth();
        int h = clean.getHeight();
        byte[] src = ((DataBufferByte) clean.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Random rnd = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = src[y * w + x] & 0xFF;
                double ink = 255 - (255 - v) * fade;
                double light = 1.0 - (1.0 - darkest) * (0.5 * x / w + 0.5 * y / h);
                double noisy = ink * light + rnd.nextGaussian() * 6;
                dst[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(noisy)));
            }
        }
        for (int i = 0; i < specks; i++) {
            int x = rnd.nextInt(w - 2);
            int y = rnd.nextInt(h - 2);
            int size = 1 + rnd.nextInt(2);
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) {
                    dst[(y + dy) * w + x + dx] = (byte) 30;
                }
            }
        }
        return out;
    }
}
