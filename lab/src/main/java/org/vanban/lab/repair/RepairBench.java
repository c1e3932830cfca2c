package org.vanban.lab.repair;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vanban.vi.Fold;
import org.vanban.vi.Letters;
import org.vanban.text.lm.DiacriticRestorer;
import org.vanban.text.lm.HeldOutSplit;
import org.vanban.text.lm.LmTrainer;
import org.vanban.text.lm.ModelLocator;
import org.vanban.text.lm.NgramModel;
import org.vanban.text.lm.SyllableTokenizer;

/**
 * Diacritic-restoration bench on held-out corpus lines ({@link HeldOutSplit}): strips the diacritics of the first
 * N held-out lines, restores them and reports syllable accuracy, 1 - (token edit distance / reference tokens)
 * over lower-cased word tokens, and speed (syllables per second of the bench thread's CPU time, which is stable on a
 * busy machine), for the main decoder, a plain trigram + beam baseline and the
 * unrestored input, overall and split into administrative lines (mentioning kế hoạch, ủy ban nhân dân, UBND,
 * hội đồng nhân dân, HĐND) and the other (legal) lines.
 *
 * <p>Run from {@code vanban bench repair --corpus FILE [--model FILE] [--lines 3000] [--beam 16] [--margin 3]
 * [--sweep 16:inf,8:4,...]}, which parses the options into {@link Settings}. A sweep compares decoder settings (beam width : prune margin) in one run, interleaved
 * block by block so that a busy machine slows every setting alike.
 */
public final class RepairBench {

    /** Accumulated edit statistics of one system on one slice. */
    public static final class Score {
        long refTokens;
        long errors;
        long styleErrors;
        long lines;
        long nanos;

        /** Syllable accuracy ignoring old/new tone placement ({@code hoá = hóa}). */
        public double styleInsensitiveAccuracy() {
            return refTokens == 0 ? 1.0 : 1.0 - styleErrors / (double) refTokens;
        }

        /** Syllable accuracy. */
        public double accuracy() {
            return refTokens == 0 ? 1.0 : 1.0 - errors / (double) refTokens;
        }

        void add(Score o) {
            refTokens += o.refTokens;
            errors += o.errors;
            styleErrors += o.styleErrors;
            lines += o.lines;
            nanos += o.nanos;
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private RepairBench() {
    }

    /** Lower-cased word tokens of a line. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (SyllableTokenizer.Token t : SyllableTokenizer.tokenize(line)) {
            if (t.kind() == SyllableTokenizer.Kind.WORD) {
                out.add(Letters.lower(t.text()));
            }
        }
        return out;
    }

    /**
     * Puts the tone mark of open {@code oa, oe, uy} rimes on the first vowel ({@code hoá -> hóa},
     * {@code thuỷ -> thủy}), so old and new tone placement compare equal in the style-insensitive score.
     */
    static String toneStyle(String syllable) {
        String d = java.text.Normalizer.normalize(syllable, java.text.Normalizer.Form.NFD);
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        int tonePos = -1;
        for (int i = 0; i < d.length(); i++) {
            if (tones.indexOf(d.charAt(i)) >= 0) {
                tonePos = i;
            }
        }
        if (tonePos < 0) {
            return syllable;
        }
        char tone = d.charAt(tonePos);
        String base = d.substring(0, tonePos) + d.substring(tonePos + 1);
        String folded = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC);
        if (folded.startsWith("qu") || folded.startsWith("gi") || folded.length() < 2) {
            return syllable;
        }
        String tail = folded.substring(folded.length() - 2);
        if (!tail.equals("oa") && !tail.equals("oe") && !tail.equals("uy")) {
            return syllable;
        }
        // base is plain ASCII at the rime here; put the tone after the first vowel of the pair
        int first = base.length() - 2;
        String out = base.substring(0, first + 1) + tone + base.substring(first + 1);
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }

    /** Levenshtein distance between token lists. */
    static int editDistance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** Administrative-plan lines vs legal text, by keywords on the folded line. */
    static boolean isAdministrative(String line) {
        String k = " " + Fold.lower(line) + " ";
        return k.contains("ke hoach") || k.contains("uy ban nhan dan") || k.contains(" ubnd")
                || k.contains("hoi dong nhan dan") || k.contains(" hdnd");
    }

