package org.vanban.text.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vanban.model.Correction;
import org.vanban.vi.Abbreviations;
import org.vanban.vi.Fold;
import org.vanban.vi.Letters;

/**
 * Restores Vietnamese diacritics (khôi phục dấu) in a line: {@code Can cu Luat To chuc} becomes
 * {@code Căn cứ Luật Tổ chức}. Each word without diacritics may become any accented form of its folded spelling
 * seen in training; a beam search with recombination over the syllable n-gram model picks the most probable
 * sequence, sentence segment by sentence segment. Words that already carry diacritics, words touching digits
 * (codes such as {@code 30c/NQ-CP}) and unknown words are kept. Case is copied back char by char, and everything
 * that is not a word (spacing, punctuation, numbers) is left exactly as it was.
 *
 * <p>A line that already looks accented (at least {@link Options#accentedLineRatio} of its words carry
 * diacritics) is treated as good text: its plain words change only if the model prefers the change by more than
 * {@link Options#accentedLinePenalty} (log10), so correct Vietnamese comes out unchanged.
 *
 * <p>Immutable and thread-safe; one instance can serve many threads.
 */
public final class DiacriticRestorer {

    /**
     * Decoder settings.
     *
     * @param beamWidth           hypotheses kept per position (after recombination on the model state)
     * @param maxOrder            longest n-gram used (2..model order); 3 gives the plain trigram baseline
     * @param maxCandidates       accented forms tried per word, most frequent first
     * @param minFormCount        forms seen fewer times in training are not proposed
     * @param accentedLineRatio   share of accented words above which a line counts as already accented
     * @param accentedLinePenalty log10 cost of changing a plain word in an accented line
     * @param ocrChannel          also repair English-OCR damage through {@link OcrChannel} ({@code s6 -> số})
     * @param pruneMargin         log10 score below the position's best at which a hypothesis is dropped even when
     *                            the beam has room (threshold pruning; infinity keeps the whole beam)
     * @param keepCleanLines      with the OCR channel: a line that is correct Unicode Vietnamese keeps its known words
     *                            ({@link CleanTextGuard}); off for text known to come from OCR, where a Vietnamese
     *                            model's wrong readings are known accented words on lines that look correct
     */
    public record Options(int beamWidth, int maxOrder, int maxCandidates, int minFormCount,
                          double accentedLineRatio, double accentedLinePenalty, boolean ocrChannel,
                          double pruneMargin, boolean keepCleanLines) {
        /** Default {@link #pruneMargin}: hypotheses this far (log10) behind the best are dropped. */
        public static final double DEFAULT_PRUNE_MARGIN = 3.0;

        public Options {
            if (beamWidth < 1 || maxOrder < 2 || maxCandidates < 1 || minFormCount < 1 || !(pruneMargin >= 0)) {
                throw new IllegalArgumentException("bad restorer options: beam " + beamWidth + ", order " + maxOrder
                        + ", candidates " + maxCandidates + ", min count " + minFormCount + ", prune margin "
                        + pruneMargin);
            }
        }

        /** Options with the default {@link #pruneMargin}. */
        public Options(int beamWidth, int maxOrder, int maxCandidates, int minFormCount,
                       double accentedLineRatio, double accentedLinePenalty, boolean ocrChannel) {
            this(beamWidth, maxOrder, maxCandidates, minFormCount, accentedLineRatio, accentedLinePenalty, ocrChannel,
                    DEFAULT_PRUNE_MARGIN, true);
        }

        /** Defaults used by the pipeline. */
        public static Options defaults() {
            return new Options(16, 4, 12, 2, 0.3, 3.0, false);
        }

        /**
         * Defaults plus the OCR confusion channel, for text read by an English OCR model. It keeps the whole beam
         * (no threshold pruning): on OCR damage the margin of 3 cost 0.08 points of accuracy (97.31% -> 97.24%, 200
         * lines of {@code bench repair --ocr}).
         */
        public static Options forOcr() {
            return defaults().withOcrChannel(true).withPruneMargin(Double.POSITIVE_INFINITY);
        }

        /** Same options with another beam width and order. */
        public Options with(int beam, int order) {
            return new Options(beam, order, maxCandidates, minFormCount, accentedLineRatio, accentedLinePenalty,
                    ocrChannel, pruneMargin, keepCleanLines);
        }

        /** Same options with the OCR channel switched on or off. */
        public Options withOcrChannel(boolean on) {
            return new Options(beamWidth, maxOrder, maxCandidates, minFormCount, accentedLineRatio,
                    accentedLinePenalty, on, pruneMargin, keepCleanLines);
        }

        /** Same options with another prune margin ({@code Double.POSITIVE_INFINITY}: beam width only). */
        public Options withPruneMargin(double margin) {
            return new Options(beamWidth, maxOrder, maxCandidates, minFormCount, accentedLineRatio,
                    accentedLinePenalty, ocrChannel, margin, keepCleanLines);
        }

        /** Same options with {@link #keepCleanLines} switched on or off. */
        public Options withKeepCleanLines(boolean keep) {
            return new Options(beamWidth, maxOrder, maxCandidates, minFormCount, accentedLineRatio,
                    accentedLinePenalty, ocrChannel, pruneMargin, keep);
        }
    }

    /**
     * A restored line and what changed.
     *
     * @param text        the restored line (NFC)
     * @param corrections one entry per changed word, offsets into {@code text}
     */
    public record Result(String text, List<Correction> corrections) {
    }

    private final NgramModel model;
    private final SyllableInventory inventory;
    private final Options options;
    private final int order;
    private final OcrChannel channel;
    /** OCR mode with a tone section in the channel table: prices tone and mark changes of a word, else null. */
    private final ChannelTable tones;

    /** Words seen fewer times than this in training are suspect OCR damage when the channel is on. */
    static final int OCR_RARE_COUNT = 20;
    /** Channel candidates tried per suspect token. */
    static final int OCR_CANDIDATES = 40;
    /** OCR mode: log10 cost of replacing the accents of a known accented word (English OCR accents are unreliable). */
    static final double OCR_ACCENT_COST = 1.5;

