package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.vanban.vi.Abbreviations;

/**
 * Common abbreviations of Vietnamese administrative writing (chữ viết tắt) and their expansions,
 * as Lucene {@link SynonymMap}s that map both ways: {@code UBND} ↔ {@code Ủy ban nhân dân}.
 * Used at query time only, through {@link VietnameseExactAnalyzer#withSynonyms} and
 * {@link VietnameseFoldingAnalyzer#withSynonyms}, so the index stays as written.
 *
 * <p>Depends only on Lucene, ICU and {@code org.vanban.vi} so it can be reused in Solr or OpenSearch.
 */
public final class VietnameseAbbreviations {
    private VietnameseAbbreviations() {}

    /**
     * Abbreviation → its written-out forms (tone-mark variants included: "Ủy"/"Uỷ"): the entries of
     * {@link Abbreviations} that have expansions, but unit types (TT is also thông tư).
     */
    public static final Map<String, List<String>> TABLE =
            Abbreviations.withExpansions(EnumSet.of(Abbreviations.Kind.UNIT_TYPE));

    /**
     * The abbreviations as a synonym map in the token form {@code analyzer} produces (lower-cased
     * syllables, folded or not), both directions, originals kept.
     */
    public static SynonymMap synonyms(Analyzer analyzer) {
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        for (var e : TABLE.entrySet()) {
            Set<CharsRef> forms = new LinkedHashSet<>();
            forms.add(phrase(analyzer, e.getKey()));
            for (String s : e.getValue()) forms.add(phrase(analyzer, s));
            List<CharsRef> list = new ArrayList<>(forms);
            for (CharsRef from : list) {
                for (CharsRef to : list) if (!from.equals(to)) b.add(from, to, true);
            }
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Analyzer FOLDING = new VietnameseFoldingAnalyzer();
    /** Folded form (syllables joined by spaces) → every form of its entry as written. */
    private static final Map<String, List<String>> FORMS_BY_FOLDED = formsByFolded();

    private static Map<String, List<String>> formsByFolded() {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (var e : TABLE.entrySet()) {
            List<String> forms = new ArrayList<>();
            forms.add(e.getKey());
            forms.addAll(e.getValue());
            for (String f : forms) out.putIfAbsent(folded(f), forms);
        }
        return Map.copyOf(out);
    }

    private static String folded(String text) {
        CharsRef ref = phrase(FOLDING, text);
        return ref.toString().replace(SynonymMap.WORD_SEPARATOR, ' ');
    }

    /**
     * When {@code text} as a whole is an abbreviation or one of its written-out forms (ignoring
     * case, diacritics and punctuation), the other forms of that entry; otherwise an empty list.
     * "thủ tục hành chính" → ["TTHC"]; "UBND" → ["Ủy ban nhân dân", "Uỷ ban nhân dân"].
     */
    public static List<String> alternatives(String text) {
        String key = folded(text);
        List<String> forms = FORMS_BY_FOLDED.get(key);
        if (forms == null) return List.of();
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(key));
        for (String f : forms) if (seen.add(folded(f))) out.add(f);
        return out;
    }

    private static CharsRef phrase(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) words.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SynonymMap.Builder.join(words.toArray(new String[0]), new CharsRefBuilder());
    }
}
