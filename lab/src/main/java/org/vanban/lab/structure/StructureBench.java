package org.vanban.lab.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vanban.model.Extraction;
import org.vanban.model.Header;
import org.vanban.model.LegalReference;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.StructureParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vanban.vi.Fold;
import org.vanban.extract.ReferenceExtractor;

/**
 * Evaluates structure and extraction on the annotated development set
 * ({@code src/test/resources/structure-dev/NN.txt} with {@code NN.expected.json}; pages of a
 * text are separated by a line {@code ---page---}).
 *
 * <p>Each document runs through the product itself: its pages, as the variant makes them, go to the
 * {@link Chain} the caller hands in (the CLI passes {@code DocumentBuilder.buildAll}: repair by the page's
 * source, compound split, structure, extraction, locality), so the bench measures the product and not a copy
 * of its chain. Variants: {@link Variant#CLEAN} as written, {@link Variant#STRIPPED} with all diacritics
 * removed, {@link Variant#DAMAGED} with simulated OCR damage (these three read as text files), and
 * {@link Variant#ENGLISH_OCR} rendered and read back by tesseract's English model (as OCR pages).
 *
 * <p>Figures: section-boundary precision/recall/F1 (level-1 sections other than the preamble,
 * a boundary being the line where the heading starts), section-kind accuracy over the matched
 * boundaries, header field accuracy (type, number, date, locality code) per logical document,
 * compound split accuracy (part count and attachment), target-clause precision/recall (matched
 * on value, unit and comparator, or on the deadline for a clause without a number), reference
 * precision/recall (on keys) and task rows found.
 *
 * <p>Run: {@code vanban bench structure [--dir DIR] [-v] [--seeds N] [--ocr]} (N damage seeds; --ocr adds the
 * ENGLISH_OCR variant, which calls tesseract).
 */
public final class StructureBench {
    /** The dev set: documents with their annotations, relative to the project root. */
    public static final String DEV_DIR = "lab/src/test/resources/structure-dev";

    /** How the text of the development documents is altered before the run. */
    public enum Variant {
        /** As written. */
        CLEAN,
        /** All diacritics removed (đ → d). */
        STRIPPED,
        /** Simulated OCR damage, seeded by the document: see {@link OcrDamage}. */
        DAMAGED,
        /**
         * Each page rendered (Liberation Serif) and read back by the tesseract command with the
         * English model only, so diacritics are lost or misread; needs the {@code tesseract}
         * command, results cached under {@code target/structure-dev-ocr}. Not run by the tests.
         */
        ENGLISH_OCR;

        /** Variants that need the tesseract command. */
        boolean needsOcr() {
            return this == ENGLISH_OCR;
        }

        /** How ingest would have read such a page: OCR output, or the text of a file. */
        PageSource source() {
            return this == ENGLISH_OCR ? PageSource.OCR : PageSource.TEXT_FILE;
        }

        /** The page as the product receives it (before repair, which the product's own chain does). */
        String apply(String text, long seed) {
            return switch (this) {
                case CLEAN -> text;
                case STRIPPED -> strip(text);
                case DAMAGED -> new OcrDamage(seed).apply(text);
                case ENGLISH_OCR -> EnglishOcr.read(text);
            };
        }
    }

    /**
     * The product's chain from raw pages to logical documents (repair, compound split, structure, extraction,
     * locality): the pipeline's {@code DocumentBuilder.buildAll}, handed in by the caller since this stage
     * comes before the pipeline.
     */
    @FunctionalInterface
    public interface Chain {
        List<VanbanDocument> build(String name, List<Page> rawPages);
    }

    /** Renders a page of text and reads it back with {@code tesseract -l eng}. */
    static final class EnglishOcr {
        private static final Path CACHE = Path.of("target/structure-dev-ocr");

        private EnglishOcr() {
        }

        static String read(String text) {
            try {
                Files.createDirectories(CACHE);
                String key = Integer.toHexString(text.hashCode()) + "-" + text.length();
                Path out = CACHE.resolve(key + ".txt");
                if (Files.exists(out)) return Files.readString(out, StandardCharsets.UTF_8);
                Path png = CACHE.resolve(key + ".png");
                javax.imageio.ImageIO.write(render(text), "png", png.toFile());
                org.vanban.ocr.TesseractCliEngine eng = new org.vanban.ocr.TesseractCliEngine("eng");
                eng.pageSegMode(4);
                String text2 = eng.text(png, 0);
                Files.writeString(out, text2, StandardCharsets.UTF_8);
                Files.deleteIfExists(png);
                return text2;
            } catch (IOException e) {
                throw new UncheckedIOException("English OCR of a development page failed", e);
            } catch (org.vanban.ocr.OcrException e) {
                throw new IllegalStateException("English OCR of a development page failed: " + e.getMessage(), e);
            }
        }

