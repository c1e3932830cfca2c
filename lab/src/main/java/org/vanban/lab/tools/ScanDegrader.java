package org.vanban.lab.tools;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Makes a clean rendered page look like a real scan or photocopy from an archive: a stamp
 * and signature near the signature block, slight rotation, uneven lighting, faded ink, speckles,
 * blur and JPEG softness. Everything is driven by the seed: the same input, level and seed
 * always give the same pixels.
 */
public final class ScanDegrader {

    /** How bad the scan is. */
    public enum Level {
        /**
         * A clean office scan (a new print on a flatbed or feeder scanner): slight tilt, a faint blur, faint grain,
         * a few dust specks, an even white background, black ink, JPEG at a good quality.
         */
        CLEAN(0.1, 0.45, 0.97, 0.01, 0.005, 2.0, 40, 1, 0.85f, false, 0, false),
        /** A decent office scan: slight tilt, mild fading and noise. */
        MILD(0.5, 0.9, 0.80, 0.06, 0.05, 4.0, 1500, 1, 0.60f, false, 0, false),
        /** An old photocopy scanned again: visible tilt, strong fading, dark edge, heavy speckle. */
        HARSH(1.2, 2.0, 0.68, 0.16, 0.14, 7.0, 3500, 2, 0.40f, true, 0, false),
        /**
         * A photocopy of a photocopy: uneven light (a strong gradient and a dark copier edge), faded ink, many
         * speckles, and the softness of a copier that resolves about 180 dpi (the page is blurred to that
         * resolution and back).
         */
        PHOTOCOPY(0.6, 1.4, 0.62, 0.20, 0.12, 6.0, 3000, 1, 0.50f, true, 180, false),
        /**
         * A fax: black and white only (thresholded, ragged edges from the grain), a little tilt and line noise,
         * no JPEG (faxes are stored losslessly). Render the page at the fax's resolution (about 200 dpi).
         */
        FAX(0.2, 0.8, 0.95, 0.02, 0.0, 18.0, 400, 1, 1.0f, false, 0, true);

        final double minAngle, maxAngle, inkContrast, gradient, vignette, noiseSigma;
        final int speckles, blurPasses;
        final float jpegQuality;
        final boolean darkEdge, bilevel;
        final int softenDpi;

        Level(double minAngle, double maxAngle, double inkContrast, double gradient, double vignette,
              double noiseSigma, int speckles, int blurPasses, float jpegQuality, boolean darkEdge, int softenDpi,
              boolean bilevel) {
            this.minAngle = minAngle;
            this.maxAngle = maxAngle;
            this.inkContrast = inkContrast;
            this.gradient = gradient;
            this.vignette = vignette;
            this.noiseSigma = noiseSigma;
            this.speckles = speckles;
            this.blurPasses = blurPasses;
            this.jpegQuality = jpegQuality;
            this.darkEdge = darkEdge;
            this.softenDpi = softenDpi;
            this.bilevel = bilevel;
        }

        /** True for a black-and-white level, stored losslessly (no JPEG step). */
        public boolean bilevel() {
            return bilevel;
        }

        /** The JPEG quality (0..1) the level's scanner stores its pages at. */
        public float jpegQuality() {
            return jpegQuality;
        }
    }

    private ScanDegrader() { }

    /** Degrades a page without stamp. */
    public static BufferedImage degrade(BufferedImage page, Level level, long seed) {
        return degrade(page, level, seed, null);
    }

    /**
     * Degrades a page; when {@code stampAt} is given (see {@link PageLayout#signatureAnchor()}) a
     * signature and a round stamp (con dấu, red ink seen as grey) are added around that point.
     *
     * @return a new TYPE_BYTE_GRAY image of the same size
     */
    public static BufferedImage degrade(BufferedImage page, Level level, long seed, Point2D stampAt) {
        if (page == null) throw new IllegalArgumentException("page image is null");
        if (level == null) throw new IllegalArgumentException("level is null");
        Random rnd = new Random(seed);
        BufferedImage img = toGray(page);
        if (stampAt != null) stampAndSign(img, stampAt, rnd);
        double angle = (level.minAngle + rnd.nextDouble() * (level.maxAngle - level.minAngle)) * (rnd.nextBoolean() ? 1 : -1);
        img = rotate(img, Math.toRadians(angle), 250);
        img = lightAndNoise(img, level, rnd);
        for (int i = 0; i < level.blurPasses; i++) img = blur(img);
        if (level.softenDpi > 0) img = soften(img, level.softenDpi / (double) PageLayout.DPI);
        if (level.bilevel) return threshold(img, 150);
        return jpegRoundTrip(img, level.jpegQuality);
    }

