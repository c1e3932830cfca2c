package org.vanban.text.lm;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vanban.vi.ToneMarks;

/**
 * The costs of the OCR confusion channel, in log10 units relative to a correct read (0 = the intended char was
 * read as itself), over the folded lower-case space the channel works in ({@code ư, ứ -> u}, {@code Đ -> d},
 * digits and other symbols kept):
 * <ul>
 *   <li>{@code sub o t}: OCR char {@code o} read for intended char {@code t} ({@code 6 -> o}, {@code p -> d});</li>
 *   <li>{@code two o1o2 t}: two OCR chars for one intended char ({@code uw -> u}, {@code ir -> u});</li>
 *   <li>{@code one o t1t2}: one OCR char for two intended chars ({@code m -> rn});</li>
 *   <li>{@code ins o}: an extra OCR char; {@code del t}: an intended char not read.</li>
 * </ul>
 * Events missing from the table cost {@link #defaultSub()}, {@link #defaultIns()} or {@link #defaultDel()};
 * candidates dearer than {@link #maxCost()} are not proposed. A table is either learned from aligned OCR pairs
 * ({@link ChannelTrainer}, stored as a small TSV file under {@code models/}) or the hand-seeded fallback
 * {@link #handSeeded()}. Immutable.
 *
 * <p>File format (UTF-8, one record a line, fields separated by TAB, {@code #} starts a comment line):
 * {@code param NAME VALUE}, {@code sub O T COST [COUNT OF]}, {@code two O1O2 T COST ...},
 * {@code one O T1T2 COST ...}, {@code ins O COST ...}, {@code del T COST ...}.
 *
 * <p>Optional tone section (learned from a Vietnamese-model OCR, whose errors keep the letters but change a tone
 * or drop a mark): {@code tone OBS INT COST} with tone names {@code ngang sac huyen hoi nga nang} ({@code tone sac
 * hoi 1.2}: hỏi read as sắc), {@code mark OBS INT COST} with untoned letters ({@code mark e ê 1.9}: circumflex
 * dropped), and the parameters {@code tone_unseen}, {@code mark_unseen}, {@code tone_bias}. A table with this
 * section lets the decoder change the tone or marks of an accented word at {@link #toneCost} instead of a flat
 * penalty.
 */
public final class ChannelTable {

    /** Default file of the English-model channel, relative to the project. */
    public static final String ENG_PATH = "models/ocr-channel-eng.tsv";
    /** Default file of the Vietnamese-model channel, whose tone section the default table borrows. */
    public static final String VIE_PATH = "models/ocr-channel-vie.tsv";

    private final String name;
    private final double defaultSub;
    private final double defaultIns;
    private final double defaultDel;
    private final double maxCost;
    private final Map<String, Double> sub;
    private final Map<String, Double> two;
    private final Map<String, Double> one;
    private final Map<Character, Double> ins;
    private final Map<Character, Double> del;
    private final Map<String, Double> tones;
    private final Map<String, Double> marks;
    private final double toneUnseen;
    private final double markUnseen;
    private final double toneBias;

    private ChannelTable(Builder b) {
        this.name = b.name;
        this.defaultSub = b.defaultSub;
        this.defaultIns = b.defaultIns;
        this.defaultDel = b.defaultDel;
        this.maxCost = b.maxCost;
        this.sub = Collections.unmodifiableMap(new TreeMap<>(b.sub));
        this.two = Collections.unmodifiableMap(new TreeMap<>(b.two));
        this.one = Collections.unmodifiableMap(new TreeMap<>(b.one));
        this.ins = Collections.unmodifiableMap(new TreeMap<>(b.ins));
        this.del = Collections.unmodifiableMap(new TreeMap<>(b.del));
        this.tones = Collections.unmodifiableMap(new TreeMap<>(b.tones));
        this.marks = Collections.unmodifiableMap(new TreeMap<>(b.marks));
        this.toneUnseen = b.toneUnseen;
        this.markUnseen = b.markUnseen;
        this.toneBias = b.toneBias;
    }

    /** True when the table has a tone section (see the class comment). */
    public boolean hasTones() {
        return !tones.isEmpty() || !marks.isEmpty();
    }

    /** Listed tone confusions, key {@code observed code + intended code} (two digits, {@link ToneMarks}). */
    public Map<String, Double> toneConfusions() {
        return tones;
    }

    /** Listed mark confusions, key {@code observed untoned letter + intended untoned letter}. */
    public Map<String, Double> markConfusions() {
        return marks;
    }

    /** Cost added to every change of tone or marks. */
    public double toneBias() {
        return toneBias;
    }

