package org.vanban.text.lm;

import java.util.HashMap;
import java.util.Map;
import org.vanban.vi.Fold;

/**
 * The accented forms the decoder chose with confidence in one document, as a cache model (Kuhn and De Mori 1990)
 * over forms of one folded spelling: a document about a ward writes {@code phường} again and again, while the model,
 * alone on an ambiguous line, prefers the commoner {@code phương}. A form's training share among the forms of its
 * spelling, p_lm(w | f), is interpolated with its share among the document's confident choices, p_doc(w | f):
 * p(w | f) = (1 - λ) p_lm + λ p_doc, and the decoder gets log10 of p / p_lm as a bonus (negative for a form the
 * document does not use). Context still decides: a bonus is a fraction of a log10 unit against the n-gram model's
 * own differences ({@code địa phương} stays, whatever the document says about wards).
 *
 * <p>Every occurrence is judged on the others only (leave one out), so a word cannot vote for itself, and a
 * spelling needs {@link #MIN_EVIDENCE} confident choices elsewhere before it counts. One instance per document,
 * filled in a first pass and read in a second; not thread-safe.
 */
final class DocumentForms {
    /** A choice counts as evidence only when the decoder gave it this posterior or more. */
    static final double MIN_CONFIDENCE = 0.9;
    /** Confident choices of a spelling, not counting the word judged, before the document's forms count. */
    static final int MIN_EVIDENCE = 2;
    /** Weight of the document's forms against the model's (λ). */
    static final double LAMBDA = 0.5;
    /** Largest bonus, log10: a form the training text rarely shows is not made more than this much likelier. */
    static final double MAX_BONUS = 1.0;

    private final SyllableInventory inventory;
    /** folded spelling -> form -> confident choices */
    private final Map<String, Map<String, Integer>> chosen = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Double> trainingTotals = new HashMap<>();

    DocumentForms(SyllableInventory inventory) {
        this.inventory = inventory;
    }

    /** True when a choice with this confidence is evidence. */
    static boolean counts(double confidence) {
        return confidence >= MIN_CONFIDENCE;
    }

    /**
     * True when a bonus {@code gain} (log10) more for another candidate than for the chosen one could overturn a
     * choice made with posterior {@code confidence}: its log10 odds are below the gain.
     */
    static boolean mayOverturn(double confidence, double gain) {
        return gain > 0 && confidence < 1 && Math.log10(confidence / (1 - confidence)) < gain;
    }

    /**
     * Largest gain {@link #mayOverturn} is asked about: a candidate's bonus is at most {@link #MAX_BONUS}, the
     * chosen form's at least log10(1 - λ) (a form the document does not use).
     */
    static final double MAX_GAIN = MAX_BONUS - Math.log10(1 - LAMBDA);
    /** Posterior from which on no bonus can overturn a choice: its log10 odds reach {@link #MAX_GAIN}. */
    private static final double BEYOND_BONUS = Math.pow(10, MAX_GAIN) / (1 + Math.pow(10, MAX_GAIN));
    /** Room for rounding between a bound and the posterior it bounds (both worked out in doubles). */
    private static final double ROUNDING = 1e-9;

    /**
     * True when a first-pass choice {@code forms[own]} whose posterior is at least {@code atLeast} is known to count
     * as evidence and can never be overturned by a bonus, whatever the document holds: then the exact posterior
     * changes nothing in the second pass. A choice without another accent form of its spelling among the candidates
     * gets no bonus ({@link #bonuses}), so it only has to count.
     */
    static boolean settled(double atLeast, String[] forms, int own) {
        if (!counts(atLeast - ROUNDING)) {
            return false;
        }
        if (atLeast - ROUNDING >= BEYOND_BONUS || forms[own] == null) {
            return true;
        }
        String fold = Fold.lower(forms[own]);
        for (int c = 0; c < forms.length; c++) {
            if (c != own && forms[c] != null && fold.equals(Fold.lower(forms[c]))) {
                return false;
            }
        }
        return true;
    }

    /** Records a choice of the first pass ({@code form} lower-case); choices below {@link #MIN_CONFIDENCE} are not kept. */
    void observe(String form, double confidence) {
        if (form == null || !counts(confidence)) {
            return;
        }
        String fold = Fold.lower(form);
        chosen.computeIfAbsent(fold, k -> new HashMap<>()).merge(form, 1, Integer::sum);
        totals.merge(fold, 1, Integer::sum);
    }

    /** True when nothing was observed (the second pass has nothing to do). */
    boolean isEmpty() {
        return totals.isEmpty();
    }

    /**
     * Bonus (log10) of each candidate of one word ({@code forms[c]} lower-case, null for a fixed token) over its
     * first-pass choice {@code own} (made with {@code ownConfidence}), judged on the document without that choice.
     * Only the other accent forms of the chosen spelling get one (the OCR channel's readings of other spellings keep
     * 0, as the choice itself): the second pass decides between forms of one spelling, nothing else. Null when the
     * document holds too few confident choices of the spelling.
     */
    double[] bonuses(int[] ids, String[] forms, int own, double ownConfidence) {
        String ownForm = own >= 0 ? forms[own] : null;
        if (ownForm == null) {
            return null;
        }
        String fold = Fold.lower(ownForm);
        Integer total = totals.get(fold);
        boolean ownCounted = counts(ownConfidence);
        int n = total == null ? 0 : total - (ownCounted ? 1 : 0);
        if (n < MIN_EVIDENCE) {
            return null;
        }
        Map<String, Integer> forFold = chosen.get(fold);
        double[] out = null;
        double ownBonus = bonus(ids[own], ownForm, fold, forFold, n, ownCounted ? ownForm : null);
        for (int c = 0; c < forms.length; c++) {
            if (c == own || forms[c] == null || !fold.equals(Fold.lower(forms[c]))) {
                continue;
            }
            if (out == null) {
                out = new double[forms.length];
            }
            out[c] = bonus(ids[c], forms[c], fold, forFold, n, ownCounted ? ownForm : null) - ownBonus;
        }
        return out;
    }

    /** log10 of p(w | f) / p_lm(w | f), capped at {@link #MAX_BONUS}; {@code leftOut} is the judged word's own choice. */
    private double bonus(int id, String form, String fold, Map<String, Integer> forFold, int n, String leftOut) {
        int k = forFold.getOrDefault(form, 0) - (form.equals(leftOut) ? 1 : 0);
        double pDoc = (double) k / n;
        double pLm = trainingShare(id, fold);
        return Math.min(MAX_BONUS, Math.log10((1 - LAMBDA) + LAMBDA * pDoc / pLm));
    }

    /** The form's share of the training counts of its spelling's forms (at least one count, so never 0). */
    private double trainingShare(int id, String fold) {
        double all = trainingTotals.computeIfAbsent(fold, f -> {
            double sum = 0;
            for (int i : inventory.candidateIds(f)) {
                sum += inventory.count(i);
            }
            return sum;
        });
        double own = id >= ModelData.FIRST_WORD ? Math.max(1, inventory.count(id)) : 1;
        return own / Math.max(own, all);
    }
}
