package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Collects what an analyzer produces, in the spirit of Lucene's BaseTokenStreamTestCase. */
final class AnalyzerTestSupport {
    private AnalyzerTestSupport() {}

    record Token(String term, int start, int end, int posInc) {}

    static List<String> terms(Analyzer a, String text) {
        return tokens(a, text).stream().map(Token::term).toList();
    }

    static List<Token> tokens(Analyzer a, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), pos.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