    /** {@link #toneCost} of moving a tone to another vowel (khỏe / khoẻ): high enough never to be chosen. */
    static final double PLACEMENT_COST = 9.0;

    /** The same table without its tone section. */
    public ChannelTable withoutTones() {
        Builder b = copy(name.endsWith(" +tones") ? name.substring(0, name.length() - 7) : name + " -tones", 1);
        b.tones.clear();
        b.marks.clear();
        return b.build();
    }

    /** This table with the tone section of {@code source} (its edit costs are not used). */
    public ChannelTable withTonesOf(ChannelTable source) {
        Builder b = copy(name + " +tones", 1);
        b.tones.clear();
        b.tones.putAll(source.tones);
        b.marks.clear();
        b.marks.putAll(source.marks);
        b.toneUnseen = source.toneUnseen;
        b.markUnseen = source.markUnseen;
        b.toneBias = source.toneBias;
        return b.build();
    }

    /** The same table with another {@link #toneBias()}. */
    public ChannelTable withToneBias(double bias) {
        Builder b = copy(name, 1);
        b.toneBias = Builder.check(bias);
        return b.build();
    }

    /**
     * Cost (log10, relative to a correct read) of reading the lower-case NFC syllable {@code intended} as
     * {@code observed}, two forms of one folded syllable: its tone confusion plus one mark confusion per letter
     * whose vowel mark differs, plus {@link #toneBias()}; 0 when equal, infinity when the lengths differ.
     */
    public double toneCost(String observed, String intended) {
        if (observed.equals(intended)) {
            return 0;
        }
        if (observed.length() != intended.length()) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = toneBias;
        int to = ToneMarks.tone(observed);
        int ti = ToneMarks.tone(intended);
        if (to != ti) {
            cost += tones.getOrDefault(String.valueOf(new char[] {(char) ('0' + to), (char) ('0' + ti)}), toneUnseen);
        }
        boolean marksDiffer = false;
        for (int i = 0; i < observed.length(); i++) {
            char o = ToneMarks.untoned(observed.charAt(i));
            char t = ToneMarks.untoned(intended.charAt(i));
            if (o != t) {
                cost += marks.getOrDefault(String.valueOf(new char[] {o, t}), markUnseen);
                marksDiffer = true;
            }
        }
        // the same tone on another vowel (khỏe / khoẻ) is a spelling convention, not an OCR error: never proposed
        return to == ti && !marksDiffer ? PLACEMENT_COST : cost;
    }

    /** Where the table came from ({@code hand-seeded} or a file name). */
    public String name() {
        return name;
    }

    /** Cost of a substitution not listed. */
    public double defaultSub() {
        return defaultSub;
    }

    /** Cost of an extra OCR char not listed. */
    public double defaultIns() {
        return defaultIns;
    }

    /** Cost of dropping an intended char not listed. */
    public double defaultDel() {
        return defaultDel;
    }

    /** Candidates costing more are not proposed. */
    public double maxCost() {
        return maxCost;
    }

    /** Listed substitutions, key {@code o + t} (two chars). */
    public Map<String, Double> substitutions() {
        return sub;
    }

    /** Listed two-for-one reads, key {@code o1 + o2 + t}. */
    public Map<String, Double> twoForOne() {
        return two;
    }

    /** Listed one-for-two reads, key {@code o + t1 + t2}. */
    public Map<String, Double> oneForTwo() {
        return one;
    }

    /** Listed insertions by OCR char. */
    public Map<Character, Double> insertions() {
        return ins;
    }

    /** Listed deletions by intended char. */
    public Map<Character, Double> deletions() {
        return del;
    }

    /** Cost of reading intended {@code t} as {@code o} (0 when equal). */
    public double sub(char o, char t) {
        if (o == t) {
            return 0;
        }
        Double c = sub.get(String.valueOf(new char[] {o, t}));
        return c == null ? defaultSub : c;
    }

    /** Cost of an extra OCR char. */
    public double ins(char o) {
        return ins.getOrDefault(o, defaultIns);
    }

    /** Cost of an intended char that was not read. */
    public double del(char t) {
        return del.getOrDefault(t, defaultDel);
    }

    /** The same table with every cost (and the cut-off) multiplied by {@code w}, and another cut-off. */
    public ChannelTable scaled(double w, double newMaxCost) {
        Builder b = copy(name + (w == 1 ? "" : " x" + w), w);
        b.maxCost = newMaxCost;
        return b.build();
    }

    /** A builder holding this table, to add to it. */
    Builder toBuilder() {
        return copy(name, 1);
    }