    /** Scaled down by {@code factor} and back up (bilinear): the detail a device of lower resolution keeps. */
    private static BufferedImage soften(BufferedImage img, double factor) {
        int w = img.getWidth(), h = img.getHeight();
        int sw = Math.max(1, (int) Math.round(w * factor)), sh = Math.max(1, (int) Math.round(h * factor));
        BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, sw, sh, null);
        g.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Black where darker than {@code level}, white elsewhere (a fax machine's one bit per pixel). */
    private static BufferedImage threshold(BufferedImage img, int level) {
        byte[] p = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < p.length; i++) p[i] = (byte) ((p[i] & 0xff) < level ? 0 : 255);
        return img;
    }

    /**
     * A phone photo of a page: the mildly degraded page seen in slight perspective on a dark
     * desk, warm light, colour, 1800x2400 px.
     */
    public static BufferedImage photograph(BufferedImage page, long seed, Point2D stampAt) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        BufferedImage scan = degrade(page, Level.MILD, seed, stampAt);
        int ow = 1800, oh = 2400;
        // where the page corners land in the photo: a slight keystone and rotation
        double mx = 110, my = 110;
        double[][] dst = {
                {mx + jitter(rnd, 40) + 30, my + jitter(rnd, 30)},
                {ow - mx + jitter(rnd, 40) - 30, my + jitter(rnd, 30) + 25},
                {ow - mx + jitter(rnd, 25) + 15, oh - my + jitter(rnd, 25)},
                {mx + jitter(rnd, 25) - 10, oh - my + jitter(rnd, 25) - 20}};
        double[][] src = {{0, 0}, {scan.getWidth(), 0}, {scan.getWidth(), scan.getHeight()}, {0, scan.getHeight()}};
        double[] h = homography(dst, src); // photo -> page
        byte[] s = ((DataBufferByte) scan.getRaster().getDataBuffer()).getData();
        int sw = scan.getWidth(), sh = scan.getHeight();
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        double gx = rnd.nextDouble() * 2 - 1, gy = rnd.nextDouble() * 2 - 1;
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double w = h[6] * x + h[7] * y + 1;
                double px = (h[0] * x + h[1] * y + h[2]) / w, py = (h[3] * x + h[4] * y + h[5]) / w;
                double light = 1 - 0.12 * ((gx * (x - ow / 2.0) / ow) + (gy * (y - oh / 2.0) / oh)) * 2;
                int r, g, b;
                if (px >= 0 && py >= 0 && px < sw - 1 && py < sh - 1) {
                    double v = bilinear(s, sw, px, py) * light;
                    r = clamp(v * 1.00 + 4);
                    g = clamp(v * 0.96);
                    b = clamp(v * 0.86);
                } else { // dark wooden desk
                    double n = 60 + 10 * Math.sin(y * 0.02 + x * 0.003) + (rnd.nextDouble() * 8);
                    r = clamp(n * light + 20);
                    g = clamp(n * light * 0.75 + 8);
                    b = clamp(n * light * 0.55);
                }
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ steps

    static BufferedImage toGray(BufferedImage in) {
        BufferedImage g = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.drawImage(in, 0, 0, null);
        gr.dispose();
        return g;
    }

