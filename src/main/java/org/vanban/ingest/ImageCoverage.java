package org.vanban.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
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

    private ImageCoverage(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.pageArea = Math.max(1e-6, (double) box.getWidth() * box.getHeight());
    }

    /** Coverage of {@code page}; on a damaged content stream, what could be measured so far. */
    static double of(PDPage page) {
        ImageCoverage engine = new ImageCoverage(page);
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            // best effort: keep what we measured
        }
        return Math.min(1.0, engine.imageArea / engine.pageArea);
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
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