    /** A builder holding this table with the edit costs multiplied by {@code w} (the tone section as it is). */
    private Builder copy(String newName, double w) {
        Builder b = new Builder(newName);
        b.defaultSub = defaultSub * w;
        b.defaultIns = defaultIns * w;
        b.defaultDel = defaultDel * w;
        b.maxCost = maxCost;
        sub.forEach((k, v) -> b.sub.put(k, v * w));
        two.forEach((k, v) -> b.two.put(k, v * w));
        one.forEach((k, v) -> b.one.put(k, v * w));
        ins.forEach((k, v) -> b.ins.put(k, v * w));
        del.forEach((k, v) -> b.del.put(k, v * w));
        b.tones.putAll(tones);
        b.marks.putAll(marks);
        b.toneUnseen = toneUnseen;
        b.markUnseen = markUnseen;
        b.toneBias = toneBias;
        return b;
    }

    /** Collects the entries of a table. */
    public static final class Builder {
        final String name;
        double defaultSub = 2.5;
        double defaultIns = 1.8;
        double defaultDel = 1.8;
        double maxCost = 3.0;
        final Map<String, Double> sub = new TreeMap<>();
        final Map<String, Double> two = new TreeMap<>();
        final Map<String, Double> one = new TreeMap<>();
        final Map<Character, Double> ins = new TreeMap<>();
        final Map<Character, Double> del = new TreeMap<>();
        final Map<String, Double> tones = new TreeMap<>();
        final Map<String, Double> marks = new TreeMap<>();
        double toneUnseen = 3.0;
        double markUnseen = 3.0;
        double toneBias = 0.0;

        /** Tone {@code observed} (a {@link ToneMarks} code) read for tone {@code intended}. */
        public Builder tone(int observed, int intended, double cost) {
            if (observed < 0 || observed > 5 || intended < 0 || intended > 5) {
                throw new IllegalArgumentException("tone codes are 0..5: " + observed + ", " + intended);
            }
            tones.put(String.valueOf(new char[] {(char) ('0' + observed), (char) ('0' + intended)}), check(cost));
            return this;
        }

        /** Untoned letter {@code observed} read for untoned letter {@code intended} ({@code e} for {@code ê}). */
        public Builder mark(char observed, char intended, double cost) {
            marks.put(String.valueOf(new char[] {observed, intended}), check(cost));
            return this;
        }

        /** Costs of unlisted tone and mark confusions, and the bias added to every tone or mark change. */
        public Builder toneParams(double unseenTone, double unseenMark, double bias) {
            this.toneUnseen = check(unseenTone);
            this.markUnseen = check(unseenMark);
            this.toneBias = check(bias);
            return this;
        }

        /** A builder with the hand-seeded defaults (2.5 / 1.8 / 1.8, cut-off 3.0). */
        public Builder(String name) {
            this.name = name;
        }

        /** Sets the costs of unlisted events and the cut-off. */
        public Builder defaults(double sub, double ins, double del, double max) {
            this.defaultSub = check(sub);
            this.defaultIns = check(ins);
            this.defaultDel = check(del);
            this.maxCost = check(max);
            return this;
        }

        /** OCR char {@code o} for intended {@code t}. */
        public Builder sub(char o, char t, double cost) {
            sub.put(String.valueOf(new char[] {o, t}), check(cost));
            return this;
        }

        /** Two OCR chars for one intended char: {@code two("uw", 'u', 0.5)}. */
        public Builder two(String o, char t, double cost) {
            if (o.length() != 2) {
                throw new IllegalArgumentException("two-for-one needs two OCR chars: '" + o + "'");
            }
            two.put(o + t, check(cost));
            return this;
        }

        /** One OCR char for two intended chars: {@code one('m', "rn", 0.6)}. */
        public Builder one(char o, String t, double cost) {
            if (t.length() != 2) {
                throw new IllegalArgumentException("one-for-two needs two intended chars: '" + t + "'");
            }
            one.put(o + t, check(cost));
            return this;
        }

        /** An extra OCR char. */
        public Builder ins(char o, double cost) {
            ins.put(o, check(cost));
            return this;
        }

        /** An intended char that was not read. */
        public Builder del(char t, double cost) {
            del.put(t, check(cost));
            return this;
        }

        static double check(double cost) {
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("channel cost must be a finite number >= 0: " + cost);
            }
            return cost;
        }

