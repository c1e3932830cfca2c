package org.vanban.lab.repair;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.vanban.text.lm.ChannelTable;
import org.vanban.text.lm.ChannelTrainer;
import org.vanban.text.lm.DiacriticRestorer;
import org.vanban.text.lm.ModelLocator;
import org.vanban.text.lm.NgramModel;

/**
 * OCR repair bench: renders held-out corpus lines in Liberation Serif, reads them back with the Tesseract CLI
 * (English model by default, to produce the damage the OCR channel targets), then repairs the OCR text with the
 * plain diacritic restorer and with the OCR channel, and reports syllable accuracy against the original lines.
 *
 * <p>The OCR channel is run twice side by side: with the hand-seeded table and with the learned one
 * ({@code --channel TABLE}, default {@code models/ocr-channel-eng.tsv}), each also on the correct lines.
 *
 * <p>Run from {@code vanban bench repair --ocr --corpus FILE [--model FILE] [--lines 200] [--skip N] [--lang eng]
 * [--channel TABLE] [--ocr-file FILE] [--weight W] [--max-cost C] [--show N]}; {@code --ocr-file} reuses (or
 * saves) the OCR output, {@code --weight}/{@code --max-cost} rescale the learned table for tuning; needs
 * {@code tesseract} unless the OCR file is there.
 */
public final class OcrRepairBench {

    private OcrRepairBench() {
    }

    static BufferedImage render(String line) {
        Font font = new Font("Liberation Serif", Font.PLAIN, 40);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int w = fm.stringWidth(line) + 60;
        int h = fm.getHeight() + 40;
        pg.dispose();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.drawString(line, 30, 20 + fm.getAscent());
        g.dispose();
        return img;
    }

