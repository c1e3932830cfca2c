package org.vanban.text.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vanban.model.Correction;

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
     */
    public record Options(int beamWidth, int maxOrder, int maxCandidates, int minFormCount,
                          double accentedLineRatio, double accentedLinePenalty, boolean ocrChannel) {
        public Options {
            if (beamWidth < 1 || maxOrder < 2 || maxCandidates < 1 || minFormCount < 1) {
                throw new IllegalArgumentException("bad restorer options: beam " + beamWidth + ", order " + maxOrder
                        + ", candidates " + maxCandidates + ", min count " + minFormCount);
            }
        }

        /** Defaults used by the pipeline. */
        public static Options defaults() {
            return new Options(16, 4, 12, 2, 0.3, 3.0, false);
        }

        /** Defaults plus the OCR confusion channel, for text read by an English OCR model. */
        public static Options forOcr() {
            return defaults().withOcrChannel(true);
        }

        /** Same options with another beam width and order. */
        public Options with(int beam, int order) {
            return new Options(beam, order, maxCandidates, minFormCount, accentedLineRatio, accentedLinePenalty,
                    ocrChannel);
        }

        /** Same options with the OCR channel switched on or off. */
        public Options withOcrChannel(boolean on) {
            return new Options(beamWidth, maxOrder, maxCandidates, minFormCount, accentedLineRatio,
                    accentedLinePenalty, on);
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
        this.inventory = new SyllableInventory(model.data(), options.minFormCount());
        this.order = Math.min(model.order(), options.maxOrder());
        this.channel = !options.ocrChannel() ? null : new OcrChannel(model, inventory, 8,
                channelTable == null ? ChannelTable.defaultTable() : channelTable);
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
     * Restores a multi-line text (a page) line by line; line breaks ({@code \n}, {@code \r\n}, {@code \r}) are
     * kept as they are and correction offsets refer to the returned text.
     */
    public Result restoreText(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<Correction> all = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int j = i;
            while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            Result r = restoreWithCorrections(text.substring(i, j));
            int base = out.length();
            out.append(r.text());
            for (Correction c : r.corrections()) {
                all.add(new Correction(base + c.start(), base + c.end(), c.original(), c.replacement(), c.confidence()));
            }
            if (j == text.length()) {
                break;
            }
            int k = j + (text.charAt(j) == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n' ? 2 : 1);
            out.append(text, j, k);
            i = k;
        }
        return new Result(out.toString(), List.copyOf(all));
    }

    /** Restores one line and lists the changed words with confidences. */
    public Result restoreWithCorrections(String line) {
        if (line == null) {
            throw new IllegalArgumentException("line must not be null");
        }
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("restore() takes one line; split the text on line breaks first");
        }
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        List<SyllableTokenizer.Token> tokens = SyllableTokenizer.tokenize(text);
        if (channel != null) {
            tokens = LineTokens.mergeMixedRuns(tokens, text);
        }
        double penalty = plainWordPenalty(tokens);

        List<Edit> edits = new ArrayList<>();
        List<Slot> segment = new ArrayList<>();
        boolean[] protectedChars = LineTokens.protectedSpans(text);
        for (SyllableTokenizer.Token t : tokens) {
            if (protectedChars != null && protectedChars[t.start()]) {
                // inside a URL or e-mail address: never changed, still context for the model
                if (t.kind() == SyllableTokenizer.Kind.WORD) {
                    String lower = VietnameseLetters.lower(t.text());
                    segment.add(new Slot(t, new int[] {model.id(lower)}, new String[] {lower}, new double[] {0}));
                } else if (t.kind() == SyllableTokenizer.Kind.NUMBER) {
                    segment.add(fixedSlot(t, ModelData.NUM));
                }
                continue;
            }
            switch (t.kind()) {
                case WORD -> segment.add(channel != null && isSuspect(t) ? ocrSlot(t, ModelData.UNK, penalty)
                        : wordSlot(t, penalty));
                case NUMBER -> segment.add(channel != null && LineTokens.numberMayBeWord(t, text)
                        ? ocrSlot(t, ModelData.NUM, penalty) : fixedSlot(t, ModelData.NUM));
                case COMMA -> {
                    if (!segment.isEmpty()) {
                        segment.add(fixedSlot(t, ModelData.COMMA));
                    }
                }
                case BREAK -> decodeSegment(segment, edits);
                case OTHER -> { }
            }
        }
        decodeSegment(segment, edits);
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

    /** A decided replacement of one token. */
    private record Edit(SyllableTokenizer.Token token, String replacement, double confidence) {
    }

    /** OCR mode: a word that is no known syllable, is rare, or holds digits. */
    private boolean isSuspect(SyllableTokenizer.Token t) {
        String lower = VietnameseLetters.lower(t.text());
        if (lower.chars().anyMatch(c -> Character.isDigit(c) || OcrChannel.LETTER_SYMBOLS.indexOf(c) >= 0)) {
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
        boolean hasVowel = VietnameseLetters.key(lower).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
        return !hasVowel && !Character.isUpperCase(t.text().charAt(0));
    }

    /** Candidates from the OCR channel plus the token itself (as {@code ownId} when not a known word). */
    private Slot ocrSlot(SyllableTokenizer.Token t, int fallbackId, double penalty) {
        String lower = VietnameseLetters.lower(t.text());
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
        costs.add(0.0);
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

    private double plainWordPenalty(List<SyllableTokenizer.Token> tokens) {
        int words = 0;
        int accented = 0;
        for (SyllableTokenizer.Token t : tokens) {
            if (t.kind() == SyllableTokenizer.Kind.WORD && !t.attachedToDigit()) {
                words++;
                // only known accented syllables count as evidence of good text (OCR gives "viéc", "déi")
                if (VietnameseLetters.hasDiacritics(t.text())) {
                    int id = model.id(VietnameseLetters.lower(t.text()));
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

    private Slot wordSlot(SyllableTokenizer.Token t, double penalty) {
        String lower = VietnameseLetters.lower(t.text());
        int ownId = model.id(lower);
        boolean accented = VietnameseLetters.hasDiacritics(lower);
        if (t.attachedToDigit() || (accented && channel == null)) {
            return new Slot(t, new int[] {ownId}, new String[] {lower}, new double[] {0});
        }
        if (accented) {
            penalty += OCR_ACCENT_COST;
        }
        int[] all = inventory.candidateIds(VietnameseLetters.key(lower));
        int k = Math.min(all.length, options.maxCandidates());
        boolean ownListed = false;
        for (int i = 0; i < k; i++) {
            ownListed |= all[i] == ownId && ownId != ModelData.UNK;
        }
        int n = ownListed ? k : k + 1;
        int[] ids = new int[n];
        String[] forms = new String[n];
        double[] cost = new double[n];
        int j = 0;
        if (!ownListed) {
            ids[j] = ownId;
            forms[j++] = lower;
        }
        for (int i = 0; i < k; i++) {
            ids[j] = all[i];
            forms[j] = model.token(all[i]);
            cost[j] = forms[j].equals(lower) ? 0 : penalty;
            j++;
        }
        return new Slot(t, ids, forms, cost);
    }

    private void decodeSegment(List<Slot> segment, List<Edit> edits) {
        while (!segment.isEmpty() && segment.get(segment.size() - 1).ids[0] == ModelData.COMMA
                && segment.get(segment.size() - 1).ids.length == 1) {
            segment.remove(segment.size() - 1);
        }
        if (segment.isEmpty()) {
            return;
        }
        int[] choice = search(segment);
        for (int i = 0; i < segment.size(); i++) {
            Slot slot = segment.get(i);
            if (slot.ids.length < 2 || slot.forms[choice[i]] == null) {
                continue;
            }
            SyllableTokenizer.Token t = slot.token;
            String replacement = VietnameseLetters.matchCase(t.text(), slot.forms[choice[i]]);
            if (!replacement.equals(t.text())) {
                edits.add(new Edit(t, replacement, confidence(segment, choice, i)));
            }
        }
        segment.clear();
    }

    /**
     * Beam search with recombination: hypotheses with the same last (order-1) ids are merged, the best
     * {@code beamWidth} survive each position. Returns the chosen candidate index per position.
     */
    private int[] search(List<Slot> segment) {
        int n = segment.size();
        int hist = order - 1;
        long histMask = hist >= 4 ? -1L : (1L << (16 * hist)) - 1;
        int[][] backPtr = new int[n][];
        int[][] cands = new int[n][];
        // current beam
        long[] state = {ModelData.BOS};
        int[] stateLen = {1};
        double[] score = {0};
        int size = 1;
        double[] lp = new double[16];
        NgramModel.Scorer scorer = model.scorer(order);
        int top = scorer.top(); // refs per hypothesis: where each of its contexts lives in the model
        int[] ref = null;
        int beamWidth = options.beamWidth();
        int[] best = new int[beamWidth];
        for (int pos = 0; pos < n; pos++) {
            Slot slot = segment.get(pos);
            int k = slot.ids.length;
            scorer.next(slot.ids);
            if (lp.length < k) {
                lp = new double[k];
            }
            int cap = Integer.highestOneBit(Math.max(8, size * k * 2)) << 1;
            long[] tKey = new long[cap];
            int[] tIdx = new int[cap];
            Arrays.fill(tIdx, -1);
            long[] nState = new long[size * k];
            int[] nLen = new int[size * k];
            double[] nScore = new double[size * k];
            int[] nBack = new int[size * k];
            int[] nCand = new int[size * k];
            int[] saved = new int[size * (top + 1)];
            int m = 0;
            for (int b = 0; b < size; b++) {
                scorer.score(state[b], stateLen[b], ref, b * top, lp);
                scorer.save(saved, b * (top + 1));
                for (int c = 0; c < k; c++) {
                    double s = score[b] - slot.cost[c] + lp[c];
                    long ns = ((state[b] << 16) | slot.ids[c]) & histMask;
                    int len = Math.min(stateLen[b] + 1, hist);
                    int h = (int) ((ns * 0x9E3779B97F4A7C15L) >>> 40) & (cap - 1);
                    while (tIdx[h] >= 0 && tKey[h] != ns) {
                        h = (h + 1) & (cap - 1);
                    }
                    int idx = tIdx[h];
                    if (idx < 0) {
                        idx = m++;
                        tIdx[h] = idx;
                        tKey[h] = ns;
                    } else if (s <= nScore[idx]) {
                        continue;
                    }
                    nState[idx] = ns;
                    nLen[idx] = len;
                    nScore[idx] = s;
                    nBack[idx] = b;
                    nCand[idx] = c;
                }
            }
            // keep the best beamWidth (ties broken by state for determinism): insertion into a short sorted list
            int kept = 0;
            for (int i = 0; i < m; i++) {
                double si = nScore[i];
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
            size = kept;
            state = new long[size];
            stateLen = new int[size];
            score = new double[size];
            backPtr[pos] = new int[size];
            cands[pos] = new int[size];
            ref = new int[size * top];
            for (int i = 0; i < size; i++) {
                int j = best[i];
                ref[i * top] = slot.ids[nCand[j]];
                for (int l = 1; l < nLen[j]; l++) {
                    ref[i * top + l] = scorer.savedRef(saved, nBack[j] * (top + 1), l, nCand[j]);
                }
                state[i] = nState[j];
                stateLen[i] = nLen[j];
                score[i] = nScore[j];
                backPtr[pos][i] = nBack[j];
                cands[pos][i] = nCand[j];
            }
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
            }
        }
        int[] choice = new int[n];
        for (int pos = n - 1; pos >= 0; pos--) {
            choice[pos] = cands[pos][winner];
            winner = backPtr[pos][winner];
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

    /** Posterior of the chosen candidate at position i against its alternatives, the rest of the path fixed. */
    private double confidence(List<Slot> segment, int[] choice, int i) {
        Slot slot = segment.get(i);
        double[] local = new double[slot.ids.length];
        int[] seq = new int[segment.size() + 2];
        seq[0] = ModelData.BOS;
        for (int j = 0; j < segment.size(); j++) {
            seq[j + 1] = segment.get(j).ids[choice[j]];
        }
        seq[seq.length - 1] = ModelData.EOS;
        // first term: one history (seq[..i]), every candidate at seq[i + 1] (batched); later terms: one word, a
        // history per candidate, whose contexts' places in the model are carried along as in the search
        int k = slot.ids.length;
        NgramModel.Scorer scorer = model.scorer(order);
        int top = scorer.top();
        scorer.next(slot.ids);
        double[] term = new double[Math.max(k, 1)];
        scorer.score(pack(seq, i + 1, top), i + 1, term);
        int[] refs = new int[k * top];
        int hLen = Math.min(i + 2, top); // history length of the next term
        for (int c = 0; c < k; c++) {
            local[c] = -slot.cost[c];
            local[c] += term[c];
            for (int l = 0; l < hLen; l++) {
                refs[c * top + l] = scorer.ref(l, c);
            }
        }
        int lastP = Math.min(seq.length - 1, i + order);
        int[] word = new int[1];
        double[] one = new double[1];
        for (int p = i + 2; p <= lastP; p++) {
            word[0] = seq[p];
            scorer.next(word);
            int nextLen = Math.min(p + 1, top);
            for (int c = 0; c < k; c++) {
                seq[i + 1] = slot.ids[c];
                scorer.score(pack(seq, p, top), p, refs, c * top, one);
                local[c] += one[0];
                for (int l = 0; l < nextLen; l++) {
                    refs[c * top + l] = scorer.ref(l, 0);
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, local[c]);
        }
        double sum = 0;
        for (double s : local) {
            sum += Math.pow(10, s - max);
        }
        return Math.pow(10, local[choice[i]] - max) / sum;
    }

}