        /** The page at about 200 dpi: 12 pt Liberation Serif, runs of spaces kept as gaps. */
        private static java.awt.image.BufferedImage render(String text) {
            String[] lines = text.split("\\n", -1);
            java.awt.Font font = new java.awt.Font("Liberation Serif", java.awt.Font.PLAIN, 34);
            int width = 2000;
            int lineHeight = 46;
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, 120 + lineHeight * lines.length,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(java.awt.Color.BLACK);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            java.awt.FontMetrics fm = g.getFontMetrics();
            int space = fm.charWidth(' ');
            for (int i = 0; i < lines.length; i++) {
                int x = 60;
                int y = 80 + i * lineHeight;
                // a run of spaces keeps its width in space units, so header columns stay apart
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+|\\s+").matcher(lines[i]);
                while (m.find()) {
                    String piece = m.group();
                    if (piece.isBlank()) x += space * piece.length() * (piece.length() > 2 ? 2 : 1);
                    else {
                        g.drawString(piece, x, y);
                        x += fm.stringWidth(piece);
                    }
                }
            }
            g.dispose();
            return img;
        }
    }

    static String strip(String text) {
        return org.vanban.vi.Fold.strip(text);
    }

    /**
     * Damage of the kinds seen in real OCR output, applied with a fixed seed: roman numerals
     * misread ("II." → "IL.", "III." → "II1.", "I." → "1."), a fifth of the words without their
     * diacritics, stray marks at line ends ("~", "'", "."), bullets read as "~" and a few headings
     * run into the line before.
     */
    static final class OcrDamage {
        private final java.util.Random random;

        OcrDamage(long seed) {
            this.random = new java.util.Random(seed);
        }