        /** The immutable table. */
        public ChannelTable build() {
            return new ChannelTable(this);
        }
    }

    private static final ChannelTable HAND_SEEDED = buildHandSeeded();

    /**
     * The hand-seeded table (costs set by reading English-model OCR of held-out lines), used when no learned
     * table file is found.
     */
    public static ChannelTable handSeeded() {
        return HAND_SEEDED;
    }

    private static ChannelTable buildHandSeeded() {
        Builder b = new Builder("hand-seeded");
        // digit read for a letter (the letter is given folded: 6 stands for ô/ố/ồ/ổ/ộ/ơ ...)
        b.sub('6', 'o', 0.5).sub('0', 'o', 0.8).sub('1', 'l', 0.5).sub('1', 'i', 0.8).sub('3', 'a', 0.8)
                .sub('4', 'a', 1.0).sub('5', 's', 0.9).sub('8', 'b', 1.2).sub('9', 'g', 1.2).sub('7', 't', 1.2);
        // letters for Đ and other look-alikes
        b.sub('p', 'd', 0.8).sub('b', 'd', 0.8).sub('l', 'i', 0.9).sub('i', 'l', 0.9).sub('i', 'a', 1.2)
                .sub('e', 'a', 1.3).sub('c', 'e', 1.2).sub('e', 'c', 1.2).sub('n', 'u', 1.2).sub('u', 'n', 1.2)
                .sub('h', 'b', 1.3).sub('o', 'a', 1.4).sub('a', 'o', 1.4).sub('u', 'o', 1.4).sub('o', 'u', 1.4)
                .sub('r', 't', 1.4).sub('t', 'r', 1.4).sub('y', 'v', 1.2).sub('d', 'a', 1.0).sub('d', 'o', 1.0)
                .sub('e', 'o', 1.2);
        // ư read as w, t, i
        b.sub('w', 'u', 0.6).sub('w', 'o', 1.2).sub('t', 'u', 1.2).sub('i', 'u', 1.3).sub('v', 'y', 1.2);
        // two chars read for one letter: ir/uw for ư, ei for ă, rn for m, ii for u
        b.two("ir", 'u', 0.6).two("uw", 'u', 0.5).two("wo", 'u', 1.0).two("ei", 'a', 0.9).two("rn", 'm', 0.6)
                .two("ii", 'u', 0.9).two("cl", 'd', 0.9).two("ti", 'u', 0.8).two("it", 'u', 0.8)
                .two("tv", 'u', 0.7).two("tt", 'u', 0.8).two("iv", 'u', 0.8).two("if", 'u', 0.9)
                .two("tr", 'u', 1.0);
        return b.build();
    }

    // ------------------------------------------------------------------ file

    /** Writes the table (sorted, so the same table gives the same bytes); {@code header} lines become comments. */
    public void write(Path file, List<String> header) throws IOException {
        Files.writeString(file, format(header), StandardCharsets.UTF_8);
    }

    /** The file text of the table. */
    public String format(List<String> header) {
        StringBuilder sb = new StringBuilder();
        sb.append("# vanban OCR channel table v1: costs are -log10 P(observed|intended) + log10 P(correct read)\n");
        for (String h : header) {
            sb.append("# ").append(h.replace('\n', ' ')).append('\n');
        }
        sb.append("param\tdefault_sub\t").append(num(defaultSub)).append('\n');
        sb.append("param\tdefault_ins\t").append(num(defaultIns)).append('\n');
        sb.append("param\tdefault_del\t").append(num(defaultDel)).append('\n');
        sb.append("param\tmax_cost\t").append(num(maxCost)).append('\n');
        sub.forEach((k, v) -> sb.append("sub\t").append(k.charAt(0)).append('\t').append(k.charAt(1)).append('\t')
                .append(num(v)).append('\n'));
        two.forEach((k, v) -> sb.append("two\t").append(k, 0, 2).append('\t').append(k.charAt(2)).append('\t')
                .append(num(v)).append('\n'));
        one.forEach((k, v) -> sb.append("one\t").append(k.charAt(0)).append('\t').append(k, 1, 3).append('\t')
                .append(num(v)).append('\n'));
        ins.forEach((k, v) -> sb.append("ins\t").append(k).append('\t').append(num(v)).append('\n'));
        del.forEach((k, v) -> sb.append("del\t").append(k).append('\t').append(num(v)).append('\n'));
        if (hasTones()) {
            sb.append("# tone section: tone OBSERVED INTENDED COST, mark OBSERVED INTENDED COST (untoned letters)\n");
            sb.append("param\ttone_unseen\t").append(num(toneUnseen)).append('\n');
            sb.append("param\tmark_unseen\t").append(num(markUnseen)).append('\n');
            sb.append("param\ttone_bias\t").append(num(toneBias)).append('\n');
            tones.forEach((k, v) -> sb.append("tone\t").append(ToneMarks.name(k.charAt(0) - '0')).append('\t')
                    .append(ToneMarks.name(k.charAt(1) - '0')).append('\t').append(num(v)).append('\n'));
            marks.forEach((k, v) -> sb.append("mark\t").append(k.charAt(0)).append('\t').append(k.charAt(1))
                    .append('\t').append(num(v)).append('\n'));
        }
        return sb.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Reads a table file written by {@link #write}; a malformed line gives an error naming file and line. */
    public static ChannelTable read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Parses the lines of a table file. */
    public static ChannelTable parse(List<String> lines, String name) throws IOException {
        Builder b = new Builder(name);
        double[] params = {2.5, 1.8, 1.8, 3.0, 3.0, 3.0, 0.0};
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "param" -> {
                        int i = List.of("default_sub", "default_ins", "default_del", "max_cost", "tone_unseen",
                                "mark_unseen", "tone_bias").indexOf(f[1]);
                        if (i < 0) {
                            throw new IllegalArgumentException("unknown parameter '" + f[1] + "'");
                        }
                        params[i] = Double.parseDouble(f[2]);
                    }
                    case "sub" -> b.sub(oneChar(f[1]), oneChar(f[2]), Double.parseDouble(f[3]));
                    case "two" -> b.two(f[1], oneChar(f[2]), Double.parseDouble(f[3]));
                    case "one" -> b.one(oneChar(f[1]), f[2], Double.parseDouble(f[3]));
                    case "ins" -> b.ins(oneChar(f[1]), Double.parseDouble(f[2]));
                    case "del" -> b.del(oneChar(f[1]), Double.parseDouble(f[2]));
                    case "tone" -> b.tone(ToneMarks.code(f[1]), ToneMarks.code(f[2]), Double.parseDouble(f[3]));
                    case "mark" -> b.mark(oneChar(f[1]), oneChar(f[2]), Double.parseDouble(f[3]));
                    default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException(name + ":" + n + ": bad channel table line '" + line + "': " + e.getMessage(), e);
            }
        }
        b.defaults(params[0], params[1], params[2], params[3]);
        b.toneParams(params[4], params[5], params[6]);
        return b.build();
    }

    private static char oneChar(String s) {
        if (s.length() != 1) {
            throw new IllegalArgumentException("expected one char, got '" + s + "'");
        }
        return s.charAt(0);
    }

    // ------------------------------------------------------------------ default table

    private static volatile ChannelTable defaultTable;

    /**
     * The table the OCR mode uses: the learned English-model table found by {@link #locate()} (system property
     * {@code vanban.ocr-channel}, environment variable {@code VANBAN_OCR_CHANNEL}, {@value #ENG_PATH} under the
     * working directory or beside the running code), else {@link #handSeeded()}. The property value
     * {@code hand-seeded} forces the fallback. The tone section comes from the Vietnamese-model table
     * ({@value #VIE_PATH}, or the file named by the system property {@code vanban.ocr-tones}; {@code none} leaves
     * it out): the pipeline reads pages with {@code -l vie}, whose errors are wrong tones and dropped marks.
     * Loaded once.
     */
    public static ChannelTable defaultTable() {
        ChannelTable t = defaultTable;
        if (t == null) {
            synchronized (ChannelTable.class) {
                t = defaultTable;
                if (t == null) {
                    try {
                        t = "hand-seeded".equals(System.getProperty("vanban.ocr-channel")) ? HAND_SEEDED : read(locate());
                    } catch (FileNotFoundException e) {
                        t = HAND_SEEDED;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("cannot read the OCR channel table: " + e.getMessage(), e);
                    }
                    String tones = System.getProperty("vanban.ocr-tones");
                    if (!"none".equals(tones) && !t.hasTones()) {
                        try {
                            ChannelTable vie = read(tones != null && !tones.isBlank() ? Path.of(tones) : locate(VIE_PATH));
                            if (vie.hasTones()) {
                                t = t.withTonesOf(vie);
                            }
                        } catch (FileNotFoundException e) {
                            // no Vietnamese-model table: tone changes keep the flat penalty
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException("cannot read the OCR tone table: " + e.getMessage(), e);
                        }
                    }
                    defaultTable = t;
                }
            }
        }
        return t;
    }

    /** The learned English-model table file, or a clear error naming every place that was tried. */
    public static Path locate() throws FileNotFoundException {
        return ModelLocator.find(ENG_PATH, "vanban.ocr-channel", "VANBAN_OCR_CHANNEL",
                "OCR channel table " + ENG_PATH + " not found", "");
    }

    /** A table file by its path relative to the project (working directory, then beside the running code). */
    public static Path locate(String relative) throws FileNotFoundException {
        return ModelLocator.find(relative, null, null, "OCR channel table " + relative + " not found", "");
    }
}