    /** Held-out lines with at least one word, first {@code limit} in file order. */
    static List<String> heldOutLines(Path corpus, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : LmTrainer.readLines(corpus)) {
            if (HeldOutSplit.isHeldOut(line) && !words(line).isEmpty()) {
                out.add(line);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** Runs one system over the lines; returns [overall, administrative, legal]. */
    static Score[] run(List<String> refs, UnaryOperator<String> system) {
        return run(refs, system, true);
    }

    /** Runs one system over stripped lines, or over the correct lines when {@code strip} is false. */
    static Score[] run(List<String> refs, UnaryOperator<String> system, boolean strip) {
        Score admin = new Score();
        Score legal = new Score();
        for (String ref : refs) {
            String input = strip ? Fold.strip(ref) : ref;
            long t0 = CPU.getCurrentThreadCpuTime();
            String hyp = system.apply(input);
            long dt = CPU.getCurrentThreadCpuTime() - t0;
            List<String> r = words(ref);
            Score s = isAdministrative(ref) ? admin : legal;
            s.refTokens += r.size();
            List<String> h = words(hyp);
            s.errors += editDistance(r, h);
            s.styleErrors += editDistance(r.stream().map(RepairBench::toneStyle).toList(),
                    h.stream().map(RepairBench::toneStyle).toList());
            s.lines++;
            s.nanos += dt;
        }
        Score all = new Score();
        all.add(admin);
        all.add(legal);
        return new Score[] {all, admin, legal};
    }

    /** Prints the most frequent reference -> output word confusions (same-length lines only). */
    static void printErrors(PrintStream out, List<String> refs, UnaryOperator<String> system, int top) {
        Map<String, Integer> conf = new java.util.HashMap<>();
        for (String ref : refs) {
            List<String> r = words(ref);
            List<String> h = words(system.apply(Fold.strip(ref)));
            if (r.size() != h.size()) {
                continue;
            }
            for (int i = 0; i < r.size(); i++) {
                if (!r.get(i).equals(h.get(i))) {
                    conf.merge(r.get(i) + " -> " + h.get(i), 1, Integer::sum);
                }
            }
        }
        conf.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.printf("    %5d  %s%n", e.getValue(), e.getKey()));
    }

    /** Lines restored before timing (the JIT needs a few thousand lines to settle); -Dvanban.warmup=N. */
    static final int WARM_UP = Integer.getInteger("vanban.warmup", 3000);

    /** One decoder setting of a sweep: beam width and prune margin. */
    record Setting(int beam, double margin) {
        static List<Setting> parse(String spec) {
            List<Setting> out = new ArrayList<>();
            for (String part : spec.split(",")) {
                String[] bm = part.trim().split(":");
                if (bm.length != 2) {
                    throw new IllegalArgumentException("bad sweep setting '" + part + "' (want beam:margin, e.g. 16:inf)");
                }
                double margin = bm[1].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bm[1]);
                out.add(new Setting(Integer.parseInt(bm[0]), margin));
            }
            return out;
        }

        String label() {
            return "beam " + beam + ", margin " + (Double.isInfinite(margin) ? "none" : margin);
        }
    }