        String apply(String text) {
            String[] lines = text.split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith("III. ") && random.nextDouble() < 0.5) l = "II1." + l.substring(4);
                else if (l.startsWith("II. ") && random.nextDouble() < 0.5) l = "IL." + l.substring(3);
                else if (l.startsWith("I. ") && random.nextDouble() < 0.3) l = "1." + l.substring(2);
                if (l.startsWith("- ") && random.nextDouble() < 0.2) l = "~ " + l.substring(2);
                l = words(l);
                if (!l.isBlank() && random.nextDouble() < 0.1) l = l + " " + "~'.".charAt(random.nextInt(3));
                boolean heading = l.matches("^[IVXL1]{1,4}\\. \\p{Lu}[\\p{Lu}\\d\\s,\\-]+$");
                if (i > 0 && heading && random.nextDouble() < 0.1 && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);
                    out.append(' ');
                }
                out.append(l);
                if (i + 1 < lines.length) out.append('\n');
            }
            return out.toString();
        }

        private String words(String line) {
            StringBuilder sb = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+|\\s+").matcher(line);
            while (m.find()) {
                String w = m.group();
                sb.append(!w.isBlank() && random.nextDouble() < 0.2 ? strip(w) : w);
            }
            return sb.toString();
        }
    }

    /** Counts for one variant; see the class comment. */
    public static final class Report {
        public final Variant variant;
        int docs;
        int boundaryTp, boundaryFp, boundaryFn;
        int kindRight, kindTotal;
        int typeRight, numberRight, dateRight, localityRight, headerTotal;
        int partsRight, partsTotal;
        int targetTp, targetFp, targetFn;
        int refTp, refFp, refFn;
        int tasksFound, tasksExpected;
        final List<String> notes = new ArrayList<>();

        Report(Variant variant) {
            this.variant = variant;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        public double sectionPrecision() { return ratio(boundaryTp, boundaryTp + boundaryFp); }
        public double sectionRecall() { return ratio(boundaryTp, boundaryTp + boundaryFn); }
        public double sectionF1() {
            double p = sectionPrecision();
            double r = sectionRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        public double kindAccuracy() { return ratio(kindRight, kindTotal); }
        public double typeAccuracy() { return ratio(typeRight, headerTotal); }
        public double numberAccuracy() { return ratio(numberRight, headerTotal); }
        public double dateAccuracy() { return ratio(dateRight, headerTotal); }
        public double localityAccuracy() { return ratio(localityRight, headerTotal); }
        public double splitAccuracy() { return ratio(partsRight, partsTotal); }
        public double targetPrecision() { return ratio(targetTp, targetTp + targetFp); }
        public double targetRecall() { return ratio(targetTp, targetTp + targetFn); }
        public double referencePrecision() { return ratio(refTp, refTp + refFp); }
        public double referenceRecall() { return ratio(refTp, refTp + refFn); }
        public double taskRecall() { return ratio(Math.min(tasksFound, tasksExpected), tasksExpected); }

        /** Mismatches found, one line each, for debugging. */
        public List<String> notes() { return List.copyOf(notes); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%-8s docs=%d parts=%d | sections P=%.3f R=%.3f F1=%.3f | kinds=%.3f | type=%.3f number=%.3f "
                            + "date=%.3f locality=%.3f | split=%.3f | targets P=%.3f R=%.3f (tp=%d fp=%d fn=%d) | "
                            + "refs P=%.3f R=%.3f | tasks %d/%d",
                    variant, docs, headerTotal, sectionPrecision(), sectionRecall(), sectionF1(), kindAccuracy(),
                    typeAccuracy(), numberAccuracy(), dateAccuracy(), localityAccuracy(), splitAccuracy(),
                    targetPrecision(), targetRecall(), targetTp, targetFp, targetFn, referencePrecision(),
                    referenceRecall(), tasksFound, tasksExpected);
        }
    }

    private static final String PAGE_SEPARATOR = "---page---";
    private final ObjectMapper json = new ObjectMapper();
    private final Chain chain;

    /** A bench over the product's chain (see {@link Chain}). */
    public StructureBench(Chain chain) {
        if (chain == null) throw new IllegalArgumentException("chain must not be null");
        this.chain = chain;
    }

    /** Runs one variant over every {@code NN.txt} with an {@code NN.expected.json} in {@code dir}. */
    public Report run(Path dir, Variant variant) {
        return run(dir, variant, 0);
    }

    /** As {@link #run(Path, Variant)}, with the damage seeds shifted by {@code seed} (DAMAGED only). */
    public Report run(Path dir, Variant variant, long seed) {
        Report r = new Report(variant);
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the development set in " + dir, e);
        }
        if (texts.isEmpty()) throw new IllegalArgumentException("no NN.txt documents in " + dir);
        for (Path t : texts) {
            Path expected = t.resolveSibling(t.getFileName().toString().replace(".txt", ".expected.json"));
            if (!Files.exists(expected)) throw new IllegalArgumentException("missing " + expected);
            try {
                evaluate(t.getFileName().toString(), Files.readString(t, StandardCharsets.UTF_8),
                        json.readTree(expected.toFile()), variant, seed, r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + t + " or its expected JSON", e);
            }
        }
        return r;
    }

    private void evaluate(String name, String source, JsonNode expected, Variant variant, long seed, Report r) {
        r.docs++;
        List<Page> pages = new ArrayList<>();
        String[] pageTexts = source.split("(?m)^" + PAGE_SEPARATOR + "\\R?");
        for (int i = 0; i < pageTexts.length; i++) {
            long pageSeed = name.hashCode() * 31L + i + seed * 1_000_003L;
            String input = variant.apply(pageTexts[i], pageSeed);
            pages.add(new Page(i + 1, input, input, -1, variant.source()));
        }
        List<JsonNode> wantParts = new ArrayList<>();
        if (expected.has("parts")) expected.get("parts").forEach(wantParts::add);
        else wantParts.add(expected);
        List<Integer> wantAttached = new ArrayList<>();
        if (expected.has("attached")) expected.get("attached").forEach(n -> wantAttached.add(n.asInt()));
        else wantAttached.add(-1);

        List<VanbanDocument> docs = chain.build(name, pages);
        r.partsTotal++;
        List<String> ids = docs.stream().map(VanbanDocument::id).toList();
        List<Integer> gotAttached = docs.stream()
                .map(d -> d.attachedTo().isEmpty() ? -1 : ids.indexOf(d.attachedTo()) + 1).toList();
        if (docs.size() == wantParts.size() && gotAttached.equals(wantAttached)) r.partsRight++;
        else r.notes.add(name + ": parts " + gotAttached + " expected " + wantAttached);

        for (int k = 0; k < wantParts.size(); k++) {
            JsonNode want = wantParts.get(k);
            String tag = name + (wantParts.size() > 1 ? "#" + (k + 1) : "");
            r.headerTotal++;
            if (k >= docs.size()) {
                missing(want, r);
                r.notes.add(tag + ": part not found");
                continue;
            }
            VanbanDocument d = docs.get(k);
            Extraction ex = d.extraction();
            header(tag, d.header(), d.locality(), want, r);
            sections(tag, d.text(), d.sections(), want, r);
            targets(tag, ex.targets(), want, r);
            references(tag, ex.references(), want, r);
            if (want.has("tasks")) {
                r.tasksExpected += want.get("tasks").asInt();
                r.tasksFound += Math.min(ex.tasks().size(), want.get("tasks").asInt());
                if (ex.tasks().size() != want.get("tasks").asInt()) {
                    r.notes.add(tag + ": tasks " + ex.tasks().size() + " expected " + want.get("tasks").asInt());
                }
            }
        }
        for (int k = wantParts.size(); k < docs.size(); k++) r.notes.add(name + ": extra part " + (k + 1));
    }

    private static void missing(JsonNode want, Report r) {
        r.boundaryFn += want.get("sections").size();
        r.targetFn += want.get("targets").size();
        r.refFn += want.get("references").size();
        if (want.has("tasks")) r.tasksExpected += want.get("tasks").asInt();
    }

    private static void header(String tag, Header h, Locality loc, JsonNode want, Report r) {
        String type = want.get("type").asText();
        String number = want.get("number").asText();
        String date = want.get("date").asText();
        String locality = want.get("locality").asText();
        if (h.type().name().equals(type)) r.typeRight++;
        else r.notes.add(tag + ": type " + h.type() + " expected " + type);
        if (ReferenceExtractor.key(h.number()).equals(ReferenceExtractor.key(number))) r.numberRight++;
        else r.notes.add(tag + ": number '" + h.number() + "' expected '" + number + "'");
        if (h.date().equals(date)) r.dateRight++;
        else r.notes.add(tag + ": date '" + h.date() + "' expected '" + date + "'");
        if (loc.code().equals(locality)) r.localityRight++;
        else r.notes.add(tag + ": locality '" + loc.code() + "' (" + loc.name() + ") expected '" + locality + "'");
    }

    /** Line index of each expected heading, found in order in the folded text; -1 when absent. */
    private static void sections(String tag, String documentText, List<Section> got, JsonNode want, Report r) {
        String text = StructureParser.asReadForSections(documentText);
        String folded = Fold.lower(text);
        Map<Integer, SectionKind> gotByLine = new HashMap<>();
        for (Section s : got) {
            if (s.level() != 1 || (s.kind() == SectionKind.PREAMBLE && s.heading().isEmpty())) continue;
            gotByLine.put(lineOf(text, s.start()), s.kind());
        }
        Set<Integer> matched = new HashSet<>();
        int from = 0;
        for (JsonNode w : want.get("sections")) {
            String heading = Fold.lower(w.get(0).asText());
            SectionKind kind = SectionKind.parse(w.get(1).asText());
            int at = findLineStart(folded, heading, from);
            if (at < 0) {
                r.boundaryFn++;
                r.notes.add(tag + ": heading not in text: " + w.get(0).asText());
                continue;
            }
            from = at + 1;
            int line = lineOf(text, at);
            SectionKind gotKind = gotByLine.get(line);
            if (gotKind == null) {
                r.boundaryFn++;
                r.notes.add(tag + ": missed section " + w.get(0).asText());
                continue;
            }
            r.boundaryTp++;
            matched.add(line);
            r.kindTotal++;
            if (gotKind == kind) r.kindRight++;
            else r.notes.add(tag + ": kind of " + w.get(0).asText() + " " + gotKind + " expected " + kind);
        }
        for (Map.Entry<Integer, SectionKind> e : gotByLine.entrySet()) {
            if (!matched.contains(e.getKey())) {
                r.boundaryFp++;
                String line = text.split("\n", -1)[e.getKey()].strip();
                r.notes.add(tag + ": extra section " + e.getValue() + " at '" + line + "'");
            }
        }
    }

    /**
     * Offset of the line where an expected heading starts, searching from {@code from}: the line
     * must begin with the heading's words, after a numbering token that may be misread
     * ("IL." for "II."), with stray marks and diacritics ignored; -1 when no line does.
     */
    private static int findLineStart(String folded, String heading, int from) {
        String body = heading.replaceFirst("^[ivxl0-9]{1,4}\\s*[.)]\\s*", "");
        boolean numbered = !body.equals(heading);
        String want = Fold.key(body);
        int ls = folded.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (from == 0) ls = 0;
        while (ls <= folded.length()) {
            int le = folded.indexOf('\n', ls);
            if (le < 0) le = folded.length();
            String line = folded.substring(ls, le).strip();
            if (ls >= from || from == 0) {
                String rest = numbered ? line.replaceFirst("^\\S{1,4}?\\s*[.):]\\s*", "") : line;
                if ((!numbered || !rest.equals(line)) && similarPrefix(Fold.key(rest), want)) {
                    return ls + folded.substring(ls, le).indexOf(line.isEmpty() ? "" : line.substring(0, 1));
                }
            }
            if (le >= folded.length()) break;
            ls = le + 1;
        }
        return -1;
    }

    /**
     * True when {@code s} starts with {@code want} up to OCR misreadings: at most one edit in
     * four characters over the first {@code want.length()} characters (letters compared after
     * folding, so "tht truong cdc sd" still matches "thu truong cac so").
     */
    static boolean similarPrefix(String s, String want) {
        if (s.startsWith(want)) return true;
        if (want.length() < 4) return false;
        String head = s.substring(0, Math.min(s.length(), want.length()));
        int[] prev = new int[head.length() + 1];
        int[] cur = new int[head.length() + 1];
        for (int j = 0; j <= head.length(); j++) prev[j] = j;
        for (int i = 1; i <= want.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= head.length(); j++) {
                int sub = prev[j - 1] + (want.charAt(i - 1) == head.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[head.length()] * 4 <= want.length();
    }

    private static int lineOf(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    private static void targets(String tag, List<TargetClause> got, JsonNode want, Report r) {
        List<String> wanted = new ArrayList<>();
        for (JsonNode w : want.get("targets")) {
            if (w.size() >= 4 && w.get(0).asText().isEmpty()) wanted.add("@" + w.get(3).asText());
            else wanted.add(targetKey(w.get(0).asText(), w.get(1).asText(), w.get(2).asText()));
        }
        List<String> left = new ArrayList<>(wanted);
        for (TargetClause c : got) {
            String key = c.value().isEmpty() ? "@" + c.deadline() : targetKey(c.value(), c.unit(), c.comparator());
            if (left.remove(key)) r.targetTp++;
            else {
                r.targetFp++;
                r.notes.add(tag + ": extra target " + key + " in '" + c.sentence() + "'");
            }
        }
        r.targetFn += left.size();
        for (String k : left) r.notes.add(tag + ": missed target " + k);
    }

    /** "90|%|≥"; the value without leading zeros or thousands dots, decimal comma as a dot. */
    static String targetKey(String value, String unit, String comparator) {
        String v = value.replaceAll("\\s+", "");
        if (v.matches("\\d{1,3}(\\.\\d{3})+")) v = v.replace(".", "");
        v = v.replace(',', '.').replaceFirst("^0+(?=\\d)", "");
        return v + "|" + Fold.key(unit).replace(" ", "") + "|" + comparator;
    }

    private static void references(String tag, List<LegalReference> got, JsonNode want, Report r) {
        Set<String> wanted = new HashSet<>();
        want.get("references").forEach(n -> wanted.add(n.asText()));
        Set<String> seen = new HashSet<>();
        for (LegalReference ref : got) {
            if (!seen.add(ref.key())) continue;
            if (wanted.contains(ref.key())) r.refTp++;
            else {
                r.refFp++;
                r.notes.add(tag + ": extra reference " + ref.key());
            }
        }
        for (String w : wanted) {
            if (!seen.contains(w)) {
                r.refFn++;
                r.notes.add(tag + ": missed reference " + w);
            }
        }
    }

    /** Prints the figures per variant; {@code -v} also prints each mismatch. */
    /** Runs the variants over the dev set with the given chain; args: [DIR] [-v] [--seeds=N] [--ocr]. */
    public static void run(Chain chain, String[] args) {
        Path dir = Path.of(DEV_DIR);
        boolean verbose = false;
        int seeds = 1;
        boolean ocr = false;
        for (String a : args) {
            if (a.equals("-v")) verbose = true;
            else if (a.equals("--ocr")) ocr = true;
            else if (a.startsWith("--seeds=")) seeds = Integer.parseInt(a.substring(8));
            else dir = Path.of(a);
        }
        StructureBench bench = new StructureBench(chain);
        for (Variant v : Variant.values()) {
            if (v.needsOcr() && !ocr) continue;
            int runs = v == Variant.DAMAGED ? seeds : 1;
            for (int k = 0; k < runs; k++) {
                long t0 = System.nanoTime();
                Report r = bench.run(dir, v, k);
                System.out.println(r + (runs > 1 ? " | seed " + k : "")
                        + String.format(Locale.ROOT, " | %.1fs", (System.nanoTime() - t0) / 1e9));
                if (verbose) r.notes().forEach(n -> System.out.println("  " + n));
            }
        }
    }
}
