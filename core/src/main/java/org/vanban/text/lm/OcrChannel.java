package org.vanban.text.lm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vanban.vi.Fold;

/**
 * The OCR confusion channel for text read by an English OCR model: it proposes Vietnamese
 * syllables for a damaged token ({@code s6 -> số}, {@code d6i -> đối}, {@code 1am -> làm}, {@code Pinh -> Định},
 * {@code cuwong -> cường}, {@code chirc -> chức}, {@code viéc -> việc}) with a cost in log10 units, from a
 * weighted edit distance between the token (lower-cased, accents folded, digits kept) and the folded syllables of
 * the inventory. The costs come from a {@link ChannelTable}: by default the table learned from aligned OCR pairs
 * ({@link ChannelTrainer}, {@code models/ocr-channel-eng.tsv}), else the hand-seeded fallback. Known confusions
 * (digit for letter, {@code P/B} for {@code Đ}, {@code ir} for {@code ư}, {@code uw} for {@code ư} ...) are
 * cheap; other edits are expensive, so the language model must strongly prefer a candidate before it replaces
 * the token. Forms without a vowel ({@code h}, {@code k}) are never proposed for a longer token ({@code nh}).
 * Immutable and thread-safe.
 */
public final class OcrChannel {

    /**
     * One proposed syllable.
     *
     * @param id   model id
     * @param form lower-case accented syllable
     * @param cost channel cost, log10 units (0 = no edit besides accents)
     */
    public record Candidate(int id, String form, double cost) {
    }

    /** Cut-off of the hand-seeded table: candidates costing more are not proposed. */
    static final double MAX_COST = 3.0;

    private static final ChannelCosts HAND_SEEDED = new ChannelCosts(ChannelTable.handSeeded());

    private final NgramModel model;
    private final SyllableInventory inventory;
    private final int formsPerKey;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Candidate>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private final ChannelCosts costs;

    /** A channel over the inventory of a model with the default table ({@link ChannelTable#defaultTable()}). */
    public OcrChannel(NgramModel model, SyllableInventory inventory, int formsPerKey) {
        this(model, inventory, formsPerKey, ChannelTable.defaultTable());
    }

    /** A channel over the inventory of a model with the given confusion costs. */
    public OcrChannel(NgramModel model, SyllableInventory inventory, int formsPerKey, ChannelTable table) {
        if (table == null) {
            throw new IllegalArgumentException("channel table must not be null");
        }
        this.model = model;
        this.inventory = inventory;
        this.formsPerKey = formsPerKey;
        this.costs = table == ChannelTable.handSeeded() ? HAND_SEEDED : new ChannelCosts(table);
    }

    /** The confusion costs in use. */
    public ChannelTable table() {
        return costs.table();
    }

    /** Chars a confusion may start from: digits that look like letters. */
    static boolean isConfusableDigit(char c) {
        return "013456789".indexOf(c) >= 0;
    }

    /**
     * Syllables the damaged token may stand for, cheapest first (at most {@code max}); the token's own accent
     * folding costs nothing, so {@code viéc} proposes {@code việc} at cost 0.
     */
    public List<Candidate> candidates(String token, int max) {
        String s = mapSymbols(Fold.lower(token));
        String cacheKey = s + '\u0000' + max;
        List<Candidate> cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<Candidate> result = search(s, max);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(cacheKey, result);
        return result;
    }

    private List<Candidate> search(String s, int max) {
        List<Candidate> out = new ArrayList<>();
        ChannelCosts.Prefixes dist = costs.new Prefixes(s, s.length() + 2);
        double limit = costs.maxCost();
        // the keys are sorted: those sharing a prefix every extension of which is beyond the limit follow each other
        String dead = null;
        int deadLength = 0;
        for (String key : inventory.keys()) {
            if (dead != null) {
                if (key.length() >= deadLength && key.regionMatches(0, dead, 0, deadLength)) {
                    continue;
                }
                dead = null;
            }
            // a form without a vowel (h, k, đ as a list label) is only proposed for a token of the same length
            // ("p" -> "đ"): a fragment like "nh" is never shortened to "h"
            if (Math.abs(key.length() - s.length()) > 2 || key.isEmpty()
                    || (key.length() < s.length() && !hasVowel(key))) {
                continue;
            }
            double d = dist.distance(key);
            if (d > limit) {
                deadLength = dist.deadPrefix(limit);
                dead = deadLength > 0 ? key : null;
                continue;
            }
            int[] ids = inventory.candidateIds(key);
            for (int i = 0, taken = 0; i < ids.length && taken < formsPerKey; i++) {
                String form = model.token(ids[i]);
                // the corpus holds OCR debris and foreign words (hw, two, horn): the channel proposes syllables only
                if (org.vanban.vi.Syllables.isValid(form)) {
                    out.add(new Candidate(ids[i], form, d));
                    taken++;
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::cost)
                .thenComparing(c -> -inventory.count(c.id()))
                .thenComparing(Candidate::form));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /**
     * Symbols an English OCR model puts for Vietnamese letters: € for ệ, ¥ for ỹ (read as the letters they are drawn
     * from), ¢ (for ê/ệ, c, ơ in real scans: left to the learned and the unseen-symbol costs).
     */
    static final String LETTER_SYMBOLS = "€¥¢";

    /**
     * A symbol an English OCR model may put for a letter of a damaged scan: {@link #LETTER_SYMBOLS}, any currency or
     * other symbol ({@code © ® °}), and {@code & @ §}. Inside a word the channel reads it as a letter at its learned
     * cost, or at the table's default substitution cost when the training pages never showed it.
     */
    static boolean isLetterSymbol(char c) {
        int type = Character.getType(c);
        return LETTER_SYMBOLS.indexOf(c) >= 0 || c == '&' || c == '@' || c == '§'
                || type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    static String mapSymbols(String s) {
        return s.replace('€', 'e').replace('¥', 'y');
    }

    /** True when the folded key holds a vowel letter. */
    static boolean hasVowel(String key) {
        for (int i = 0; i < key.length(); i++) {
            if ("aeiouy".indexOf(key.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Weighted edit distance from the OCR string {@code s} to the folded syllable {@code k}, hand-seeded costs. */
    static double distance(String s, String k) {
        return HAND_SEEDED.distance(s, k);
    }

    /** The same distance with the costs of this channel. */
    double cost(String s, String k) {
        return costs.distance(mapSymbols(Fold.lower(s)), k);
    }
}