    /**
     * Runs several decoder settings over the same lines, interleaved in blocks of 50 lines (each block goes
     * through every setting before the next block), and prints accuracy, speed and the clean-text check per setting.
     */
    static void sweep(PrintStream out, NgramModel model, List<String> refs, String spec,
                      UnaryOperator<String> reference) {
        List<Setting> settings = Setting.parse(spec);
        DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
        List<UnaryOperator<String>> restorers = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (reference != null) {
            restorers.add(reference);
            labels.add("reference jar (defaults)");
        }
        for (Setting st : settings) {
            DiacriticRestorer r = new DiacriticRestorer(model, d.with(st.beam(), model.order()).withPruneMargin(st.margin()));
            restorers.add(r::restore);
            labels.add(st.label());
        }
        for (UnaryOperator<String> r : restorers) { // warm-up
            for (int i = 0; i < Math.min(WARM_UP, refs.size()); i++) {
                r.apply(Fold.strip(refs.get(i)));
            }
        }
        int nSet = restorers.size();
        Score[][] stripped = new Score[nSet][];
        Score[][] clean = new Score[nSet][];
        for (int i = 0; i < nSet; i++) {
            stripped[i] = new Score[] {new Score(), new Score(), new Score()};
            clean[i] = new Score[] {new Score(), new Score(), new Score()};
        }
        for (int from = 0; from < refs.size(); from += 50) {
            List<String> block = refs.subList(from, Math.min(refs.size(), from + 50));
            for (int i = 0; i < nSet; i++) {
                UnaryOperator<String> r = restorers.get(i);
                Score[] s = run(block, r, true);
                Score[] c = run(block, r, false);
                for (int j = 0; j < 3; j++) {
                    stripped[i][j].add(s[j]);
                    clean[i][j].add(c[j]);
                }
            }
        }
        out.printf("%-26s %9s %9s %9s %11s %10s %11s%n", "setting (4-gram)", "all", "admin", "legal", "syll/cpu-s",
                "clean", "clean s/s");
        for (int i = 0; i < nSet; i++) {
            Score[] s = stripped[i];
            Score[] c = clean[i];
            out.printf("%-26s %8.3f%% %8.3f%% %8.3f%% %11.0f %9.3f%% %11.0f%n", labels.get(i),
                    100 * s[0].accuracy(), 100 * s[1].accuracy(), 100 * s[2].accuracy(),
                    s[0].refTokens / (s[0].nanos / 1e9), 100 * c[0].accuracy(), c[0].refTokens / (c[0].nanos / 1e9));
        }
    }

