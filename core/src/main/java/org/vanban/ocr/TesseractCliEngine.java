package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The {@code tesseract} command line as an {@link OcrEngine}: the one place that starts the subprocess, for the
 * comparisons and generators that need what the CLI itself reads (benches against the CLI, English-model OCR damage
 * for the repair channel). The product reads in-process with {@link TessEngine}.
 *
 * <p>Every run has {@code OMP_THREAD_LIMIT=1} (one core a process, as the benches count it) and its standard error
 * discarded. Settings: language ({@code -l}), page segmentation mode ({@code --psm}), {@code -c NAME=VALUE}
 * configs and an optional {@code nice} level. Not thread-safe for {@link #pageSegMode(int)}; the read methods
 * themselves may run in parallel (each is its own process).
 */
public final class TesseractCliEngine implements OcrEngine {

    /** Time limit of a run when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final String lang;
    private final List<String> configs;
    private final int niceness;
    private volatile int pageSegMode = -1;
    private volatile boolean closed;

    /** {@code tesseract -l LANG}. */
    public TesseractCliEngine(String lang) {
        this(lang, List.of(), 0);
    }

    /**
     * @param lang     Tesseract language(s), {@code vie}, {@code eng}, {@code vie+eng}
     * @param configs  {@code NAME=VALUE} settings passed as {@code -c NAME=VALUE}
     * @param niceness {@code nice -n} level of the process, 0 for none
     */
    public TesseractCliEngine(String lang, List<String> configs, int niceness) {
        if (lang == null || lang.isBlank()) throw new IllegalArgumentException("no OCR language given");
        this.lang = lang;
        this.configs = List.copyOf(configs);
        this.niceness = niceness;
    }

    /** True when a {@code tesseract} executable answers {@code --version}. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The language given to {@code -l}. */
    public String lang() {
        return lang;
    }

    @Override
    public void pageSegMode(int psm) {
        this.pageSegMode = psm;
    }

    @Override
    public int pageSegMode() {
        return pageSegMode;
    }

    /**
     * {@code tesseract IMAGE - -l LANG [--psm N] [--dpi DPI] [-c ...]}: the text the CLI prints.
     *
     * @param dpi resolution to declare, or 0 to let tesseract read it from the file
     */
    public String text(Path image, int dpi) throws OcrException {
        return run(List.of(image.toString(), "-"), dpi, List.of(), null, DEFAULT_TIMEOUT);
    }

    /**
     * One process over many images: writes their paths to a list file in {@code workDir} and runs
     * {@code tesseract LIST workDir/out ... [FORMAT]}; returns the output file ({@code out.txt}, pages separated by
     * form feeds, or {@code out.tsv} for {@code format = "tsv"}). The process log goes to {@code workDir/tesseract.log}.
     */
    public String batch(List<Path> images, Path workDir, String format) throws OcrException {
        try {
            Path list = workDir.resolve("images.txt");
            Files.write(list, images.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Path base = workDir.resolve("out");
            List<String> formats = format == null || format.equals("txt") ? List.of() : List.of(format);
            Duration limit = DEFAULT_TIMEOUT.multipliedBy(Math.max(1, images.size()));
            run(List.of(list.toString(), base.toString()), 0, formats, workDir.resolve("tesseract.log"), limit);
            Path out = workDir.resolve("out." + (formats.isEmpty() ? "txt" : format));
            if (!Files.isRegularFile(out)) throw new OcrException("tesseract wrote no " + out);
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcrException("tesseract batch in " + workDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@inheritDoc} The image goes to a temporary PNG and is read with TSV output: the text is its words, a line
     * per Tesseract line and a blank line after each paragraph (as the CLI's text output), with word boxes and
     * the mean word confidence.
     */
    @Override
    public OcrResult recognize(BufferedImage image, int dpi, Duration timeout) throws OcrException {
        if (closed) throw new IllegalStateException("OCR engine is closed");
        Path png = null;
        try {
            png = Files.createTempFile("vanban-tesseract-", ".png");
            ImageIO.write(image, "png", png.toFile());
            String tsv = run(List.of(png.toString(), "-"), dpi, List.of("tsv"), null,
                    timeout == null ? DEFAULT_TIMEOUT : timeout);
            return fromTsv(tsv);
        } catch (IOException e) {
            throw new OcrException("cannot hand the page to tesseract: " + e.getMessage(), e);
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + png, e);
                }
            }
        }
    }

    /** A result from Tesseract's TSV: words (level 5) with boxes and confidence, lines and paragraphs kept. */
    static OcrResult fromTsv(String tsv) {
        TreeMap<Long, List<OcrWord>> lines = new TreeMap<>();
        List<OcrWord> words = new ArrayList<>();
        double conf = 0;
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) continue;
            double c = Math.max(0, Math.min(100, Double.parseDouble(f[10])));
            OcrWord w = new OcrWord(f[11].strip(), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), c);
            long key = Long.parseLong(f[1]) * 1_000_000_000L + Long.parseLong(f[2]) * 1_000_000L
                    + Long.parseLong(f[3]) * 1_000L + Long.parseLong(f[4]);
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
            words.add(w);
            conf += c;
        }
        StringBuilder text = new StringBuilder();
        long paragraph = -1;
        for (var e : lines.entrySet()) {
            long par = e.getKey() / 1_000L;
            if (paragraph >= 0 && par != paragraph) text.append('\n');
            paragraph = par;
            for (int i = 0; i < e.getValue().size(); i++) {
                if (i > 0) text.append(' ');
                text.append(e.getValue().get(i).text());
            }
            text.append('\n');
        }
        return new OcrResult(text.toString(), words.isEmpty() ? 0 : conf / words.size(), words);
    }

    private String run(List<String> inOut, int dpi, List<String> formats, Path log, Duration timeout)
            throws OcrException {
        List<String> cmd = new ArrayList<>();
        if (niceness != 0) cmd.addAll(List.of("nice", "-n", String.valueOf(niceness)));
        cmd.add("tesseract");
        cmd.addAll(inOut);
        cmd.addAll(List.of("-l", lang));
        if (pageSegMode >= 0) cmd.addAll(List.of("--psm", String.valueOf(pageSegMode)));
        if (dpi > 0) cmd.addAll(List.of("--dpi", String.valueOf(dpi)));
        for (String c : configs) cmd.addAll(List.of("-c", c));
        cmd.addAll(formats);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        if (log != null) {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new OcrException("cannot run tesseract (install it with: apt-get install tesseract-ocr tesseract-ocr-"
                    + lang.split("\\+")[0] + "): " + e.getMessage(), e);
        }
        try {
            String out = log != null ? "" : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new OcrTimeoutException(timeout);
            }
            if (p.exitValue() != 0) {
                throw new OcrException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + ")"
                        + (log != null ? ", see " + log : ""));
            }
            return out;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new OcrException("reading tesseract's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while running tesseract", e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
