package org.vanban.pdfa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;

/**
 * An invisible bridge over a wide gap between two words of one OCR line: one empty glyph of a one-glyph Type 3
 * font, whose ToUnicode maps it to U+200B ZERO WIDTH SPACE, stretched over the gap.
 *
 * <p>Why: {@code pdftotext}'s layout analysis (poppler's TextOutputDev) starts a new block where the words of a
 * baseline are more than 0.7 em apart, and reads a block wholly left of another first whatever their heights, so
 * a row of two columns (issuer | motto, number | place and date, "Nơi nhận" | signature) came out as the whole left
 * column, then the whole right one. Poppler ends a word at whitespace only ({@code UnicodeIsWhitespace}), which
 * U+200B is not: the bridge is a word of its own that closes the gap, and the row stays one line in export's
 * order. U+200B is no letter, so searches and syllable counts do not see it; the spaces written either side of it
 * keep the words apart for viewers that take words from the spaces in the text.
 *
 * <p>The glyph's width is 500/1000 of the font size: poppler guesses a Type 3 font's size from its glyph widths
 * (size × width / 0.5 when the font has no letter glyph), so the bridge's size is exactly the line's, and poppler
 * keeps a line together only while its font sizes agree. The glyph procedure declares that width ({@code d0}) and
 * draws nothing, as PDF/A wants a glyph's width in the font dictionary and in its program to agree.
 */
final class GapBridge {
    /** The glyph's code (not 32, so that word spacing {@code Tw} never applies to it). */
    private static final int CODE = 1;
    static final float WIDTH = 500;
    private final PDType3Font font;

    private GapBridge(PDType3Font font) {
        this.font = font;
    }

    /** The font, made once per document (its pages share it). */
    static GapBridge create(PDDocument doc) throws IOException {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT);
        d.setItem(COSName.SUBTYPE, COSName.TYPE3);
        d.setItem(COSName.NAME, COSName.getPDFName("ZWSP"));
        d.setItem(COSName.FONT_BBOX, floats(0, 0, 0, 0));
        d.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
        COSDictionary procs = new COSDictionary();
        procs.setItem(COSName.getPDFName("zwsp"), stream(doc, ((int) WIDTH) + " 0 d0\n"));
        d.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(CODE));
        differences.add(COSName.getPDFName("zwsp"));
        encoding.setItem(COSName.DIFFERENCES, differences);
        d.setItem(COSName.ENCODING, encoding);
        d.setInt(COSName.FIRST_CHAR, CODE);
        d.setInt(COSName.LAST_CHAR, CODE);
        COSArray widths = new COSArray();
        widths.add(COSInteger.get((long) WIDTH));
        d.setItem(COSName.WIDTHS, widths);
        d.setItem(COSName.RESOURCES, new COSDictionary());
        d.setItem(COSName.TO_UNICODE, stream(doc, """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /vanban-ZWSP def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                1 beginbfchar
                <%02X> <200B>
                endbfchar
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """.formatted(CODE)));
        return new GapBridge(new PDType3Font(d));
    }

    /**
     * The bridge from {@code x} to {@code x + width} (points) on baseline {@code y}, in {@code size}: its font is
     * selected, so the caller selects its own again after it.
     */
    void show(PDPageContentStream cs, float size, float x, float y, float width) throws IOException {
        cs.setFont(font, size);
        cs.setTextMatrix(new Matrix(width / (WIDTH / 1000f * size), 0, 0, 1, x, y));
        cs.appendRawCommands(String.format(java.util.Locale.ROOT, "<%02X> Tj\n", CODE));
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) a.add(new COSFloat(v));
        return a;
    }

    private static COSStream stream(PDDocument doc, String content) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }
}