    /**
     * The default restorer of another build of vanban (a jar), loaded in its own class loader, so that a sweep can
     * time the code before a change side by side with the code after it.
     */
    static UnaryOperator<String> referenceRestorer(Path jar, Path modelPath) throws IOException {
        try {
            java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> restorerClass = loader.loadClass(DiacriticRestorer.class.getName());
            Object restorer = restorerClass.getMethod("load", Path.class).invoke(null, modelPath);
            java.lang.reflect.Method restore = restorerClass.getMethod("restore", String.class);
            return s -> {
                try {
                    return (String) restore.invoke(restorer, s);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("reference restorer failed: " + e, e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot load a reference restorer from " + jar + ": " + e, e);
        }
    }

    /**
     * What one run of the bench does: the corpus whose held-out lines are benched, the model (null: the default one),
     * how many lines, the main decoder's beam width and prune margin, how many errors to print, an optional sweep of
     * decoder settings ({@code B:M,...}) and, for a sweep, another build's jar to time side by side.
     */
    public record Settings(Path corpus, Path model, int lines, int beam, double margin, int showErrors, String sweep,
                           Path referenceJar) {
        public Settings {
            if (corpus == null) throw new IllegalArgumentException("the repair bench needs a corpus (--corpus FILE)");
            if (lines <= 0) throw new IllegalArgumentException("--lines must be positive, not " + lines);
            if (beam <= 0) throw new IllegalArgumentException("--beam must be positive, not " + beam);
            if (referenceJar != null && sweep == null) {
                throw new IllegalArgumentException("--reference-jar is timed only in a --sweep");
            }
        }

        /** The defaults for a corpus: 3,000 lines, the decoder's own beam width and margin. */
        public static Settings of(Path corpus) {
            DiacriticRestorer.Options d = DiacriticRestorer.Options.defaults();
            return new Settings(corpus, null, 3000, d.beamWidth(), d.pruneMargin(), 0, null, null);
        }
    }

    /** Runs the bench and prints its table to {@code out}. */
    public static void run(Settings settings, PrintStream out) throws IOException {
        Path corpus = settings.corpus();
        Path modelPath = settings.model() == null ? ModelLocator.defaultModel() : settings.model();
        int lines = settings.lines();
        int beam = settings.beam();
        int showErrors = settings.showErrors();
        double margin = settings.margin();
        String sweep = settings.sweep();
        Path referenceJar = settings.referenceJar();
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        NgramModel model = NgramModel.load(modelPath);
        out.printf("model %s: order %d, vocabulary %d, loaded in %.2f s (%.2f s CPU)%n", modelPath, model.order(),
                model.vocabularySize(), (System.nanoTime() - t0) / 1e9, (CPU.getCurrentThreadCpuTime() - c0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf("heap in use after loading: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
        List<String> refs = heldOutLines(corpus, lines);
        if (sweep != null) {
            UnaryOperator<String> reference = referenceJar == null ? null : referenceRestorer(referenceJar, modelPath);
            sweep(out, model, refs, sweep, reference);
            return;
        }
        DiacriticRestorer.Options opt = DiacriticRestorer.Options.defaults();
        Map<String, UnaryOperator<String>> systems = new LinkedHashMap<>();
        systems.put("no restoration (stripped input)", s -> s);
        // the baseline stays the plain trigram beam search: no threshold pruning
        DiacriticRestorer baseline = new DiacriticRestorer(model, opt.with(beam, 3).withPruneMargin(Double.POSITIVE_INFINITY));
        systems.put("baseline: trigram + beam " + beam, baseline::restore);
        DiacriticRestorer main = new DiacriticRestorer(model, opt.with(beam, model.order()).withPruneMargin(margin));
        systems.put("main: " + model.order() + "-gram + beam " + beam + (Double.isInfinite(margin) ? "" : " / " + margin),
                main::restore);
        // what the pipeline and vanban repair run by default (auto mode): the OCR decoder with the committed channel
        DiacriticRestorer auto = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
        systems.put("auto mode (OCR decoder, the pipeline)", auto::restore);
        // warm-up so JIT compilation does not count against the first system; auto mode runs other code (the OCR
        // channel, the clean-text guard), so it is warmed too, on a restorer of its own: the timed one starts with
        // empty caches, as in a fresh process
        DiacriticRestorer autoWarmUp = new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
        for (int i = 0; i < Math.min(WARM_UP, refs.size()); i++) {
            main.restore(Fold.strip(refs.get(i)));
            autoWarmUp.restore(Fold.strip(refs.get(i)));
            autoWarmUp.restore(refs.get(i));
        }
        out.printf("held-out lines %d (rule: CRC32(UTF-8 line) %% %d == 0)%n", refs.size(), HeldOutSplit.MODULUS);
        out.printf("%-36s %10s %10s %10s %12s%n", "system", "all", "admin", "legal", "syll/cpu-s");
        for (Map.Entry<String, UnaryOperator<String>> e : systems.entrySet()) {
            Score[] s = run(refs, e.getValue());
            double speed = s[0].refTokens / (s[0].nanos / 1e9);
            out.printf("%-36s %9.3f%% %9.3f%% %9.3f%% %12.0f%n", e.getKey(), 100 * s[0].accuracy(),
                    100 * s[1].accuracy(), 100 * s[2].accuracy(), speed);
            if (!e.getKey().startsWith("no restoration")) {
                out.printf("  ignoring tone placement style (hoá = hóa): %.3f%%%n", 100 * s[0].styleInsensitiveAccuracy());
            }
            if (e.getKey().startsWith("main")) {
                out.printf("  syllables: all %d (admin %d in %d lines, legal %d in %d lines)%n", s[0].refTokens,
                        s[1].refTokens, s[1].lines, s[2].refTokens, s[2].lines);
                if (showErrors > 0) {
                    printErrors(out, refs, e.getValue(), showErrors);
                }
            }
        }
        Score[] clean = run(refs, main::restore, false);
        out.printf("%-36s %9.3f%% %9.3f%% %9.3f%% %12.0f%n", "main on correct input (unchanged)", 100 * clean[0].accuracy(),
                100 * clean[1].accuracy(), 100 * clean[2].accuracy(), clean[0].refTokens / (clean[0].nanos / 1e9));
        Score[] cleanAuto = run(refs, auto::restore, false);
        out.printf("%-36s %9.3f%% %9.3f%% %9.3f%% %12.0f%n", "auto on correct input (unchanged)",
                100 * cleanAuto[0].accuracy(), 100 * cleanAuto[1].accuracy(), 100 * cleanAuto[2].accuracy(),
                cleanAuto[0].refTokens / (cleanAuto[0].nanos / 1e9));
        // the auto row above is timed with empty channel caches (each new word searches the channel); a second
        // pass over the same lines with the same restorer shows the speed once the words have been seen
        Score[] again = run(refs, auto::restore);
        out.printf("%-36s %9.3f%% %9.3f%% %9.3f%% %12.0f%n", "auto again (caches filled)", 100 * again[0].accuracy(),
                100 * again[1].accuracy(), 100 * again[2].accuracy(), again[0].refTokens / (again[0].nanos / 1e9));
    }
}
