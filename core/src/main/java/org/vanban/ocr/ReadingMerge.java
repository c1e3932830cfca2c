package org.vanban.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Two readings of one page merged word by word: the kept reading's text and layout, with a word replaced by the
 * other reading's word in the same place when that one scores better. Both readings must be in the same pixels
 * (the pool moves every reading back onto the source image). A word of the kept reading has a counterpart only
 * when exactly one word of the other reading covers the same box (boxes overlapping by at least
 * {@link #MIN_OVERLAP} of their union, each the other's best match, and no other word of either reading lying partly
 * in the box): splits and joins are left as they are.
 * Of two different words in one place the one with the higher score wins: Tesseract's confidence in it (0..1) plus
 * {@link #CONTEXT_WEIGHT} times the scorer's score of a few words around it with it in place (so that a misread
 * mark the language does not expect there loses), the other reading's word only by more than {@link #MARGIN}.
 */
public final class ReadingMerge {

    /** Overlap (intersection over union of the boxes) at which two words are read as one word in one place. */
    static final double MIN_OVERLAP = 0.5;
    /** Share of a word's box inside another's at which it counts as part of that word (a split, a join). */
    static final double MOSTLY = 0.3;
    /**
     * Weight of the context's language score against the word's confidence (0..1): 2 on the offline probe (seed 29,
     * {@code ReadingMergeProbe}, BENCHMARKS.md issue 13 s25-ocr; weights 2-4 and margins 0.02-0.05 within 0.02 points).
     */
    static final double CONTEXT_WEIGHT = 2.0;
    /** How much better the other reading's word must score to replace the kept one. */
    static final double MARGIN = 0.02;
    /** Words on each side of the word in its context. */
    static final int CONTEXT = 2;

    private ReadingMerge() { }

    /** What a merge did: the merged reading and how many words came from the other reading. */
    public record Merged(OcrResult reading, int replaced, int compared) { }

    /**
     * {@code kept} with its words replaced by {@code other}'s where those score better ({@link ReadingMerge}); the
     * mean confidence stays {@code kept}'s. Readings without words are returned as they are.
     */
    public static Merged merge(OcrResult kept, OcrResult other, ReadingScorer scorer) {
        return merge(kept, other, scorer, CONTEXT_WEIGHT, MARGIN);
    }

    /** {@link #merge(OcrResult, OcrResult, ReadingScorer)} with its two weights given (to choose them on measured pages). */
    public static Merged merge(OcrResult kept, OcrResult other, ReadingScorer scorer, double contextWeight, double margin) {
        List<OcrWord> a = kept.words(), b = other.words();
        if (a.isEmpty() || b.isEmpty()) return new Merged(kept, 0, 0);
        int[] ab = bestMatches(a, b), ba = bestMatches(b, a);
        List<String> texts = new ArrayList<>(a.size());
        for (OcrWord w : a) texts.add(w.text());
        List<OcrWord> words = new ArrayList<>(a);
        int replaced = 0, compared = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = ab[i];
            if (j < 0 || ba[j] != i) continue;
            OcrWord wa = a.get(i), wb = b.get(j);
            if (covering(wa, b) != 1 || covering(wb, a) != 1) continue; // a split or a join
            if (nfc(wa.text()).equals(nfc(wb.text()))) continue;
            compared++;
            double sa = wa.confidence() / 100.0 + contextWeight * scorer.score(context(texts, i, wa.text()));
            double sb = wb.confidence() / 100.0 + contextWeight * scorer.score(context(texts, i, wb.text()));
            if (sb > sa + margin) {
                texts.set(i, wb.text());
                words.set(i, new OcrWord(wb.text(), wa.x(), wa.y(), wa.width(), wa.height(), wb.confidence()));
                replaced++;
            }
        }
        if (replaced == 0) return new Merged(kept, 0, compared);
        return new Merged(new OcrResult(replaceWords(kept.text(), a, texts), kept.meanConfidence(), words), replaced, compared);
    }

    /** For each word of {@code a}, the index of the word of {@code b} it overlaps most (at least MIN_OVERLAP), or -1. */
    private static int[] bestMatches(List<OcrWord> a, List<OcrWord> b) {
        int[] out = new int[a.size()];
        for (int i = 0; i < a.size(); i++) {
            OcrWord wa = a.get(i);
            double best = MIN_OVERLAP;
            int at = -1;
            for (int j = 0; j < b.size(); j++) {
                double o = overlap(wa, b.get(j));
                if (o >= best) {
                    best = o;
                    at = j;
                }
            }
            out[i] = at;
        }
        return out;
    }

    /** How many words of {@code ws} lie mostly ({@link #MOSTLY} of their box) inside {@code w}'s box. */
    private static int covering(OcrWord w, List<OcrWord> ws) {
        int n = 0;
        for (OcrWord q : ws) {
            if (intersection(w, q) > MOSTLY * q.width() * q.height()) n++;
        }
        return n;
    }

    private static double intersection(OcrWord p, OcrWord q) {
        long ix = Math.min(p.x() + p.width(), q.x() + q.width()) - Math.max(p.x(), q.x());
        long iy = Math.min(p.y() + p.height(), q.y() + q.height()) - Math.max(p.y(), q.y());
        return ix <= 0 || iy <= 0 ? 0 : (double) ix * iy;
    }

    /** Intersection over union of two boxes, 0 when they do not meet. */
    static double overlap(OcrWord p, OcrWord q) {
        double inter = intersection(p, q);
        if (inter == 0) return 0;
        double union = (double) p.width() * p.height() + (double) q.width() * q.height() - inter;
        return inter / union;
    }

    /** The words around word {@code i} with {@code word} in its place. */
    private static String context(List<String> texts, int i, String word) {
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - CONTEXT); k <= Math.min(texts.size() - 1, i + CONTEXT); k++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(k == i ? word : texts.get(k));
        }
        return sb.toString();
    }

    /**
     * The page text with its words, found in order, replaced by {@code texts}; a word not found where expected (the
     * text and the word list disagree) is left as it is.
     */
    static String replaceWords(String text, List<OcrWord> words, List<String> texts) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            int k = text.indexOf(w, at);
            if (k < 0) continue;
            out.append(text, at, k).append(texts.get(i));
            at = k + w.length();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