    /** A restorer over a loaded model (OCR mode with the default channel table). */
    public DiacriticRestorer(NgramModel model, Options options) {
        this(model, options, null);
    }

    /** A restorer over a loaded model; OCR mode uses {@code channelTable} (null: {@link ChannelTable#defaultTable()}). */
    public DiacriticRestorer(NgramModel model, Options options, ChannelTable channelTable) {
        this.model = model;
        this.options = options;
        this.inventory = new SyllableInventory(model, options.minFormCount());
        this.order = Math.min(model.order(), options.maxOrder());
        this.channel = !options.ocrChannel() ? null : new OcrChannel(model, inventory, 8,
                channelTable == null ? ChannelTable.defaultTable() : channelTable);
        this.tones = channel != null && channel.table().hasTones() ? channel.table() : null;
    }

    /** A restorer with default options. */
    public DiacriticRestorer(NgramModel model) {
        this(model, Options.defaults());
    }

    /** Loads a model file and builds a restorer with default options. */
    public static DiacriticRestorer load(Path modelFile) throws IOException {
        return new DiacriticRestorer(NgramModel.load(modelFile));
    }

    /** The model in use. */
    public NgramModel model() {
        return model;
    }

    /** The syllable inventory in use. */
    public SyllableInventory inventory() {
        return inventory;
    }

    /** Restores one line (no line breaks inside); returns the NFC line with diacritics restored. */
    public String restore(String line) {
        return restoreWithCorrections(line).text();
    }

    /**
     * Restores a multi-line text (a page); line breaks ({@code \n}, {@code \r\n}, {@code \r}) are kept as they are
     * and correction offsets refer to the returned text. Lines of one paragraph are restored together
     * ({@link #restoreLines}): a hard-wrapped line starts with the context of the line before.
     */
    public Result restoreText(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        List<String> lines = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        int i = 0;
        while (true) {
            int j = i;
            while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            lines.add(text.substring(i, j));
            if (j == text.length()) {
                breaks.add("");
                break;
            }
            int k = j + (text.charAt(j) == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n' ? 2 : 1);
            breaks.add(text.substring(j, k));
            i = k;
        }
        List<Result> restored = restoreLines(lines);
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<Correction> all = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            Result r = restored.get(l);
            int base = out.length();
            out.append(r.text());
            for (Correction c : r.corrections()) {
                all.add(new Correction(base + c.start(), base + c.end(), c.original(), c.replacement(), c.confidence()));
            }
            out.append(breaks.get(l));
        }
        return new Result(out.toString(), List.copyOf(all));
    }

    /** Restores one line and lists the changed words with confidences. */
    public Result restoreWithCorrections(String line) {
        return restoreLines(List.of(line)).get(0);
    }

