package org.vanban.lab.repair;

import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vanban.vi.ToneMarks;

/**
 * Repair accuracy on real documents: a folder of {@code NAME.ocr.txt} files with hand-corrected, line-aligned
 * {@code NAME.gold.txt}. Each document goes through the product's own entry point ({@link TextRepairer#repairLines}
 * in the pipeline's auto mode, the whole document at once so that restoration sees across line breaks), and is
 * scored line by line as the issue scores real documents: tokens are Unicode word runs, lower-cased, NFC, with the
 * tone mark taken out and appended (so {@code hoà} = {@code hòa}); accuracy = 1 − token edit distance / gold tokens.
 */
public final class RealRepairBench {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Token errors and gold tokens of one text against its gold. */
    public record Score(int errors, int tokens) {
        public double accuracy() {
            return tokens == 0 ? 1.0 : 1.0 - (double) errors / tokens;
        }

        Score plus(Score o) {
            return new Score(errors + o.errors, tokens + o.tokens);
        }
    }

    /** One document's figures. */
    public record FileResult(String name, int lines, Score raw, Score repaired, double cpuSeconds) {
    }

    private RealRepairBench() {
    }

    /** The scoring tokens of a line: word runs, lower-cased, NFC, tone mark moved to the end. */
    public static List<String> tokens(String line) {
        return words(line).stream().map(RealRepairBench::token).toList();
    }

