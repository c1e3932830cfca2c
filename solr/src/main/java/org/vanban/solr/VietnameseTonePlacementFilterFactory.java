package org.vanban.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.vanban.index.VietnameseTonePlacementFilter;

/**
 * SPI factory of {@link VietnameseTonePlacementFilter} (hoà = hòa: one tone placement in the diacritic-keeping fields),
 * as Lucene's analysis-common does it: the SPI {@link #NAME} used in Solr schemas
 * ({@code <filter name="vietnameseTonePlacement"/>}), a {@code Map} constructor that rejects unknown arguments,
 * {@link #create} and {@link #normalize} (prefix, wildcard and fuzzy query terms get the same placement).
 */
public class VietnameseTonePlacementFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseTonePlacement";

    public VietnameseTonePlacementFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For the SPI loader only (Lucene requires it and that it throws). */
    public VietnameseTonePlacementFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseTonePlacementFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