    /** OCRs each line image with one tesseract process; returns one text line per input line. */
    static List<String> ocr(List<String> lines, String lang, Path dir) throws IOException, InterruptedException {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Path png = dir.resolve(String.format("line-%05d.png", i));
            ImageIO.write(render(lines.get(i)), "png", png.toFile());
            list.add(png.toString());
        }
        org.vanban.ocr.TesseractCliEngine engine = new org.vanban.ocr.TesseractCliEngine(lang);
        engine.pageSegMode(7);
        String text;
        try {
            text = engine.batch(list.stream().map(Path::of).toList(), dir, "txt");
        } catch (org.vanban.ocr.OcrException e) {
            throw new IOException(e.getMessage(), e);
        }
        String[] pages = text.split("\f", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String page = i < pages.length ? pages[i] : "";
            out.add(page.replaceAll("\\s+", " ").trim());
        }
        return out;
    }

    static double accuracy(List<String> refs, List<String> hyps, UnaryOperator<String> system) {
        long ref = 0;
        long err = 0;
        for (int i = 0; i < refs.size(); i++) {
            List<String> r = RepairBench.words(refs.get(i));
            ref += r.size();
            err += RepairBench.editDistance(r, RepairBench.words(system.apply(hyps.get(i))));
        }
        return 1.0 - err / (double) ref;
    }

    /**
     * What one run of the OCR bench does: the corpus, the model (null: the default), the channel table to compare
     * (null: the pipeline's default table), where the OCR output is kept (null: a temporary folder), how many bench
     * lines after skipping how many, the tesseract language, how many lines to print, and the table's weight,
     * maximum cost and tone bias (NaN: as the table has them).
     */
    public record Settings(Path corpus, Path model, Path channel, Path ocrFile, int lines, int skip, String lang,
                           int show, double weight, double maxCost, double toneBias) {
        public Settings {
            if (corpus == null) throw new IllegalArgumentException("the OCR repair bench needs a corpus (--corpus FILE)");
            if (lines <= 0) throw new IllegalArgumentException("--lines must be positive, not " + lines);
            if (skip < 0) throw new IllegalArgumentException("--skip must not be negative, not " + skip);
            if (lang == null || !lang.matches("[a-z_+]+")) {
                throw new IllegalArgumentException("--lang must be a tesseract language such as eng or vie, not " + lang);
            }
        }

        /** The defaults for a corpus: 200 lines read by tesseract -l eng, the default table as it is. */
        public static Settings of(Path corpus) {
            return new Settings(corpus, null, null, null, 200, 0, "eng", 0, 1.0, Double.NaN, Double.NaN);
        }
    }

    /** Runs the bench and prints its lines to {@code out}. */
    public static void run(Settings settings, PrintStream out) throws IOException, InterruptedException {
        Path corpus = settings.corpus();
        Path modelPath = settings.model() == null ? ModelLocator.defaultModel() : settings.model();
        Path channelPath = settings.channel();
        Path ocrFile = settings.ocrFile();
        int n = settings.lines();
        String lang = settings.lang();
        int show = settings.show();
        int skip = settings.skip();
        double weight = settings.weight();
        double maxCost = settings.maxCost();
        double toneBias = settings.toneBias();
        final int skipped = skip;
        List<String> refs = benchLines(corpus, n, skip);
        List<String> hyps = readOrOcr(refs, lang, ocrFile);
        NgramModel model = NgramModel.load(modelPath);
        ChannelTable learned = null;
        if (channelPath != null) {
            learned = ChannelTable.read(channelPath);
        } else {
            // what the pipeline runs: the learned English-model table plus the tone section of the Vietnamese one
            learned = ChannelTable.defaultTable();
            if (learned == ChannelTable.handSeeded()) {
                learned = null;
                out.println("(no learned channel table found under " + ChannelTable.ENG_PATH + ")");
            }
        }
        if (learned != null && (weight != 1.0 || !Double.isNaN(maxCost))) {
            learned = learned.scaled(weight, Double.isNaN(maxCost) ? learned.maxCost() : maxCost);
        }
        DiacriticRestorer plain = new DiacriticRestorer(model);
        out.printf("OCR bench: %d held-out lines (20-160 chars, after skipping %d) rendered in Liberation Serif, tesseract -l %s%s%n",
                refs.size(), skipped, lang, ocrFile != null ? " (OCR output in " + ocrFile + ")" : " --psm 7");
        out.printf("  raw OCR                                  %7.3f%%%n", 100 * accuracy(refs, hyps, s -> s));
        out.printf("  diacritic restorer                       %7.3f%%%n", 100 * accuracy(refs, hyps, plain::restore));
        List<ChannelTable> tables = new ArrayList<>();
        tables.add(ChannelTable.handSeeded());
        if (learned != null && learned.hasTones()) {
            tables.add(learned.withoutTones()); // side by side: the same table with the flat accent penalty
        }
        if (learned != null) {
            tables.add(Double.isNaN(toneBias) ? learned : learned.withToneBias(toneBias));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        DiacriticRestorer last = null;
        for (ChannelTable table : tables) {
            DiacriticRestorer withChannel = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr(), table);
            long t0 = cpu.getCurrentThreadCpuTime();
            double acc = accuracy(refs, hyps, withChannel::restore);
            double secs = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            out.printf("  restorer + OCR channel (%-22s) %7.3f%%   (%.1f CPU-s)%n", label(table), 100 * acc, secs);
            out.printf("    same engine on the correct lines        %7.3f%% (should stay 100%%)%n",
                    100 * accuracy(refs, refs, withChannel::restore));
            last = withChannel;
        }
        for (int i = 0; i < Math.min(show, refs.size()); i++) {
            out.println("REF " + refs.get(i));
            out.println("OCR " + hyps.get(i));
            out.println("FIX " + last.restore(hyps.get(i)));
        }
    }

    /** The bench lines: held-out lines of 20-160 chars, after skipping the first {@code skip} of them. */
    public static List<String> benchLines(Path corpus, int n, int skip) throws IOException {
        List<String> refs = new ArrayList<>();
        int toSkip = skip;
        for (String line : RepairBench.heldOutLines(corpus, 100_000)) {
            if (line.length() >= 20 && line.length() <= 160 && toSkip-- <= 0) {
                refs.add(line);
                if (refs.size() >= n) {
                    break;
                }
            }
        }
        return refs;
    }

    private static String label(ChannelTable t) {
        String name = t.name().replace(".tsv", "");
        return name.length() > 22 ? name.substring(0, 22) : name;
    }

    /** OCR output of the lines, read from {@code file} when it holds them, else produced (and saved there). */
    static List<String> readOrOcr(List<String> refs, String lang, Path file) throws IOException, InterruptedException {
        if (file != null && Files.isRegularFile(file)) {
            List<ChannelTrainer.LinePair> pairs = ChannelTrainer.readPairs(file);
            if (pairs.size() == refs.size()) {
                List<String> hyps = new ArrayList<>();
                boolean same = true;
                for (int i = 0; i < refs.size(); i++) {
                    same &= pairs.get(i).truth().equals(refs.get(i).replace('\t', ' '));
                    hyps.add(pairs.get(i).ocr());
                }
                if (same) {
                    return hyps;
                }
            }
        }
        Path dir = Files.createTempDirectory("vanban-ocr-bench");
        List<String> hyps = ocr(refs, lang, dir);
        if (file != null) {
            List<ChannelTrainer.LinePair> pairs = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                pairs.add(new ChannelTrainer.LinePair(refs.get(i), hyps.get(i)));
            }
            ChannelTrainer.writePairs(pairs, file);
        }
        return hyps;
    }
}
