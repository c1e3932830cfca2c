package org.vanban.lab.tools;

import org.vanban.ocr.ImagePreprocessor;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.TessEngine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Ablation of the OCR path: reads every page image of a folder ({@code NAME.png} with its true text in
 * {@code TRUTH/NAME.txt}) in each of several ways and prints each way's character and syllable error
 * rate and its recognition CPU, summed over the pages, and one line per page. A way is
 * {@code grey:PSM} (the image as given) or {@code cleaned:PSM:HALVE} (the {@link ImagePreprocessor} chain,
 * halving pages whose letters are at least HALVE px tall; 0 = never).
 *
 * <p>Run it as {@code vanban probe ocr-path} ({@link org.vanban.lab.cli.ProbeOcrPathCommand}).
 */
public final class OcrPathProbe {
    private OcrPathProbe() { }

    /** One way of reading a page. */
    public record Way(String name, boolean cleaned, int psm, int halveFrom, boolean soft) {
        /** Parses {@code grey:PSM}, {@code soft:PSM} or {@code cleaned:PSM:HALVE}. */
        public static Way parse(String s) {
            String[] f = s.split(":");
            boolean cleaned = f[0].equals("cleaned");
            boolean soft = f[0].equals("soft");
            if ((!cleaned && !soft && !f[0].equals("grey")) || f.length != (cleaned ? 3 : 2)) {
                throw new IllegalArgumentException("a way is grey:PSM, soft:PSM or cleaned:PSM:HALVE, not '" + s + "'");
            }
            try {
                return new Way(s, cleaned, Integer.parseInt(f[1]), cleaned ? Integer.parseInt(f[2]) : 0, soft);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a way's PSM and HALVE are whole numbers, not '" + s + "'");
            }
        }
    }

    /** The page under a 3x3 binomial blur (what a renderer's resampling does to a scan). */
    static BufferedImage soften(BufferedImage page) {
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = grey.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        return new java.awt.image.ConvolveOp(new java.awt.image.Kernel(3, 3, k), java.awt.image.ConvolveOp.EDGE_NO_OP, null).filter(grey, out);
    }

    /**
     * Reads every page of {@code pages} that has its true text in {@code truth} in each way, {@code threads}
     * pages at a time, and prints one line per page and a total per way.
     */
    public static void run(Path pages, Path truth, int threads, List<Way> ways, java.io.PrintStream out) throws Exception {
        List<Path> images;
        try (Stream<Path> s = Files.list(pages)) {
            images = s.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg"))
                    .filter(p -> Files.exists(truth.resolve(p.getFileName().toString().replaceFirst("\\.(png|jpg)$", ".txt"))))
                    .sorted().toList();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ThreadLocal<OcrEngine> engines = ThreadLocal.withInitial(() -> {
            try {
                return new TessEngine();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String[]>> rows = new ArrayList<>();
            for (Path img : images) {
                rows.add(pool.submit(() -> {
                    BufferedImage page = ImageIO.read(img.toFile());
                    String ref = Files.readString(truth.resolve(img.getFileName().toString().replaceFirst("\\.(png|jpg)$", ".txt")));
                    OcrEngine engine = engines.get();
                    String[] row = new String[ways.size()];
                    for (int k = 0; k < ways.size(); k++) {
                        Way w = ways.get(k);
                        long c0 = mx.getCurrentThreadCpuTime();
                        OcrResult r;
                        engine.pageSegMode(w.psm());
                        if (w.cleaned()) {
                            ImagePreprocessor.Prepared p = new ImagePreprocessor().halvingFrom(w.halveFrom()).prepare(page);
                            r = engine.recognize(p.image(), OcrEngine.DEFAULT_DPI / p.divisor(), null);
                        } else if (w.soft()) {
                            r = engine.recognize(soften(page), OcrEngine.DEFAULT_DPI, null);
                        } else {
                            r = engine.recognize(page, OcrEngine.DEFAULT_DPI, null);
                        }
                        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                        int words = r.words().size();
                        long low = r.words().stream().filter(word -> word.confidence() < 60).count();
                        int[] rr = CharErrorRate.normalise(ref).codePoints().toArray();
                        int ce = CharErrorRate.distance(rr, CharErrorRate.normalise(r.text()).codePoints().toArray());
                        SyllableErrorRate.Ids ids = new SyllableErrorRate.Ids();
                        int[] rs = ids.of(SyllableErrorRate.syllables(ref));
                        int se = CharErrorRate.distance(rs, ids.of(SyllableErrorRate.syllables(r.text())));
                        row[k] = String.format(Locale.ROOT, "%d %d %d %d %.3f %.1f %.3f", rr.length, ce, rs.length, se, cpu,
                                r.meanConfidence(), words == 0 ? 1.0 : (double) low / words);
                    }
                    return row;
                }));
            }
            long[][] sum = new long[ways.size()][4];
            double[] cpu = new double[ways.size()];
            for (int i = 0; i < images.size(); i++) {
                String[] row = rows.get(i).get();
                StringBuilder line = new StringBuilder(images.get(i).getFileName().toString());
                for (int k = 0; k < ways.size(); k++) {
                    String[] f = row[k].split(" ");
                    for (int j = 0; j < 4; j++) sum[k][j] += Long.parseLong(f[j]);
                    cpu[k] += Double.parseDouble(f[4]);
                    line.append(String.format(Locale.ROOT, "\t%s cer=%.2f%% ser=%.2f%% conf=%s low=%s cpu=%s", ways.get(k).name(),
                            100.0 * Long.parseLong(f[1]) / Long.parseLong(f[0]), 100.0 * Long.parseLong(f[3]) / Math.max(1, Long.parseLong(f[2])),
                            f[5], f[6], f[4]));
                }
                out.println(line);
            }
            for (int k = 0; k < ways.size(); k++) {
                out.printf(Locale.ROOT, "TOTAL %-16s %d page(s): CER %.2f%% (%d chars), syllable error rate %.2f%% (%d syllables), %.2f CPU-s/page%n",
                        ways.get(k).name(), images.size(), 100.0 * sum[k][1] / sum[k][0], sum[k][0], 100.0 * sum[k][3] / sum[k][2], sum[k][2],
                        cpu[k] / Math.max(1, images.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
