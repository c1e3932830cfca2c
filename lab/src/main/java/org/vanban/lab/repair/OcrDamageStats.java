package org.vanban.lab.repair;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Fold;
import org.vanban.text.lm.ChannelTrainer;

/**
 * Damage statistics of OCR text against its truth, to set generated OCR pairs side by side with real OCR: token
 * accuracy with and without accents, the character error rate with accents folded, glued digits and symbols inside
 * words, Latin-1 accents, and split or merged words. Lines are compared as pairs (truth, OCR).
 */
public final class OcrDamageStats {
    private static final Pattern RUN = Pattern.compile("\\S+");

    private OcrDamageStats() {
    }

    /** The figures of one set of pairs. */
    public record Stats(int lines, int tokens, double tokenAccuracy, double foldedTokenAccuracy, double foldedCer,
                        double digitWordsPer100, double symbolWordsPer100, double latin1Per100, double tokenRatio,
                        Map<Character, Integer> symbols) {
    }

    /** Computes the statistics of (truth, ocr) pairs. */
    public static Stats of(List<String[]> pairs) {
        int errors = 0, folded = 0, tokens = 0, charErr = 0, chars = 0, digitWords = 0, symbolWords = 0, latin1 = 0;
        int ocrTokens = 0;
        Map<Character, Integer> symbols = new HashMap<>();
        for (String[] p : pairs) {
            String truth = Normalizer.normalize(p[0], Normalizer.Form.NFC);
            String ocr = Normalizer.normalize(p[1], Normalizer.Form.NFC);
            List<String> g = RealRepairBench.tokens(truth);
            List<String> h = RealRepairBench.tokens(ocr);
            errors += RepairBench.editDistance(h, g);
            folded += RepairBench.editDistance(RealRepairBench.words(ocr).stream().map(Fold::lower).toList(),
                    RealRepairBench.words(truth).stream().map(Fold::lower).toList());
            tokens += g.size();
            ocrTokens += h.size();
            String ft = Fold.lower(truth.strip().replaceAll("\\s+", " "));
            String fo = Fold.lower(ocr.strip().replaceAll("\\s+", " "));
            charErr += charDistance(fo, ft);
            chars += ft.length();
            Matcher m = RUN.matcher(ocr);
            while (m.find()) {
                String w = m.group().replaceAll("^\\p{P}+|\\p{P}+$", "");
                boolean letter = w.chars().anyMatch(Character::isLetter);
                if (!letter) continue;
                if (w.chars().anyMatch(Character::isDigit)) digitWords++;
                boolean sym = false;
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                            && "-/.,'’_".indexOf(c) < 0) {
                        sym = true;
                        symbols.merge(c, 1, Integer::sum);
                    }
                }
                if (sym) symbolWords++;
            }
            for (int i = 0; i < ocr.length(); i++) {
                char c = ocr.charAt(i);
                if (c >= 0xC0 && c <= 0xFF && Character.isLetter(c)) latin1++;
            }
        }
        double per100 = tokens == 0 ? 0 : 100.0 / tokens;
        return new Stats(pairs.size(), tokens, tokens == 0 ? 1 : 1 - (double) errors / tokens,
                tokens == 0 ? 1 : 1 - (double) folded / tokens, chars == 0 ? 0 : (double) charErr / chars,
                digitWords * per100, symbolWords * per100, latin1 * per100, tokens == 0 ? 1 : (double) ocrTokens / tokens,
                symbols);
    }

    private static int charDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The (gold, ocr) line pairs of a folder of {@code NAME.ocr.txt} + {@code NAME.gold.txt} (blank gold lines left out). */
    public static List<String[]> realPairs(Path dir) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (Path f : RealRepairBench.pairs(dir)) {
            List<String> ocr = RealRepairBench.lines(Files.readString(f, StandardCharsets.UTF_8));
            List<String> gold = RealRepairBench.lines(Files.readString(RealRepairBench.gold(f), StandardCharsets.UTF_8));
            for (int i = 0; i < Math.min(ocr.size(), gold.size()); i++) {
                if (!gold.get(i).isBlank()) out.add(new String[] {gold.get(i), ocr.get(i)});
            }
        }
        return out;
    }

    /** Pairs of a {@code truth TAB ocr} file ({@link ChannelTrainer#writePairs}, {@code --ocr-file}); # lines skipped. */
    public static List<String[]> filePairs(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (l.startsWith("#")) continue;
            int tab = l.indexOf('\t');
            if (tab >= 0) out.add(new String[] {l.substring(0, tab), l.substring(tab + 1)});
        }
        return out;
    }

    /** Prints the statistics of named sets side by side. */
    public static void print(Map<String, Stats> sets, PrintStream out) {
        List<String> names = new ArrayList<>(sets.keySet());
        StringBuilder head = new StringBuilder(String.format("%-40s", "raw OCR damage"));
        for (String n : names) head.append(String.format(" %22s", n.length() > 22 ? n.substring(n.length() - 22) : n));
        out.println(head);
        Map<String, java.util.function.Function<Stats, String>> rows = new LinkedHashMap<>();
        rows.put("lines / truth tokens", s -> s.lines() + " / " + s.tokens());
        rows.put("token accuracy (real-dev scoring)", s -> pct(s.tokenAccuracy()));
        rows.put("token accuracy, accents folded", s -> pct(s.foldedTokenAccuracy()));
        rows.put("char error rate, accents folded", s -> pct(s.foldedCer()));
        rows.put("words with a glued digit / 100 tokens", s -> String.format("%.2f", s.digitWordsPer100()));
        rows.put("words with a glued symbol / 100 tokens", s -> String.format("%.2f", s.symbolWordsPer100()));
        rows.put("Latin-1 accented letters / 100 tokens", s -> String.format("%.2f", s.latin1Per100()));
        rows.put("OCR tokens / truth tokens", s -> String.format("%.3f", s.tokenRatio()));
        rows.put("symbols glued in words (top 8)", s -> top(s.symbols()));
        for (Map.Entry<String, java.util.function.Function<Stats, String>> r : rows.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-40s", r.getKey()));
            for (String n : names) line.append(String.format(" %22s", r.getValue().apply(sets.get(n))));
            out.println(line);
        }
    }

    private static String pct(double v) {
        return String.format("%.2f%%", 100 * v);
    }

    private static String top(Map<Character, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.entrySet().stream().sorted(Map.Entry.<Character, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> sb.append(e.getKey()).append(e.getValue()).append(' '));
        return sb.toString().strip();
    }
}
