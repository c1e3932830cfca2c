package org.vanban.lab.cli;

import org.vanban.ocr.ImagePreprocessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code vanban bench ingest-vs-cli} reports of one batch: both sides' wall and CPU seconds summed over the
 * alternating rounds, the page-segmentation modes each side read with and, when the pages' text is known, both
 * sides' character and syllable error rates (vanban's raw OCR and its text after repair).
 */
final class IngestVsCliReport {
    /** One side's summed cost over the rounds and, when truth is known, its errors. */
    static final class Side {
        double wallSeconds;
        double cpuSeconds;
        int pages;
        final BenchIngestCommand.Errors raw = new BenchIngestCommand.Errors();
        final BenchIngestCommand.Errors repaired = new BenchIngestCommand.Errors();
        int scored;

        void addRound(double wall, double cpu, int roundPages) {
            wallSeconds += wall;
            cpuSeconds += cpu;
            pages += roundPages;
        }

        double pagesPerSecond() { return pages / Math.max(1e-9, wallSeconds); }

        double cpuPerPage() { return cpuSeconds / Math.max(1, pages); }
    }

    final String batch;
    final Side cli = new Side();
    final Side vanban = new Side();
    /** Pages per way vanban's pool reads first ({@link ImagePreprocessor.Way#label()}). */
    final Map<String, Long> firstWays = new TreeMap<>();
    int rounds;

    IngestVsCliReport(String batch) {
        this.batch = batch;
    }

    /**
     * The CLI side's settings: {@code -l vie}, the dpi, the page-segmentation mode ({@code --psm}, or Tesseract's
     * default, 3, when negative) and OMP_THREAD_LIMIT=1 ({@link org.vanban.ocr.TesseractCliEngine} sets it on every
     * process).
     */
    static String cliSettings(int psm, String dpi) {
        return String.format(Locale.ROOT, "tesseract CLI: -l vie --dpi %s %s, OMP_THREAD_LIMIT=1 on every process "
                        + "(one core a process: Tesseract's own OpenMP threads would oversubscribe the cores)",
                dpi, psm >= 0 ? "--psm " + psm + " (" + psmName(psm) + ")" : "no --psm (Tesseract's default, 3: automatic layout)");
    }

    /**
     * vanban's modes: the pages per way it reads first with each way's mode, and the modes of the second ways a
     * doubtful page may be read with (every way the pool has: {@link ImagePreprocessor.Way#values()}).
     */
    static String vanbanModes(Map<String, Long> firstWays) {
        List<String> parts = new ArrayList<>();
        firstWays.forEach((label, pages) -> parts.add(String.format(Locale.ROOT, "%s %d (psm %d)", label, pages,
                way(label).pageSegMode())));
        TreeSet<Integer> all = new TreeSet<>();
        for (ImagePreprocessor.Way w : ImagePreprocessor.Way.values()) all.add(w.pageSegMode());
        return "vanban ingest: per-page choice; first way per page " + (parts.isEmpty() ? "(no OCR page)" : String.join(", ", parts))
                + "; a doubtful page is read a second way; the pool's ways read with "
                + String.join(", ", all.stream().map(m -> "psm " + m + " (" + psmName(m) + ")").toList());
    }

    /** The way named {@code label}, for its mode. */
    static ImagePreprocessor.Way way(String label) {
        for (ImagePreprocessor.Way w : ImagePreprocessor.Way.values()) if (w.label().equals(label)) return w;
        throw new IllegalArgumentException("unknown way of preparing a page: " + label);
    }

    /** Tesseract's name of a page-segmentation mode (the ones the benches use; others by number). */
    static String psmName(int psm) {
        return switch (psm) {
            case 1 -> "automatic layout with orientation detection";
            case 3 -> "automatic layout";
            case 4 -> "one column of text";
            case 6 -> "one uniform block";
            case 11 -> "sparse text";
            default -> "mode " + psm;
        };
    }

    /** The header of {@link #row()}'s table. */
    static List<String> header(boolean truth) {
        String acc = truth ? " CLI CER | CLI SER | vanban raw CER | vanban raw SER | vanban repaired SER |" : "";
        String rule = truth ? " --- | --- | --- | --- | --- |" : "";
        return List.of("| batch | pages x rounds | CLI pages/s | CLI CPU-s/page | vanban pages/s | vanban CPU-s/page "
                        + "| vanban/CLI pages/s | CLI/vanban CPU-s/page |" + acc,
                "| --- | --- | --- | --- | --- | --- | --- | --- |" + rule);
    }

    /** One line of the table: throughput and CPU of both sides, their ratios, and the error rates when known. */
    String row() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "| %s | %d x %d | %.3f | %.2f | %.3f | %.2f | %.2f | %.2f |",
                batch, pagesPerRound(), rounds, cli.pagesPerSecond(), cli.cpuPerPage(), vanban.pagesPerSecond(),
                vanban.cpuPerPage(), vanban.pagesPerSecond() / cli.pagesPerSecond(), cli.cpuPerPage() / vanban.cpuPerPage()));
        if (truthKnown()) {
            b.append(String.format(Locale.ROOT, " %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% |", cli.raw.cer(), cli.raw.ser(),
                    vanban.raw.cer(), vanban.raw.ser(), vanban.repaired.ser()));
        }
        return b.toString();
    }

    /** Whether both sides' readings were scored against known text. */
    boolean truthKnown() {
        return cli.scored > 0 && vanban.scored > 0;
    }

    private int pagesPerRound() {
        return rounds == 0 ? 0 : cli.pages / rounds;
    }

    /** Records one round of both sides. */
    void round(int pages, double cliWall, double cliCpu, double vanbanWall, double vanbanCpu) {
        cli.addRound(cliWall, cliCpu, pages);
        vanban.addRound(vanbanWall, vanbanCpu, pages);
        rounds++;
    }

    /** A round's line, as the corpus mode printed it. */
    static String roundLine(int round, int pages, double cliWall, double cliCpu, double vanbanWall, double vanbanCpu) {
        return String.format(Locale.ROOT, "round %d: tesseract CLI %.3f pages/s (%.2f CPU-s/page), vanban ingest %.3f pages/s"
                        + " (%.2f CPU-s/page); ingest/CLI throughput %.1f%% wall, %.1f%% CPU",
                round, pages / cliWall, cliCpu / pages, pages / vanbanWall, vanbanCpu / pages,
                100.0 * cliWall / vanbanWall, 100.0 * cliCpu / vanbanCpu);
    }

    /** Scores one page: the true text, the CLI's text, vanban's raw OCR and its repaired text. */
    void score(String truth, String cliText, String vanbanRaw, String vanbanRepaired) {
        cli.raw.add(truth, cliText);
        cli.scored++;
        vanban.raw.add(truth, vanbanRaw);
        vanban.repaired.add(truth, vanbanRepaired);
        vanban.scored++;
    }
}