    /** The words of a line as written (lower-cased, NFC), one per scoring token. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(line, Normalizer.Form.NFC));
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** A lower-case NFC word with its tone marks taken off the vowels ({@link ToneMarks}) and appended as codes. */
    private static String token(String word) {
        StringBuilder base = new StringBuilder(word.length());
        StringBuilder tones = new StringBuilder(1);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            base.append(ToneMarks.untoned(c));
            int t = ToneMarks.tone(c);
            if (t != ToneMarks.NGANG) tones.append((char) (0xE000 + t)); // a private-use char per tone: no word has one
        }
        return base.append(tones).toString();
    }

    /** Scores hypothesis lines against gold lines (line N against line N; missing lines count as empty). */
    public static Score score(List<String> hyp, List<String> gold) {
        int errors = 0, tokens = 0;
        for (int i = 0; i < gold.size(); i++) {
            List<String> g = tokens(gold.get(i));
            errors += RepairBench.editDistance(tokens(i < hyp.size() ? hyp.get(i) : ""), g);
            tokens += g.size();
        }
        for (int i = gold.size(); i < hyp.size(); i++) errors += tokens(hyp.get(i)).size();
        return new Score(errors, tokens);
    }

    /**
     * Counts the token errors of each line as {@code gold -> hyp} pairs from a minimal alignment
     * ({@code word -> ∅} for a lost token, {@code ∅ -> word} for an extra one).
     */
    public static void countErrors(List<String> hyp, List<String> gold, Map<String, Integer> into) {
        for (int i = 0; i < gold.size(); i++) {
            List<String> g = tokens(gold.get(i));
            List<String> h = tokens(i < hyp.size() ? hyp.get(i) : "");
            List<String> gw = words(gold.get(i));
            List<String> hw = words(i < hyp.size() ? hyp.get(i) : "");
            int[][] d = new int[g.size() + 1][h.size() + 1];
            for (int a = 0; a <= g.size(); a++) d[a][0] = a;
            for (int b = 0; b <= h.size(); b++) d[0][b] = b;
            for (int a = 1; a <= g.size(); a++) {
                for (int b = 1; b <= h.size(); b++) {
                    int sub = d[a - 1][b - 1] + (g.get(a - 1).equals(h.get(b - 1)) ? 0 : 1);
                    d[a][b] = Math.min(sub, Math.min(d[a - 1][b] + 1, d[a][b - 1] + 1));
                }
            }
            int a = g.size(), b = h.size();
            while (a > 0 || b > 0) {
                if (a > 0 && b > 0 && d[a][b] == d[a - 1][b - 1] + (g.get(a - 1).equals(h.get(b - 1)) ? 0 : 1)) {
                    if (!g.get(a - 1).equals(h.get(b - 1))) into.merge(gw.get(a - 1) + " -> " + hw.get(b - 1), 1, Integer::sum);
                    a--;
                    b--;
                } else if (a > 0 && d[a][b] == d[a - 1][b] + 1) {
                    into.merge(gw.get(a - 1) + " -> ∅", 1, Integer::sum);
                    a--;
                } else {
                    into.merge("∅ -> " + hw.get(b - 1), 1, Integer::sum);
                    b--;
                }
            }
        }
    }

    /** The {@code *.ocr.txt} files of a folder that have a {@code *.gold.txt} beside them, by name. */
    public static List<Path> pairs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".ocr.txt")).sorted().forEach(p -> {
                if (Files.isRegularFile(gold(p))) out.add(p);
            });
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no NAME.ocr.txt with NAME.gold.txt in " + dir);
        return out;
    }

    static Path gold(Path ocr) {
        String n = ocr.getFileName().toString();
        return ocr.resolveSibling(n.substring(0, n.length() - ".ocr.txt".length()) + ".gold.txt");
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** Repairs a whole document with the product entry point in auto mode; one output line per input line. */
    public static List<String> repair(TextRepairer repairer, List<String> ocrLines) {
        List<String> out = lines(repairer.repairLines(String.join("\n", ocrLines), RepairMode.AUTO).text());
        while (out.size() < ocrLines.size()) out.add("");
        if (out.size() != ocrLines.size()) {
            throw new IllegalStateException("repair returned " + out.size() + " lines for " + ocrLines.size());
        }
        return out;
    }

    /** Repairs each line on its own (no context across line breaks), for comparison. */
    public static List<String> repairEachLine(TextRepairer repairer, List<String> ocrLines) {
        List<String> out = new ArrayList<>(ocrLines.size());
        for (String l : ocrLines) out.add(repairer.repairLines(l, RepairMode.AUTO).text().replace('\n', ' '));
        return out;
    }

    /**
     * Runs the bench over a folder, printing per-file figures, the total and the {@code top} most frequent errors.
     * With {@code eachLine} every line is repaired on its own ({@code vanban repair}), else the whole document at once.
     */
    public static List<FileResult> run(Path dir, TextRepairer repairer, boolean eachLine, int top, PrintStream out) throws IOException {
        out.println(eachLine ? "repair: TextRepairer.repairLines, auto mode, one call per line (no context across line breaks)"
                : "repair: TextRepairer.repairLines, auto mode, one call per document (as vanban repair and ingest: context across line breaks)");
        return run(pairs(dir), text -> String.join("\n", eachLine ? repairEachLine(repairer, lines(text))
                : repair(repairer, lines(text))), top, out);
    }

    static List<FileResult> run(List<Path> files, UnaryOperator<String> system, int top, PrintStream out) throws IOException {
        List<FileResult> results = new ArrayList<>();
        Map<String, Integer> errors = new HashMap<>();
        Score raw = new Score(0, 0), fixed = new Score(0, 0);
        double cpu = 0;
        out.printf("%-36s %6s %7s %16s %16s %8s%n", "file", "lines", "tokens", "raw input", "repaired (auto)", "CPU s");
        for (Path f : files) {
            List<String> ocr = lines(Files.readString(f, StandardCharsets.UTF_8));
            List<String> gold = lines(Files.readString(gold(f), StandardCharsets.UTF_8));
            if (ocr.size() != gold.size()) {
                throw new IllegalArgumentException(f.getFileName() + " has " + ocr.size() + " lines, its gold " + gold.size()
                        + ": the gold must be line-aligned");
            }
            long t0 = CPU.getCurrentThreadCpuTime();
            List<String> hyp = lines(system.apply(String.join("\n", ocr)));
            double s = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
            Score r = score(ocr, gold), h = score(hyp, gold);
            countErrors(hyp, gold, errors);
            FileResult fr = new FileResult(f.getFileName().toString(), ocr.size(), r, h, s);
            results.add(fr);
            raw = raw.plus(r);
            fixed = fixed.plus(h);
            cpu += s;
            out.printf("%-36s %6d %7d %7.2f%% %7d %7.2f%% %7d %8.2f%n", fr.name(), fr.lines(), h.tokens(),
                    100 * r.accuracy(), r.errors(), 100 * h.accuracy(), h.errors(), s);
        }
        out.printf("%-36s %6s %7d %7.2f%% %7d %7.2f%% %7d %8.2f%n", "all", "", fixed.tokens(),
                100 * raw.accuracy(), raw.errors(), 100 * fixed.accuracy(), fixed.errors(), cpu);
        out.printf("%nthe %d most frequent remaining errors (gold -> repaired, ∅ = missing):%n", top);
        errors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.printf("    %5d  %s%n", e.getValue(), e.getKey()));
        return results;
    }
}
