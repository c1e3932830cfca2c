package org.vanban.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builders for the test input files. */
public final class TestFiles {

    static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    static final String[] VIETNAMESE = {
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "QUYẾT ĐỊNH về việc phê duyệt kế hoạch phát triển kinh tế - xã hội năm 2024",
            "Điều 1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan thực hiện.",
            "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này."};

    private TestFiles() {
    }

    /** A scanned-looking page image: a few lines of text on white. */
    static BufferedImage textImage(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Liberation Serif", Font.PLAIN, Math.max(10, h / 20)));
        int y = h / 6;
        for (String line : VIETNAMESE) {
            g.drawString(line, w / 20, y);
            y += h / 10;
        }
        g.dispose();
        return img;
    }

    /**
     * A two-page PDF: page 1 has real text in embedded Liberation Serif, page 2 is only an image.
     * {@code legacyText}, when not null, replaces the text of page 1.
     */
    static void mixedPdf(Path out, String legacyText) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, SERIF.toFile());
            PDPage textPage = new PDPage(PDRectangle.A4);
            doc.addPage(textPage);
            try (PDPageContentStream cs = new PDPageContentStream(doc, textPage)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.setLeading(16);
                cs.newLineAtOffset(60, 760);
                if (legacyText != null) {
                    cs.showText(legacyText);
                } else {
                    for (String line : VIETNAMESE) {
                        cs.showText(line);
                        cs.newLine();
                    }
                }
                cs.endText();
            }
            PDPage scanPage = new PDPage(PDRectangle.A4);
            doc.addPage(scanPage);
            PDImageXObject image = LosslessFactory.createFromImage(doc, textImage(827, 1169));
            try (PDPageContentStream cs = new PDPageContentStream(doc, scanPage)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /** A multi-page TIFF with one frame per image. */
    static void tiff(Path out, java.util.List<BufferedImage> frames) throws IOException {
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new javax.imageio.IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /**
     * A white 1-bit grey PNG of {@code w x h} pixels, written row by row through a deflater, so a
     * 30000 x 30000 image (900 Mpx) takes about 100 KB on disk and no big buffer in memory.
     */
    public static void hugeWhitePng(Path out, int w, int h) throws IOException {
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream png = new DataOutputStream(file)) {
            png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(ihdr);
            d.writeInt(w);
            d.writeInt(h);
            d.writeByte(1); // bit depth
            d.writeByte(0); // greyscale
            d.writeByte(0);
            d.writeByte(0);
            d.writeByte(0);
            chunk(png, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
                byte[] row = new byte[1 + (w + 7) / 8];
                java.util.Arrays.fill(row, (byte) 0xFF);
                row[0] = 0; // filter: none
                for (int y = 0; y < h; y++) {
                    z.write(row);
                }
            }
            deflater.end();
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
