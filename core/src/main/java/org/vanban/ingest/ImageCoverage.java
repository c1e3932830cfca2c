package org.vanban.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Share of a PDF page's area covered by drawn images (0..1), measured by walking the content stream
 * without decoding any image. A scanned page typically has one image covering ~100%.
 */
final class ImageCoverage extends PDFGraphicsStreamEngine {

    private final double pageArea;
    private double imageArea;
    private int images;
    private boolean painted; // a path was filled or stroked, or a shading painted
    private PDImage onlyImage;
    private boolean upright;

    private ImageCoverage(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.pageArea = Math.max(1e-6, (double) box.getWidth() * box.getHeight());
    }

    /** Coverage of {@code page}; on a damaged content stream, what could be measured so far. */
    static double of(PDPage page) {
        return measure(page).coverage();
    }

    /** Walks the page's content stream once; never throws (a damaged stream gives what was measured). */
    static ImageCoverage measure(PDPage page) {
        ImageCoverage engine = new ImageCoverage(page);
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            engine.painted = true; // unknown content: never take the single-image shortcut
        }
        return engine;
    }

    /** Share of the page covered by images (0..1). */
    double coverage() {
        return Math.min(1.0, imageArea / pageArea);
    }

    /**
     * The page's one image when the page is nothing but that image, drawn upright (no rotation or flip)
     * over at least 98% of the page: a plain scanned page (trang quét), whose pixels can be taken as they
     * are instead of rendering the page. Null otherwise.
     */
    PDImage soleUprightImage() {
        return images == 1 && !painted && upright && coverage() >= 0.98 ? onlyImage : null;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        // the image fills the unit square in user space
        double[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            Point2D.Float p = ctm.transformPoint((float) c[0], (float) c[1]);
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        imageArea += Math.max(0, maxX - minX) * Math.max(0, maxY - minY);
        images++;
        onlyImage = pdImage;
        upright = ctm.getScaleX() > 0 && ctm.getScaleY() > 0
                && Math.abs(ctm.getShearX()) < 1e-6 && Math.abs(ctm.getShearY()) < 1e-6;
    }

    @Override
    protected void showText(byte[] string) {
        // text is not walked glyph by glyph; visible text (anything but an invisible OCR layer) means the
        // page is more than its image
        if (getGraphicsState().getTextState().getRenderingMode() != RenderingMode.NEITHER) {
            painted = true;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
        painted = true;
    }

    @Override
    public void fillPath(int windingRule) {
        painted = true;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        painted = true;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        painted = true;
    }
}