    /** A handwritten-looking signature and a round stamp, multiplied onto the page. */
    private static void stampAndSign(BufferedImage img, Point2D at, Random rnd) {
        BufferedImage layer = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = layer.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, layer.getWidth(), layer.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // signature: a few connected strokes
        g.setColor(new Color(45, 45, 45));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double x = at.getX() - 180, y = at.getY() + 20;
        for (int i = 0; i < 4; i++) {
            double nx = x + 70 + rnd.nextInt(60), ny = at.getY() + jitter(rnd, 60);
            g.draw(new CubicCurve2D.Double(x, y, x + 20 + rnd.nextInt(40), y - 120 + rnd.nextInt(60),
                    nx - 30, ny + 110 - rnd.nextInt(60), nx, ny));
            x = nx;
            y = ny;
        }
        // stamp (con dấu): two rings, text along the rim, a star in the middle
        double cx = at.getX() - 170 + jitter(rnd, 30), cy = at.getY() + jitter(rnd, 25), r = 200;
        g.setColor(new Color(120, 120, 120));
        g.setStroke(new BasicStroke(11f));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(cx - r + 48, cy - r + 48, 2 * r - 96, 2 * r - 96));
        g.fill(star(cx, cy, 55, 22));
        String rim = "ỦY BAN NHÂN DÂN * VIỆT NAM * ";
        g.setFont(stampFont());
        double step = 2 * Math.PI / rim.length();
        for (int i = 0; i < rim.length(); i++) {
            double a = -Math.PI / 2 + i * step;
            AffineTransform old = g.getTransform();
            g.translate(cx + Math.cos(a) * (r - 36), cy + Math.sin(a) * (r - 36));
            g.rotate(a + Math.PI / 2);
            g.drawString(String.valueOf(rim.charAt(i)), -10, 12);
            g.setTransform(old);
        }
        g.dispose();
        byte[] p = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] l = ((DataBufferByte) layer.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < p.length; i++) p[i] = (byte) ((p[i] & 0xff) * (l[i] & 0xff) / 255);
    }

    private static Font stampFont;

    private static synchronized Font stampFont() {
        if (stampFont == null) {
            try {
                stampFont = Font.createFont(Font.TRUETYPE_FONT, PageRenderer.fontFile(PageLayout.Style.BOLD).toFile());
            } catch (java.awt.FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load stamp font: " + e.getMessage(), e);
            }
        }
        return stampFont.deriveFont(34f);
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D.Double s = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 == 0 ? outer : inner;
            if (i == 0) s.moveTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
            else s.lineTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
        }
        s.closePath();
        return s;
    }

    private static BufferedImage rotate(BufferedImage img, double radians, int background) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(background, background, background));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(radians, img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Faded ink, paper tone, gradient and vignette lighting, grain, speckles, a dark copier edge. */
    private static BufferedImage lightAndNoise(BufferedImage img, Level level, Random rnd) {
        int w = img.getWidth(), h = img.getHeight();
        byte[] p = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        double paper = 0.93 + rnd.nextDouble() * 0.04;
        double dir = rnd.nextDouble() * 2 * Math.PI, dx = Math.cos(dir), dy = Math.sin(dir);
        double contrast = level.inkContrast + (rnd.nextDouble() - 0.5) * 0.06;
        boolean darkEdge = level.darkEdge;
        int edgeWidth = 40 + rnd.nextInt(50);
        for (int y = 0; y < h; y++) {
            double ny = (y - h / 2.0) / h;
            for (int x = 0; x < w; x++) {
                double nx = (x - w / 2.0) / w;
                double light = 1 - level.gradient * (nx * dx + ny * dy + 0.5) - level.vignette * (nx * nx + ny * ny) * 2;
                double v = (p[y * w + x] & 0xff) / 255.0;
                v = 1 - (1 - v) * contrast;
                double out = v * paper * light * 255 + rnd.nextGaussian() * level.noiseSigma;
                if (darkEdge && x < edgeWidth) out *= 0.35 + 0.65 * x / (double) edgeWidth;
                p[y * w + x] = (byte) clamp(out);
            }
        }
        for (int i = 0; i < level.speckles; i++) {
            int x = rnd.nextInt(w), y = rnd.nextInt(h), size = 1 + rnd.nextInt(level.darkEdge ? 4 : 2);
            int grey = 30 + rnd.nextInt(100);
            for (int yy = y; yy < Math.min(h, y + size); yy++)
                for (int xx = x; xx < Math.min(w, x + size); xx++) p[yy * w + xx] = (byte) grey;
        }
        return img;
    }

    private static BufferedImage blur(BufferedImage img) {
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
    }

    /** Encodes as JPEG and decodes again, for the blocky softness of scanner firmware. */
    static BufferedImage jpegRoundTrip(BufferedImage img, float quality) {
        try {
            byte[] bytes = jpegBytes(img, quality);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes));
            return toGray(back);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip failed", e);
        }
    }

    /** The image encoded as baseline JPEG at the given quality (0..1). */
    public static byte[] jpegBytes(BufferedImage img, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bos.toByteArray();
    }

    // ------------------------------------------------------------------ helpers

    private static double jitter(Random rnd, double amount) { return (rnd.nextDouble() * 2 - 1) * amount; }

    private static int clamp(double v) { return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v); }

    private static double bilinear(byte[] s, int w, double x, double y) {
        int x0 = (int) x, y0 = (int) y;
        double fx = x - x0, fy = y - y0;
        double a = s[y0 * w + x0] & 0xff, b = s[y0 * w + x0 + 1] & 0xff;
        double c = s[(y0 + 1) * w + x0] & 0xff, d = s[(y0 + 1) * w + x0 + 1] & 0xff;
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    /** The 3x3 projective map (h33 = 1) taking the four {@code from} points onto {@code to}. */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
            a[2 * i] = new double[]{x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[]{0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int c = 0; c < 8; c++) { // Gaussian elimination with partial pivoting
            int piv = c;
            for (int r = c + 1; r < 8; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
            if (Math.abs(a[c][c]) < 1e-12) throw new IllegalArgumentException("degenerate quadrilateral");
            for (int r = 0; r < 8; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k < 9; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) h[i] = a[i][8] / a[i][i];
        return h;
    }
}