    /**
     * Restores lines (none holding a line break), one result per line. A sentence that runs on over a line break
     * is decoded as one: the words before the break are context for the words after it, and the other way round.
     * A blank line, a line starting with a list marker or a label ({@code -}, {@code +}, {@code a)}, {@code 2.}) and
     * a change between an all-capitals line and a mixed-case one start a new paragraph ({@link #continues}).
     */
    public List<Result> restoreLines(List<String> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        List<List<Edit>> edits = new ArrayList<>(lines.size());
        List<Slot> segment = new ArrayList<>();
        List<List<Slot>> decoded = new ArrayList<>(); // every segment, for the document's second pass
        String previous = null;
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line == null) {
                throw new IllegalArgumentException("line must not be null");
            }
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("restore() takes one line; split the text on line breaks first");
            }
            String text = Normalizer.normalize(line, Normalizer.Form.NFC);
            texts.add(text);
            edits.add(new ArrayList<>());
            if (previous == null || !continues(previous, text)) {
                decodeSegment(segment, edits, decoded);
            }
            previous = text;
            addLine(text, li, segment, edits, decoded);
        }
        decodeSegment(segment, edits, decoded);
        secondPass(decoded, edits);
        List<Result> results = new ArrayList<>(lines.size());
        for (int li = 0; li < texts.size(); li++) {
            results.add(apply(texts.get(li), edits.get(li)));
        }
        return results;
    }

    /** A label or list marker that starts a new item: {@code a)}, {@code 2.}, {@code IV.}, {@code đ)}. */
    private static final java.util.regex.Pattern ITEM_LABEL =
            java.util.regex.Pattern.compile("\\s*(?:\\p{L}{1,2}|\\d{1,3}|[IVXLCivxlc]{1,5})[.)].*");

    /**
     * True when {@code line} carries on the sentence of {@code previous} (a hard-wrapped paragraph): both hold text,
     * {@code line} starts with a letter or digit but not with an item label, and both or neither are in capitals.
     * Sentence punctuation at the end of {@code previous} ends the model segment anyway.
     */
    static boolean continues(String previous, String line) {
        if (previous.isBlank() || line.isBlank()) {
            return false;
        }
        char first = line.strip().charAt(0);
        if (!Character.isLetterOrDigit(first) || ITEM_LABEL.matcher(line).matches()) {
            return false;
        }
        return allCapitals(previous) == allCapitals(line);
    }

    private static boolean allCapitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Adds the slots of one line to the open segment; sentence breaks inside it decode the segment. */
    private void addLine(String text, int line, List<Slot> segment, List<List<Edit>> edits,
                         List<List<Slot>> decoded) {
        List<SyllableTokenizer.Token> tokens = SyllableTokenizer.tokenize(text);
        if (channel != null) {
            tokens = LineTokens.mergeMixedRuns(tokens, text);
        }
        // OCR mode: Latin-1 accents only (viéc, cán) is English-model OCR, not accented text (CleanTextGuard)
        double penalty = channel != null && !CleanTextGuard.hasVietnameseOnlyLetter(text) ? 0
                : plainWordPenalty(tokens);
        boolean capitalLine = allCapitals(text);
        boolean[] protectedChars = LineTokens.protectedSpans(text);
        boolean[] symbolChars = LineTokens.symbolSpans(text);
        // OCR mode: a line that is correct Vietnamese already keeps its known words and codes (CleanTextGuard)
        boolean clean = channel != null && options.keepCleanLines()
                && CleanTextGuard.isClean(tokens, text, model, inventory, options.minFormCount());
        for (int ti = 0; ti < tokens.size(); ti++) {
            SyllableTokenizer.Token t = tokens.get(ti);
            Slot slot = null;
            if (symbolChars != null && symbolChars[t.start()] && t.kind() == SyllableTokenizer.Kind.WORD) {
                // inside a document symbol (13-CTr/HU, 76/NQ-CP): its letters are codes, never syllables to repair;
                // only a known abbreviation's own accents come back (NQ-HDND -> NQ-HĐND)
                String lower = Letters.lower(t.text());
                String form = SYMBOL_ABBREVIATIONS.get(lower);
                slot = form == null ? ownSlot(t)
                        : new Slot(t, new int[] {model.id(form), model.id(lower)}, new String[] {form, lower},
                                new double[] {0, SYMBOL_SPELLING_COST});
            } else if (protectedChars != null && protectedChars[t.start()]) {
                // inside a URL or e-mail address: never changed, still context for the model
                if (t.kind() == SyllableTokenizer.Kind.WORD) {
                    slot = ownSlot(t);
                } else if (t.kind() == SyllableTokenizer.Kind.NUMBER) {
                    slot = fixedSlot(t, ModelData.NUM);
                }
            } else if (clean && CleanTextGuard.keeps(t, model, inventory, options.minFormCount())) {
                slot = t.kind() == SyllableTokenizer.Kind.NUMBER ? fixedSlot(t, ModelData.NUM)
                        : tones != null && CleanTextGuard.mayRetone(t.text()) ? cheapToneChanges(wordSlot(t, penalty))
                        : ownSlot(t);
            } else {
                switch (t.kind()) {
                    case WORD -> slot = channel != null && !capitalLine && isAbbreviation(t) ? wordSlot(t, penalty)
                            : channel != null && isSuspect(t) ? ocrSlot(t, ModelData.UNK, penalty)
                            : channel != null && penalty == 0 ? withMisreadings(wordSlot(t, penalty))
                            : wordSlot(t, penalty);
                    case NUMBER -> slot = channel != null && LineTokens.numberMayBeWord(t, text)
                            ? ocrSlot(t, ModelData.NUM, penalty) : fixedSlot(t, ModelData.NUM);
                    case COMMA -> {
                        if (!segment.isEmpty()) {
                            slot = fixedSlot(t, ModelData.COMMA);
                        }
                    }
                    case BREAK -> decodeSegment(segment, edits, decoded);
                    case OTHER -> {
                        if (channel != null && !clean && LoneSymbols.isLoneSymbol(tokens, ti, text)) {
                            slot = ocrSlot(t, ModelData.UNK, penalty);
                        }
                    }
                }
            }
            if (slot != null) {
                slot.line = line;
                segment.add(slot);
            }
        }
    }

    /** The line with its edits applied, and the corrections with offsets into the result. */
    private static Result apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Correction> corrections = new ArrayList<>(edits.size());
        int pos = 0;
        for (Edit e : edits) {
            out.append(text, pos, e.token.start());
            int start = out.length();
            out.append(e.replacement);
            corrections.add(new Correction(start, out.length(), e.token.text(), e.replacement, e.confidence));
            pos = e.token.end();
        }
        out.append(text, pos, text.length());
        return new Result(out.toString(), List.copyOf(corrections));
    }

    /**
     * Folded lower-case spelling -> lower-case written form of the abbreviations whose written form carries
     * diacritics ({@code hdnd -> hđnd}); spellings two abbreviations share are left out.
     */
    private static final Map<String, String> SYMBOL_ABBREVIATIONS = symbolAbbreviations();

    /** Cost of keeping an abbreviation's unaccented spelling inside a symbol (QD in 15/QD-UBND): the written form wins. */
    private static final double SYMBOL_SPELLING_COST = 20.0;

    private static Map<String, String> symbolAbbreviations() {
        Map<String, String> byFold = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Abbreviations.Entry e : Abbreviations.all()) {
            String lower = Letters.lower(e.written());
            String key = Fold.lower(lower);
            String before = byFold.putIfAbsent(key, lower);
            if (before != null && !before.equals(lower)) {
                shared.add(key);
            }
        }
        byFold.keySet().removeAll(shared);
        byFold.entrySet().removeIf(en -> en.getKey().equals(en.getValue()));
        return Map.copyOf(byFold);
    }

    /** A word kept as it is, still context for the model. */
    private Slot ownSlot(SyllableTokenizer.Token t) {
        String lower = Letters.lower(t.text());
        return new Slot(t, new int[] {model.id(lower)}, new String[] {lower}, new double[] {0});
    }

    /** The slot with only its own form and the tone changes {@link CleanTextGuard#isCheapToneChange} allows. */
    private Slot cheapToneChanges(Slot base) {
        String lower = lowerOf(base.token.text());
        int[] keep = new int[base.ids.length];
        int m = 0;
        for (int j = 0; j < base.ids.length; j++) {
            if (base.forms[j].equals(lower) || CleanTextGuard.isCheapToneChange(lower, base.forms[j], tones)) {
                keep[m++] = j;
            }
        }
        int[] ids = new int[m];
        String[] forms = new String[m];
        double[] cost = new double[m];
        for (int j = 0; j < m; j++) {
            ids[j] = base.ids[keep[j]];
            forms[j] = base.forms[keep[j]];
            cost[j] = base.cost[keep[j]];
        }
        return new Slot(base.token, ids, forms, cost);
    }

    /** A decided replacement of one token. */
    private record Edit(SyllableTokenizer.Token token, String replacement, double confidence) {
    }

    /**
     * An abbreviation or code in running text: two or more capital letters (no digit or symbol: {@code T6} is a
     * misread {@code Tổ}) that make no Vietnamese syllable ({@code BCD},
     * {@code TTHC}, {@code HDND}). Outside an all-capitals line (a heading, where OCR damage is read as usual) it
     * keeps its letters; only the accents of a known form of the same spelling ({@code HDND} -> {@code HĐND}) may
     * be restored.
     */
    private static boolean isAbbreviation(SyllableTokenizer.Token t) {
        String w = t.text();
        return w.length() >= 2 && isCapitals(w) && w.chars().allMatch(Character::isLetter)
                && !org.vanban.vi.Syllables.isPlausible(w);
    }

    /** OCR mode: a word that is no known syllable, is rare, or holds digits. */
    private boolean isSuspect(SyllableTokenizer.Token t) {
        String lower = Letters.lower(t.text());
        if (lower.chars().anyMatch(c -> Character.isDigit(c) || OcrChannel.isLetterSymbol((char) c))) {
            return true;
        }
        if (t.attachedToDigit()) {
            return false;
        }
        int id = model.id(lower);
        if (id == ModelData.UNK || inventory.count(id) < OCR_RARE_COUNT) {
            return true;
        }
        // a lower-case word without any vowel is no Vietnamese syllable ("cd" for "có"); capitals may be acronyms
        boolean hasVowel = Fold.lower(lower).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
        return !hasVowel && !Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Cost of reading a lower-case letter-digit run ({@code 1a}, {@code to6}, {@code c6}) as itself, a number-like
     * code: inside running text a lower-case run holding a vowel (or 6, 0 read for one) is far more often a syllable an English OCR
     * model broke than a label (labels and codes are upper-case, vowel-less like m2 or 4g, or touch code
     * punctuation, which keeps them out of OCR slots).
     */
    static final double MIXED_RUN_COST = 3.0;


    /** Candidates from the OCR channel plus the token itself (as {@code ownId} when not a known word). */
    private Slot ocrSlot(SyllableTokenizer.Token t, int fallbackId, double penalty) {
        String lower = Letters.lower(t.text());
        // a letter-digit run (A3, b6) may be a code or label: its own reading counts as a number, not an unknown word
        boolean hasDigit = lower.chars().anyMatch(Character::isDigit);
        int ownId = fallbackId == ModelData.NUM || hasDigit ? ModelData.NUM : model.id(lower);
        boolean known = ownId != ModelData.UNK && ownId != ModelData.NUM;
        List<OcrChannel.Candidate> cands = channel.candidates(lower, OCR_CANDIDATES);
        List<Integer> ids = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        ids.add(ownId);
        forms.add(fallbackId == ModelData.NUM ? null : lower);
        costs.add(hasDigit && fallbackId != ModelData.NUM && LineTokens.isLowerCaseMixedRun(t.text()) ? MIXED_RUN_COST : 0.0);
        for (OcrChannel.Candidate c : cands) {
            if (c.id() == ownId) {
                continue;
            }
            ids.add(c.id());
            forms.add(c.form());
            costs.add(c.cost() + (known ? penalty : 0));
        }
        return new Slot(t, ids.stream().mapToInt(Integer::intValue).toArray(), forms.toArray(new String[0]),
                costs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** OCR mode: log10 cost, on top of the channel's, of reading a known plain word as another word. */
    static final double KNOWN_WORD_COST = 1.0;
    /** OCR mode: channel candidates of a known word dearer than this are not proposed. */
    static final double KNOWN_WORD_MAX = 2.5;
    /** OCR mode: channel candidates tried per known word. */
    static final int KNOWN_WORD_CANDIDATES = 24;
    /** OCR mode: channel candidates of a known word looked at (cheapest first) to choose from. */
    static final int KNOWN_WORD_POOL = 120;
    /** OCR mode: forms of one folded spelling among a known word's channel candidates (most frequent first). */
    static final int KNOWN_WORD_FORMS_PER_KEY = 3;

    /**
     * OCR mode, a line without accents: a known plain word may still be an English OCR model's misreading of
     * another syllable ({@code tha} for {@code thủ}, {@code phep} for {@code pháp}): its channel candidates join its
     * accent forms at the channel cost plus {@link #KNOWN_WORD_COST}. Words in capitals (abbreviations, codes) and
     * words touching digits keep their letters.
     */
    private Slot withMisreadings(Slot base) {
        SyllableTokenizer.Token t = base.token;
        if (t.attachedToDigit() || t.text().length() < 2 || isCapitals(t.text())) {
            return base;
        }
        if (base.forms[0] == null) {
            return misreadings(base, Letters.lower(t.text()));
        }
        // base and the result depend only on the lower-case word (a plain wordSlot): worked out once per word, and
        // the same candidate array comes back each time (the scorer's hit cache then knows it without comparing)
        String lower = lowerOf(t.text());
        Slot known = misread.get(lower);
        if (known == null) {
            known = misreadings(base, lower);
            misread.putIfAbsent(lower, known);
        }
        return known == base || known.ids == base.ids ? base : new Slot(t, known.ids, known.forms, known.cost);
    }

    /** {@link #withMisreadings} by lower-case plain word (known words only, so bounded by the vocabulary). */
    private final java.util.concurrent.ConcurrentHashMap<String, Slot> misread =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Slot misreadings(Slot base, String lower) {
        SyllableTokenizer.Token t = base.token;
        if (Fold.hasDiacritics(lower)) {
            return base;
        }
        // the word's own accent forms come first at cost 0: ask for enough to get past them
        List<OcrChannel.Candidate> cands = channel.candidates(lower, KNOWN_WORD_POOL);
        int n = base.ids.length;
        int[] ids = Arrays.copyOf(base.ids, n + KNOWN_WORD_CANDIDATES);
        String[] forms = Arrays.copyOf(base.forms, n + KNOWN_WORD_CANDIDATES);
        double[] cost = Arrays.copyOf(base.cost, n + KNOWN_WORD_CANDIDATES);
        int m = n;
        java.util.Map<String, Integer> perKey = new java.util.HashMap<>();
        for (OcrChannel.Candidate c : cands) {
            if (m == ids.length) {
                break;
            }
            if (c.cost() <= 0 || c.cost() > KNOWN_WORD_MAX || contains(ids, m, c.id())
                    || perKey.merge(Fold.lower(c.form()), 1, Integer::sum) > KNOWN_WORD_FORMS_PER_KEY) {
                continue;
            }
            ids[m] = c.id();
            forms[m] = c.form();
            cost[m++] = c.cost() + KNOWN_WORD_COST;
        }
        return m == n ? base : new Slot(t, Arrays.copyOf(ids, m), Arrays.copyOf(forms, m), Arrays.copyOf(cost, m));
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private double plainWordPenalty(List<SyllableTokenizer.Token> tokens) {
        int words = 0;
        int accented = 0;
        for (SyllableTokenizer.Token t : tokens) {
            if (t.kind() == SyllableTokenizer.Kind.WORD && !t.attachedToDigit()) {
                words++;
                // only known accented syllables count as evidence of good text (OCR gives "viéc", "déi")
                if (Fold.hasDiacritics(t.text())) {
                    int id = model.id(Letters.lower(t.text()));
                    if (id != ModelData.UNK && inventory.count(id) >= options.minFormCount()) {
                        accented++;
                    }
                }
            }
        }
        return words > 0 && accented >= options.accentedLineRatio() * words ? options.accentedLinePenalty() : 0.0;
    }

    /** One position of a segment: the token and its candidate model ids / lower-case forms / costs. */
    private static final class Slot {
        final SyllableTokenizer.Token token;
        final int[] ids;
        final String[] forms;
        final double[] cost;
        /** Index of the line the token is on (restoreLines). */
        int line;
        /** The candidate the decoder chose and its confidence (set by decodeSegment; -1 before). */
        int chosen = -1;
        double confidence;

        Slot(SyllableTokenizer.Token token, int[] ids, String[] forms, double[] cost) {
            this.token = token;
            this.ids = ids;
            this.forms = forms;
            this.cost = cost;
        }
    }

    private static Slot fixedSlot(SyllableTokenizer.Token t, int id) {
        return new Slot(t, new int[] {id}, new String[] {null}, new double[] {0});
    }

    /**
     * What {@link #wordSlot} needs of one lower-case word, worked out once: its id, whether it is accented, and its
     * candidates (ids, forms, and the costs without and with the accented-line penalty). Shared, never modified.
     */
    private record WordEntry(int ownId, boolean accented, int[] ids, String[] forms, double[] plainCost,
                             double[] penaltyCost, double[] toneCost) {
    }

    /** Known words only (in the vocabulary or with candidates), so its size is bounded by the model's. */
    private final java.util.concurrent.ConcurrentHashMap<String, WordEntry> words =
            new java.util.concurrent.ConcurrentHashMap<>();

    private WordEntry wordEntry(String lower) {
        WordEntry e = words.get(lower);
        if (e != null) {
            return e;
        }
        int ownId = model.id(lower);
        boolean accented = Fold.hasDiacritics(lower);
        int[] all = inventory.candidateIds(Fold.lower(lower));
        int k = Math.min(all.length, options.maxCandidates());
        boolean ownListed = false;
        for (int i = 0; i < k; i++) {
            ownListed |= all[i] == ownId && ownId != ModelData.UNK;
        }
        int n = ownListed ? k : k + 1;
        int[] ids = new int[n];
        String[] forms = new String[n];
        double[] plain = new double[n];
        double[] penalised = new double[n];
        double base = accented ? OCR_ACCENT_COST : 0;
        int j = 0;
        if (!ownListed) {
            ids[j] = ownId;
            forms[j++] = lower;
        }
        for (int i = 0; i < k; i++) {
            ids[j] = all[i];
            forms[j] = model.token(all[i]);
            boolean same = forms[j].equals(lower);
            plain[j] = same ? 0 : base;
            penalised[j] = same ? 0 : base + options.accentedLinePenalty();
            j++;
        }
        double[] tone = null;
        if (tones != null) {
            tone = new double[n];
            for (int i = 0; i < n; i++) {
                // never dearer than the flat penalty of an accented line: the learned costs only make likely changes cheaper
                tone[i] = Math.min(penalised[i], forms[i].equals(lower) ? 0 : tones.toneCost(lower, forms[i]));
            }
        }
        e = new WordEntry(ownId, accented, ids, forms, plain, penalised, tone);
        if (ownId != ModelData.UNK || all.length > 0) {
            words.putIfAbsent(lower, e);
        }
        return e;
    }

    /** Lower-case form of a token's text, without a copy when it is lower-case already. */
    private static String lowerOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.toLowerCase(c) != c) {
                return Letters.lower(text);
            }
        }
        return text;
    }

    private Slot wordSlot(SyllableTokenizer.Token t, double penalty) {
        String lower = lowerOf(t.text());
        WordEntry e = wordEntry(lower);
        if (t.attachedToDigit() || (e.accented() && channel == null)) {
            return new Slot(t, new int[] {e.ownId()}, new String[] {lower}, new double[] {0});
        }
        double[] cost;
        if (penalty > 0 && e.toneCost() != null) {
            // a Vietnamese-model OCR keeps the letters but may change a tone or drop a mark: learned costs
            cost = e.toneCost();
        } else if (penalty == 0) {
            cost = e.plainCost();
        } else if (penalty == options.accentedLinePenalty()) {
            cost = e.penaltyCost();
        } else {
            double base = e.accented() ? OCR_ACCENT_COST : 0;
            cost = new double[e.ids().length];
            for (int j = 0; j < cost.length; j++) {
                cost[j] = e.forms()[j].equals(lower) ? 0 : base + penalty;
            }
        }
        return new Slot(t, e.ids(), e.forms(), cost);
    }

    /**
     * Decodes the open segment, adds its edits and clears it; with {@code decoded} non-null, also records every
     * choice with its confidence and keeps a copy of the segment there (for {@link #secondPass}).
     */
    private void decodeSegment(List<Slot> segment, List<List<Edit>> edits, List<List<Slot>> decoded) {
        while (!segment.isEmpty() && segment.get(segment.size() - 1).ids[0] == ModelData.COMMA
                && segment.get(segment.size() - 1).ids.length == 1) {
            segment.remove(segment.size() - 1);
        }
        if (segment.isEmpty()) {
            return;
        }
        int[] choice = search(segment);
        int[] seq = null; // the chosen path with <s> and </s>, for the confidences
        for (int i = 0; i < segment.size(); i++) {
            Slot slot = segment.get(i);
            slot.chosen = choice[i];
            slot.confidence = 1;
            if (slot.ids.length < 2 || slot.forms[choice[i]] == null) {
                continue;
            }
            SyllableTokenizer.Token t = slot.token;
            String replacement = Letters.matchCase(t.text(), slot.forms[choice[i]]);
            boolean changed = !replacement.equals(t.text());
            if (changed || decoded != null) {
                if (seq == null) {
                    seq = new int[segment.size() + 2];
                    seq[0] = ModelData.BOS;
                    for (int j = 0; j < segment.size(); j++) {
                        seq[j + 1] = segment.get(j).ids[choice[j]];
                    }
                    seq[seq.length - 1] = ModelData.EOS;
                }
                // an unchanged word only feeds the document's second look: a bound that settles it there is enough
                slot.confidence = confidence(segment, choice, i, seq, !changed);
                if (changed) {
                    edits.get(slot.line).add(new Edit(t, replacement, slot.confidence));
                }
            }
        }
        if (decoded != null) {
            decoded.add(new ArrayList<>(segment));
        }
        segment.clear();
    }

    /**
     * The document's second look ({@link DocumentForms}): the forms chosen with confidence anywhere in the text
     * give a bonus to the same forms elsewhere, and a segment where that bonus could overturn a choice is decoded
     * again with it. Kept accented words count as chosen.
     */
    private void secondPass(List<List<Slot>> decoded, List<List<Edit>> edits) {
        DocumentForms document = new DocumentForms(inventory);
        for (List<Slot> segment : decoded) {
            for (Slot s : segment) {
                String form = s.chosen < 0 ? null : s.forms[s.chosen];
                if (form != null && s.ids[s.chosen] >= ModelData.FIRST_WORD
                        && (s.ids.length > 1 || Fold.hasDiacritics(form))) {
                    document.observe(form, s.confidence);
                }
            }
        }
        if (document.isEmpty()) {
            return;
        }
        boolean redone = false;
        for (List<Slot> segment : decoded) {
            List<Slot> again = new ArrayList<>(segment.size());
            boolean mayChange = false;
            for (Slot s : segment) {
                double[] bonus = s.ids.length < 2 ? null : document.bonuses(s.ids, s.forms, s.chosen, s.confidence);
                if (bonus == null) {
                    again.add(s);
                    continue;
                }
                double[] cost = s.cost.clone();
                for (int c = 0; c < cost.length; c++) {
                    cost[c] -= bonus[c];
                    mayChange |= DocumentForms.mayOverturn(s.confidence, bonus[c]);
                }
                Slot b = new Slot(s.token, s.ids, s.forms, cost);
                b.line = s.line;
                again.add(b);
            }
            if (mayChange) {
                for (Slot s : segment) {
                    edits.get(s.line).removeIf(e -> e.token() == s.token);
                }
                decodeSegment(again, edits, null);
                redone = true;
            }
        }
        if (redone) {
            for (List<Edit> line : edits) {
                line.sort(java.util.Comparator.comparingInt(e -> e.token().start()));
            }
        }
    }

    /** Per-thread search buffers, grown on demand and reused from one segment to the next. */
    private static final class Workspace {
        long[] state = new long[16];
        int[] stateLen = new int[16];
        double[] score = new double[16];
        int[] ref = new int[64];
        long[] nState = new long[256];
        int[] nLen = new int[256];
        double[] nScore = new double[256];
        int[] nBack = new int[256];
        int[] nCand = new int[256];
        int[] saved = new int[256];
        int[] best = new int[16];
        // recombination table: slot h is taken at this position when tGen[h] == gen
        long[] tKey = new long[512];
        int[] tIdx = new int[512];
        int[] tGen = new int[512];
        int gen;
        int[] backPtr = new int[256];
        int[] cands = new int[256];
        double[] lp = new double[16];
        // log probs of every candidate after every scored hypothesis (rowStart[pos] + b * k), and of the chosen
        // path: pathRow[pos] is where its row at pos starts, eosTerm its final </s> term (for the confidences)
        double[] lpStore = new double[1024];
        int[] rowStart = new int[64];
        int[] pathRow = new int[64];
        double eosTerm;

        double[] top = new double[16];

        /** The n-th largest of a[0..m) (m >= n). */
        double nthBest(double[] a, int m, int n) {
            if (top.length < n) {
                top = new double[n];
            }
            // top[0..n) kept in decreasing order
            int filled = 0;
            for (int i = 0; i < m; i++) {
                double v = a[i];
                if (filled == n && v <= top[n - 1]) {
                    continue;
                }
                int at = filled < n ? filled++ : n - 1;
                while (at > 0 && top[at - 1] < v) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            }
            return top[n - 1];
        }

        void ensureRows(int n) {
            if (rowStart.length < n) {
                rowStart = new int[Math.max(n, 2 * rowStart.length)];
                pathRow = new int[rowStart.length];
            }
        }

        void ensureStore(int size) {
            if (lpStore.length < size) {
                lpStore = java.util.Arrays.copyOf(lpStore, Math.max(size, 2 * lpStore.length));
            }
        }

        void ensureBeam(int beam, int top) {
            if (state.length < beam) {
                state = new long[beam];
                stateLen = new int[beam];
                score = new double[beam];
                best = new int[beam];
            }
            if (ref.length < beam * top) {
                ref = new int[beam * top];
            }
        }

        void ensureExpansions(int m, int top) {
            if (nState.length < m) {
                int c = Math.max(m, 2 * nState.length);
                nState = new long[c];
                nLen = new int[c];
                nScore = new double[c];
                nBack = new int[c];
                nCand = new int[c];
            }
            if (saved.length < m * (top + 1)) {
                saved = new int[Math.max(m * (top + 1), 2 * saved.length)];
            }
            int cap = Integer.highestOneBit(Math.max(8, m * 2)) << 1;
            if (tKey.length < cap) {
                tKey = new long[cap];
                tIdx = new int[cap];
                tGen = new int[cap];
                gen = 0;
            }
            if (lp.length < m) {
                lp = new double[m];
            }
        }

        void ensureLattice(int cells) {
            if (backPtr.length < cells) {
                int c = Math.max(cells, 2 * backPtr.length);
                backPtr = new int[c];
                cands = new int[c];
            }
        }

        /** Starts a fresh recombination table of at least {@code cap} slots (a power of two); returns its mask. */
        int clearTable(int cap) {
            if (++gen == Integer.MAX_VALUE) {
                java.util.Arrays.fill(tGen, 0);
                gen = 1;
            }
            return Math.min(cap, tKey.length) - 1;
        }
    }

    private static final ThreadLocal<Workspace> WORKSPACES = ThreadLocal.withInitial(Workspace::new);

    /**
     * Beam search with recombination: hypotheses with the same last (order-1) ids are merged, the best
     * {@code beamWidth} survive each position, and of those only the ones within {@link Options#pruneMargin}
     * (log10) of the best. Returns the chosen candidate index per position.
     */
    private int[] search(List<Slot> segment) {
        int n = segment.size();
        int hist = order - 1;
        long histMask = hist >= 4 ? -1L : (1L << (16 * hist)) - 1;
        NgramModel.Scorer scorer = model.scorer(order);
        int top = scorer.top(); // refs per hypothesis: where each of its contexts lives in the model
        int beamWidth = options.beamWidth();
        double margin = options.pruneMargin();
        Workspace ws = WORKSPACES.get();
        ws.ensureBeam(beamWidth, top);
        ws.ensureLattice(n * beamWidth);
        ws.ensureRows(n);
        int stored = 0;
        long[] state = ws.state;
        int[] stateLen = ws.stateLen;
        double[] score = ws.score;
        int[] ref = ws.ref;
        int[] best = ws.best;
        int[] backPtr = ws.backPtr;
        int[] cands = ws.cands;
        state[0] = ModelData.BOS;
        stateLen[0] = 1;
        score[0] = 0;
        int size = 1;
        boolean haveRefs = false;
        for (int pos = 0; pos < n; pos++) {
            Slot slot = segment.get(pos);
            int k = slot.ids.length;
            scorer.next(slot.ids);
            ws.ensureExpansions(size * k, top);
            long[] nState = ws.nState;
            int[] nLen = ws.nLen;
            double[] nScore = ws.nScore;
            int[] nBack = ws.nBack;
            int[] nCand = ws.nCand;
            int[] saved = ws.saved;
            double[] lp = ws.lp;
            long[] tKey = ws.tKey;
            int[] tIdx = ws.tIdx;
            int[] tGen = ws.tGen;
            int mask = ws.clearTable(Integer.highestOneBit(Math.max(8, size * k * 2)) << 1);
            int gen = ws.gen;
            double minCost = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                minCost = Math.min(minCost, slot.cost[c]);
            }
            double bestS = Double.NEGATIVE_INFINITY;
            // the beamWidth-th best score of the distinct states so far: a state's score only rises, so no state
            // scoring less will be kept, and an extension scoring less is skipped (the kept states, their scores and
            // back pointers are the same as without the cut)
            double cut = Double.NEGATIVE_INFINITY;
            int m = 0;
            ws.rowStart[pos] = stored;
            ws.ensureStore(stored + size * k);
            double[] lpStore = ws.lpStore;
            for (int b = 0; b < size; b++) {
                // log probs are <= 0: no extension of a hypothesis can beat its score minus the cheapest cost, and
                // the beam is sorted best first, so the rest of it is out of reach too
                if (score[b] - minCost < bestS - margin) {
                    break;
                }
                scorer.score(state[b], stateLen[b], haveRefs ? ref : null, b * top, lp);
                scorer.save(saved, b * (top + 1));
                System.arraycopy(lp, 0, lpStore, stored + b * k, k);
                int len = Math.min(stateLen[b] + 1, hist);
                for (int c = 0; c < k; c++) {
                    double s = score[b] - slot.cost[c] + lp[c];
                    if (s < bestS - margin || s < cut) {
                        continue;
                    }
                    if (s > bestS) {
                        bestS = s;
                    }
                    long ns = ((state[b] << 16) | slot.ids[c]) & histMask;
                    int h = (int) ((ns * 0x9E3779B97F4A7C15L) >>> 40) & mask;
                    while (tGen[h] == gen && tKey[h] != ns) {
                        h = (h + 1) & mask;
                    }
                    int idx;
                    if (tGen[h] != gen) {
                        idx = m++;
                        tGen[h] = gen;
                        tIdx[h] = idx;
                        tKey[h] = ns;
                    } else {
                        idx = tIdx[h];
                        if (s <= nScore[idx]) {
                            continue;
                        }
                    }
                    nState[idx] = ns;
                    nLen[idx] = len;
                    nScore[idx] = s;
                    nBack[idx] = b;
                    nCand[idx] = c;
                }
                if ((b & (b + 1)) == 0 && m >= beamWidth) { // after hypotheses 0, 1, 3, 7 ...
                    cut = ws.nthBest(nScore, m, beamWidth);
                }
            }
            // keep the best beamWidth within the margin (ties broken by state for determinism): insertion into a
            // short sorted list
            double floor = bestS - margin;
            int kept = 0;
            for (int i = 0; i < m; i++) {
                double si = nScore[i];
                if (si < floor) {
                    continue;
                }
                long ti = nState[i];
                int at = kept;
                while (at > 0) {
                    int j = best[at - 1];
                    if (nScore[j] > si || (nScore[j] == si && nState[j] < ti)) {
                        break;
                    }
                    at--;
                }
                if (at >= beamWidth) {
                    continue;
                }
                int end = Math.min(kept, beamWidth - 1);
                System.arraycopy(best, at, best, at + 1, end - at);
                best[at] = i;
                if (kept < beamWidth) {
                    kept++;
                }
            }
            stored += size * k;
            size = kept;
            int cell = pos * beamWidth;
            for (int i = 0; i < size; i++) {
                int j = best[i];
                ref[i * top] = slot.ids[nCand[j]];
                for (int l = 1; l < nLen[j]; l++) {
                    ref[i * top + l] = scorer.savedRef(saved, nBack[j] * (top + 1), l, nCand[j]);
                }
                state[i] = nState[j];
                stateLen[i] = nLen[j];
                score[i] = nScore[j];
                backPtr[cell + i] = nBack[j];
                cands[cell + i] = nCand[j];
            }
            haveRefs = true;
        }
        int winner = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int[] eos = {ModelData.EOS};
        double[] e = new double[1];
        for (int b = 0; b < size; b++) {
            model.logProbs(state[b], stateLen[b], eos, order, e);
            if (score[b] + e[0] > bestScore) {
                bestScore = score[b] + e[0];
                winner = b;
                ws.eosTerm = e[0];
            }
        }
        int[] choice = new int[n];
        for (int pos = n - 1; pos >= 0; pos--) {
            choice[pos] = cands[pos * beamWidth + winner];
            winner = backPtr[pos * beamWidth + winner];
            ws.pathRow[pos] = ws.rowStart[pos] + winner * segment.get(pos).ids.length;
        }
        return choice;
    }

    /** The last min(end, top) ids of seq[0..end), most recent in the low 16 bits. */
    private static long pack(int[] seq, int end, int top) {
        long ctx = 0;
        for (int j = Math.max(0, end - top); j < end; j++) {
            ctx = (ctx << 16) | seq[j];
        }
        return ctx;
    }

    /**
     * Candidates whose partial score (first terms, each later term only lowers it) already trails the chosen
     * candidate's whole score by this much (log10) add less than 1e-6 each to the posterior's denominator and are
     * left out: a confidence moves by at most about 1e-5 (measured: 4.5e-6 on 1,500 held-out lines).
     */
    private static final double CONFIDENCE_FLOOR = 6.0;

    /**
     * Posterior of the chosen candidate at position i against its alternatives, the rest of the path fixed. With
     * {@code boundEnough}, a lower bound (the alternatives' terms after position i left out: each only lowers them) is
     * returned instead when it already settles the choice for {@link DocumentForms#settled}, so the second pass does
     * exactly what the exact posterior would make it do.
     */
    private double confidence(List<Slot> segment, int[] choice, int i, int[] seq, boolean boundEnough) {
        Slot slot = segment.get(i);
        int k = slot.ids.length;
        double[] local = new double[k];
        // the chosen path's own terms were worked out by the search (same context, same values): the first term of
        // every candidate, and the later terms of the chosen one; only the other candidates' later terms are new
        Workspace ws = WORKSPACES.get();
        int row = ws.pathRow[i];
        for (int c = 0; c < k; c++) {
            local[c] = ws.lpStore[row + c] - slot.cost[c];
        }
        // later terms are log probs (<= 0): the chosen candidate first, then only the others still within reach
        int chosen = choice[i];
        boolean[] live = new boolean[k];
        int lastP = Math.min(seq.length - 1, i + order);
        for (int p = i + 2; p <= lastP; p++) {
            local[chosen] += p == seq.length - 1 ? ws.eosTerm : ws.lpStore[ws.pathRow[p - 1] + choice[p - 1]];
        }
        boolean any = false;
        for (int c = 0; c < k; c++) {
            if (c != chosen && local[c] >= local[chosen] - CONFIDENCE_FLOOR) {
                live[c] = true;
                any = true;
            }
        }
        if (any && boundEnough) {
            live[chosen] = true;
            double bound = posterior(local, live, chosen);
            live[chosen] = false;
            if (DocumentForms.settled(bound, slot.forms, chosen)) {
                return bound;
            }
        }
        if (any) {
            laterTerms(seq, i, slot, live, local, local[chosen] - CONFIDENCE_FLOOR);
        }
        live[chosen] = true;
        return posterior(local, live, chosen);
    }

    /** Posterior of candidate {@code chosen} among the live ones, from their log10 scores. */
    private static double posterior(double[] local, boolean[] live, int chosen) {
        int k = local.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (live[c]) {
                max = Math.max(max, local[c]);
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            if (live[c]) {
                sum += Math.pow(10, local[c] - max);
            }
        }
        return Math.pow(10, local[chosen] - max) / sum;
    }

    /**
     * Adds the terms after position i (up to order - 1 words on) to {@code local[c]} of every live candidate c,
     * term by term; a candidate whose partial sum falls below {@code floor} is no longer live (its sum only drops).
     */
    private void laterTerms(int[] seq, int i, Slot slot, boolean[] live, double[] local, double floor) {
        int k = slot.ids.length;
        int lastP = Math.min(seq.length - 1, i + order);
        int saved = seq[i + 1];
        double[] acc = new double[1];
        for (int p = i + 2; p <= lastP; p++) {
            boolean any = false;
            // contexts shorter than this do not reach back to position i: their part is the same for every candidate
            int minLen = p - (i + 1);
            double shared = Double.NaN;
            for (int c = 0; c < k; c++) {
                if (!live[c]) {
                    continue;
                }
                seq[i + 1] = slot.ids[c];
                long ctx = pack(seq, p, order - 1);
                double lp = model.logProbAbove(ctx, p, seq[p], order, minLen, acc);
                if (Double.isNaN(lp)) {
                    if (Double.isNaN(shared)) {
                        shared = model.logProbPacked(ctx & ((1L << (16 * (minLen - 1))) - 1), minLen - 1, seq[p], order);
                    }
                    lp = acc[0] + shared;
                }
                local[c] += lp;
                if (local[c] < floor) {
                    live[c] = false;
                } else {
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        seq[i + 1] = saved;
    }

}
