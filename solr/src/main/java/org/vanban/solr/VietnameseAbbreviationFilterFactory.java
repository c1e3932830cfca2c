package org.vanban.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.vanban.index.VietnameseAbbreviations;
import org.vanban.index.VietnameseExactAnalyzer;
import org.vanban.index.VietnameseFoldingAnalyzer;

/**
 * SPI factory of the query-time abbreviation expansion of vanban's analyzers ({@link VietnameseAbbreviations}:
 * "UBND" ↔ "Ủy ban nhân dân", both ways), a {@link SynonymGraphFilter} over the table built with the analyzer of
 * the chain it ends: {@code folded="true"} after {@code vietnameseFolding} (as
 * {@link VietnameseFoldingAnalyzer#withSynonyms()}), {@code folded="false"} (default) after lower case (as
 * {@link VietnameseExactAnalyzer#withSynonyms()}). Use it in query analyzers only, like the analyzers do.
 * {@link #normalize} leaves the token alone (a synonym is no per-character normalisation).
 */
public class VietnameseAbbreviationFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseAbbreviations";

    private static final SynonymMap EXACT = VietnameseAbbreviations.synonyms(new VietnameseExactAnalyzer());
    private static final SynonymMap FOLDED = VietnameseAbbreviations.synonyms(new VietnameseFoldingAnalyzer());

    private final SynonymMap synonyms;

    public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
        super(args);
        synonyms = getBoolean(args, "folded", false) ? FOLDED : EXACT;
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For the SPI loader only (Lucene requires it and that it throws). */
    public VietnameseAbbreviationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, synonyms, true);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return input;
    }
}
