package org.vanban.lab.tools;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.vanban.text.lm.ChannelTrainer.LinePair;
import org.vanban.text.lm.HeldOutSplit;

/**
 * Makes (truth, OCR) line pairs for learning the OCR channel: takes TRAINING lines of the corpus (never the
 * held-out lines of {@link HeldOutSplit}), renders them many lines to a page in Liberation Serif (a few sizes,
 * regular and bold, every fourth page mildly degraded as a scan), reads the pages back with the {@code tesseract}
 * CLI ({@code --psm 6}, TSV output, {@code OMP_THREAD_LIMIT=1}, {@code nice}) and maps the recognised text lines
 * back to the rendered lines. Pages whose line count does not match are dropped (counted in {@link Result}).
 * Deterministic: the same corpus and settings give the same pairs (tesseract is run single-threaded).
 */
public final class OcrPairGenerator {

    /**
     * Generation settings.
     *
     * @param lang          tesseract language ({@code eng}, {@code vie})
     * @param lines         training lines to render
     * @param sampleModulus a training line is taken when CRC-32 % sampleModulus == 7 (spreads over the corpus)
     * @param linesPerPage  lines per page image
     * @param pagesPerCall  page images per tesseract process
     */
    public record Settings(String lang, int lines, int sampleModulus, int linesPerPage, int pagesPerCall) {
        public Settings {
            if (lang == null || !lang.matches("[a-z_+]+")) {
                throw new IllegalArgumentException("bad tesseract language: " + lang);
            }
            if (lines < 1 || sampleModulus < 1 || linesPerPage < 1 || pagesPerCall < 1) {
                throw new IllegalArgumentException("bad generator settings: lines " + lines + ", modulus "
                        + sampleModulus + ", lines per page " + linesPerPage + ", pages per call " + pagesPerCall);
            }
        }

        /** Defaults: 2,000 lines, one training line in 50, 24 lines a page, 10 pages per tesseract call. */
        public static Settings defaults(String lang) {
            return new Settings(lang, 2000, 50, 24, 10);
        }
    }

    /** Generated pairs and how many rendered lines were lost to page mismatches. */
    public record Result(List<LinePair> pairs, int pages, int droppedPages, int droppedLines) {
    }

    /** Font sizes (px) cycled over the pages. */
    static final int[] SIZES = {30, 36, 44};

    private OcrPairGenerator() {
    }

    /** Training lines picked for rendering: not held out, 20-160 chars, CRC-32 % modulus == 7, no repeats. */
    public static List<String> trainingLines(Iterable<String> corpus, int limit, int modulus) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : corpus) {
            if (line.length() < 20 || line.length() > 160 || HeldOutSplit.isHeldOut(line)) {
                continue;
            }
            CRC32 crc = new CRC32();
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            if (crc.getValue() % modulus != 7 % modulus || !seen.add(line)) {
                continue;
            }
            out.add(line.strip());
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** Training lines of a corpus file (plain or gzip'd UTF-8, one paragraph a line), read as a stream. */
    public static List<String> trainingLines(Path corpus, int limit, int modulus) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("corpus file not found: " + corpus);
        }
        try (java.io.InputStream raw = Files.newInputStream(corpus);
             java.io.InputStream in = corpus.toString().endsWith(".gz")
                     ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
             java.io.BufferedReader r = new java.io.BufferedReader(
                     new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return trainingLines(() -> r.lines().iterator(), limit, modulus);
        }
    }

    /** Renders, OCRs and maps back the given lines, working in {@code dir}. */
    public static Result generate(List<String> lines, Settings s, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += s.linesPerPage()) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + s.linesPerPage())));
        }
        List<LinePair> pairs = new ArrayList<>();
        int dropped = 0;
        int droppedLines = 0;
        for (int first = 0; first < pages.size(); first += s.pagesPerCall()) {
            int last = Math.min(pages.size(), first + s.pagesPerCall());
            List<String> images = new ArrayList<>();
            for (int p = first; p < last; p++) {
                Path png = dir.resolve(String.format("page-%05d.png", p));
                ImageIO.write(renderPage(pages.get(p), p), "png", png.toFile());
                images.add(png.toString());
            }
            Map<Integer, List<String>> read = ocr(images, s.lang(), dir);
            for (int p = first; p < last; p++) {
                List<String> truth = pages.get(p);
                List<String> got = read.getOrDefault(p - first + 1, List.of());
                if (got.size() != truth.size()) {
                    dropped++;
                    droppedLines += truth.size();
                    continue;
                }
                for (int i = 0; i < truth.size(); i++) {
                    pairs.add(new LinePair(truth.get(i), got.get(i)));
                }
            }
            for (String img : images) {
                Files.deleteIfExists(Path.of(img));
            }
        }
        return new Result(List.copyOf(pairs), pages.size(), dropped, droppedLines);
    }

    /**
     * One page: the lines in Liberation Serif, size and weight chosen by the page number (sizes 30/36/44 px,
     * every third page bold), every fourth page mildly degraded as a scan (seeded by the page number).
     */
    static BufferedImage renderPage(List<String> lines, int pageNo) {
        int size = SIZES[pageNo % SIZES.length];
        int style = pageNo % 3 == 2 ? Font.BOLD : Font.PLAIN;
        Font font = new Font("Liberation Serif", style, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, fm.stringWidth(l));
        }
        pg.dispose();
        int step = (int) Math.round(fm.getHeight() * 1.9);
        int margin = 60;
        int w = width + 2 * margin;
        int h = step * lines.size() + 2 * margin;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), margin, margin + i * step + fm.getAscent());
        }
        g.dispose();
        return pageNo % 4 == 3 ? ScanDegrader.degrade(img, ScanDegrader.Level.MILD, pageNo) : img;
    }

    /** Runs one tesseract process over the images; returns, per page number (1-based), its text lines. */
    static Map<Integer, List<String>> ocr(List<String> images, String lang, Path dir)
            throws IOException, InterruptedException {
        org.vanban.ocr.TesseractCliEngine engine = new org.vanban.ocr.TesseractCliEngine(lang, List.of(), 10);
        engine.pageSegMode(6);
        try {
            return parseTsv(List.of(engine.batch(images.stream().map(Path::of).toList(), dir, "tsv").split("\n")));
        } catch (org.vanban.ocr.OcrException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Tesseract TSV to text lines: words (level 5) grouped by page, block, paragraph and line, lines in reading
     * order, words joined by one space.
     */
    static Map<Integer, List<String>> parseTsv(List<String> tsv) {
        // page -> (block, par, line) -> words
        Map<Integer, TreeMap<Long, StringBuilder>> pages = new TreeMap<>();
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String word = f[11].strip();
            if (word.isEmpty()) {
                continue;
            }
            int page = Integer.parseInt(f[1]);
            long key = Long.parseLong(f[2]) * 1_000_000L + Long.parseLong(f[3]) * 1_000L + Long.parseLong(f[4]);
            StringBuilder sb = pages.computeIfAbsent(page, x -> new TreeMap<>()).computeIfAbsent(key, x -> new StringBuilder());
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word);
        }
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Map.Entry<Integer, TreeMap<Long, StringBuilder>> e : pages.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (StringBuilder sb : e.getValue().values()) {
                lines.add(sb.toString());
            }
            out.put(e.getKey(), lines);
        }
        return out;
    }
}
