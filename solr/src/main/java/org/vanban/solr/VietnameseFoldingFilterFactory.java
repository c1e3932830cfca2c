package org.vanban.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.vanban.index.VietnameseFoldingFilter;

/**
 * SPI factory of {@link VietnameseFoldingFilter} (bỏ dấu: diacritics removed, đ → d), as Lucene's analysis-common
 * does it: the SPI {@link #NAME} used in Solr schemas ({@code <filter name="vietnameseFolding"/>}), a {@code Map}
 * constructor that rejects unknown arguments, {@link #create} and {@link #normalize} (the filter works per character,
 * so prefix, wildcard and fuzzy query terms are folded too).
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseFolding";

    public VietnameseFoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For the SPI loader only (Lucene requires it and that it throws). */
    public VietnameseFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
