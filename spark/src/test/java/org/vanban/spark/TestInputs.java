package org.vanban.spark;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.vanban.ocr.OcrEngine;

/** Small input files for the job's tests, and a Spark session in local mode on the loopback interface. */
final class TestInputs {
    private TestInputs() {
    }

    static SparkSession spark() {
        return SparkSession.builder().master("local[2]").appName("vanban-spark-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    /** Three short administrative texts: one UTF-8, one without diacritics, one plan with tasks. */
    static void texts(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("qd-cai-cach.txt"), String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "Số: 120/QĐ-UBND", "Bình Phước, ngày 12 tháng 3 năm 2023",
                "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch cải cách hành chính năm 2023",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("kh-chuyen-doi-so.txt"), String.join("\n",
                "UY BAN NHAN DAN", "HUYEN GIA LAM", "So: 45/KH-UBND", "Gia Lam, ngay 5 thang 6 nam 2024",
                "KE HOACH", "Thuc hien chuyen doi so nam 2024",
                "I. MUC DICH, YEU CAU", "1. Day manh chuyen doi so trong cac co quan nha nuoc.",
                "II. NHIEM VU", "1. Phong Van hoa chu tri, hoan thanh truoc ngay 30/9/2024."), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nq-kinh-te.txt"), String.join("\n",
                "HỘI ĐỒNG NHÂN DÂN", "TỈNH HẢI DƯƠNG", "Số: 12/NQ-HĐND", "Hải Dương, ngày 8 tháng 12 năm 2022",
                "NGHỊ QUYẾT", "Về nhiệm vụ phát triển kinh tế - xã hội năm 2023",
                "Điều 1. Tốc độ tăng trưởng kinh tế đạt 8,5%.", "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện."),
                StandardCharsets.UTF_8);
    }

    /** A PDF cut off after its header: every reader fails on it. */
    static Path damagedPdf(Path dir) throws IOException {
        Path p = dir.resolve("hong.pdf");
        Files.write(p, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Ty".getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    /** Whether Tesseract with the Vietnamese model is installed (the image test needs it). */
    static boolean ocrAvailable() {
        return Files.isRegularFile(OcrEngine.defaultTessdataDir().resolve(OcrEngine.DEFAULT_LANG + ".traineddata"));
    }

    /** A small scanned-looking page (PNG, 300 dpi lettering) with two lines of text. */
    static Path scan(Path dir, List<String> lines) throws IOException {
        BufferedImage img = new BufferedImage(1400, 90 + 70 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), 60, 90 + 70 * i);
        g.dispose();
        Path p = dir.resolve("scan.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }
}
