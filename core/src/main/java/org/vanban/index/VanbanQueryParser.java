package org.vanban.index;

import static org.vanban.index.IndexSchema.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Parses user query text (classic Lucene syntax: words, "phrases", -exclusions, OR, parentheses)
 * into a field-centric query over the text and title fields: each chunk of words becomes
 * {@code text^2 OR text_folded OR text_bigram OR title_text^3 OR title_folded^1.5 OR title_bigram^1.5}, the
 * words within a field all required. A document with the exact diacritics thus matches more fields
 * and ranks above a document that only matches without them.
 *
 * <p>An exclusion written with diacritics ({@code -bàn}) excludes only that exact word; written
 * without ({@code -ban}) it excludes every variant. Not thread-safe: make one per query.
 */
final class VanbanQueryParser extends QueryParser {
    /** Query fields and boosts. */
    static final Map<String, Float> FIELDS = Map.of(
            TEXT, 2f, TEXT_FOLDED, 1f, TEXT_BIGRAM, 1f,
            TITLE_TEXT, 3f, TITLE_FOLDED, 1.5f, TITLE_BIGRAM, 1.5f);
    private static final List<String> FIELD_ORDER = List.of(TEXT, TEXT_FOLDED, TEXT_BIGRAM, TITLE_TEXT, TITLE_FOLDED, TITLE_BIGRAM);
    private static final Set<String> EXACT_FIELDS = Set.of(TEXT, TITLE_TEXT);
    private static final String DEFAULT_FIELD = "_all";
    /** "word:" where word is not a field name is text, not a field query ("Điều 3:"). */
    private static final Pattern COLON = Pattern.compile("(?<=[\\p{L}\\p{N}])(?<!\\\\):");
    private static final Set<String> KNOWN_FIELDS = Set.of(TEXT, TEXT_FOLDED, TEXT_BIGRAM, TITLE_TEXT, TITLE_FOLDED,
            TITLE_BIGRAM, ISSUER, TYPE, NUMBER_KEY, SECTION_KIND, REC, ID, DOC_ID, SHA256, DATE, LOCALITY_KEY,
            QueryFilters.F_SECTION, QueryFilters.F_LOCALITY, QueryFilters.F_YEAR, QueryFilters.F_CITES);
    /** Folded syllables at least this long get one-edit fuzzy matching (residual OCR errors). */
    static final int FUZZY_MIN_LENGTH = 6;
    private static final float FUZZY_BOOST = 0.2f;

    /** Disjunctions built here whose words carry diacritics, mapped to their exact-only variant. */
    private final Map<Query, Query> exactOnly = new IdentityHashMap<>();

    /** When set, only the exact (diacritic-keeping) fields are queried: used to pick what to highlight. */
    private final boolean exactFieldsOnly;

    /** When set, long unquoted syllables also match with one wrong letter. */
    private final boolean fuzzy;

    VanbanQueryParser(boolean exactFieldsOnly, boolean fuzzy) {
        super(DEFAULT_FIELD, IndexSchema.queryAnalyzer());
        this.exactFieldsOnly = exactFieldsOnly;
        this.fuzzy = fuzzy && !exactFieldsOnly;
        // abbreviation expansions match as words (not phrases): "cải cách hành chính" stays loose, bigrams rank adjacency
        setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(false);
    }

    /**
     * Parses query text.
     *
     * @throws IllegalArgumentException with a short message when the syntax is bad or nothing is searchable
     */
    static Query parseQuery(String text) {
        return parseQuery(text, false, true);
    }

    /** Parses query text, with or without fuzzy matching of long syllables. */
    static Query parseQuery(String text, boolean fuzzy) {
        return parseQuery(text, false, fuzzy);
    }

    /**
     * Parses query text against the exact fields only, or null when that leaves nothing to search.
     * Highlighting with it first marks the words as typed, not their folded look-alikes.
     */
    static Query parseExactQuery(String text) {
        try {
            return parseQuery(text, true, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Query parseQuery(String text, boolean exactFieldsOnly, boolean fuzzy) {
        VanbanQueryParser parser = new VanbanQueryParser(exactFieldsOnly, fuzzy);
        Query q;
        try {
            q = parser.parse(groupOrOperands(escapeStrayColons(escapeSlashes(text))));
        } catch (ParseException e) {
            String userProblem = userTermProblem(e);
            if (userProblem != null) throw new IllegalArgumentException("invalid query '" + text + "': " + userProblem);
            throw new IllegalArgumentException("invalid query '" + text + "': " + syntaxProblem(text));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("query '" + text + "' is too large: " + e.getMessage());
        }
        if (q == null || q instanceof MatchNoDocsQuery
                || (q instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            throw new IllegalArgumentException("query '" + text + "' has no searchable words");
        }
        if (q instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
            // only exclusions ("-bàn"): everything except them
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    /**
     * Makes OR bind looser than the implicit AND: "quy chế OR kỷ cương" means
     * "(quy chế) OR (kỷ cương)", not classic Lucene's "+quy chế kỷ +cương".
     * Only top-level ORs (outside quotes and parentheses) are grouped.
     */
    static String groupOrOperands(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int partStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && text.startsWith("OR", i)
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && (i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2)))) {
                parts.add(text.substring(partStart, i));
                partStart = i + 2;
                i++;
            }
        }
        parts.add(text.substring(partStart));
        if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) return text; // let the parser complain
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0) sb.append(" OR ");
            sb.append('(').append(part.strip()).append(')');
        }
        return sb.toString();
    }

    /** "/" starts a regular expression in Lucene syntax; in document numbers ("39/KH-UBND") it is text. */
    static String escapeSlashes(String text) {
        return text.replaceAll("(?<!\\\\)/", "\\\\/");
    }

    static String escapeStrayColons(String text) {
        Matcher m = COLON.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int start = m.start();
            int wordStart = start;
            while (wordStart > 0 && isFieldChar(text.charAt(wordStart - 1))) wordStart--;
            String word = text.substring(wordStart, start);
            m.appendReplacement(sb, KNOWN_FIELDS.contains(word) ? ":" : "\\\\:");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isFieldChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * What is wrong with query text the parser rejected, in the user's terms (never the parser's
     * internals such as "Lexical error ... in lexical state 2").
     */
    static String syntaxProblem(String text) {
        int quotes = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 == text.length()) return "a backslash at the end escapes nothing";
                i++;
            } else if (c == '"') {
                quotes++;
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) return "a closing parenthesis ')' has no opening one" + ESCAPE_HINT;
            }
        }
        if (quotes % 2 != 0) return "a quotation mark is not closed" + ESCAPE_HINT;
        if (depth > 0) {
            return (depth == 1 ? "a parenthesis '(' is not closed" : depth + " parentheses '(' are not closed") + ESCAPE_HINT;
        }
        String t = text.strip();
        Matcher op = DANGLING_OPERATOR.matcher(t);
        if (op.find()) return "'" + op.group(1) + "' has nothing after it";
        Matcher lead = LEADING_OPERATOR.matcher(t);
        if (lead.find()) return "'" + lead.group(1) + "' has nothing before it";
        if (EMPTY_GROUP.matcher(t).find()) return "a pair of parentheses or quotation marks is empty";
        if (LEADING_WILDCARD.matcher(t).find()) return "a word cannot start with * or ?" + ESCAPE_HINT;
        Matcher range = OPEN_RANGE.matcher(t);
        if (range.find()) {
            String r = range.group().strip();
            String example = "write both ends, e.g. year:[2020 TO 2024] or year:2020..2024";
            return r.endsWith("]") || r.endsWith("}")
                    ? "the range '" + r + "' has no upper end: " + example
                    : "the range '" + r + "' is not closed: " + example + " (with the closing ']' or '}')";
        }
        Matcher special = SPECIAL.matcher(t);
        if (special.find()) return "'" + special.group() + "' is a search operator here" + ESCAPE_HINT;
        return "it cannot be read as words, \"phrases\", -exclusions, OR and parentheses" + ESCAPE_HINT;
    }

    /**
     * Said only after mistakes that a backslash mends (a stray quotation mark, parenthesis or operator
     * character); a range, a dangling operator or an empty group need another fix, named in their message.
     */
    private static final String ESCAPE_HINT = " (escape a special character with \\ to search for it)";

    private static final Pattern DANGLING_OPERATOR = Pattern.compile("(?:^|\\s)(AND|OR|NOT|[-+!]|&&|\\|\\|)\\s*\\)?$");
    private static final Pattern LEADING_OPERATOR = Pattern.compile("^\\(?\\s*(AND|OR|&&|\\|\\|)(?:\\s|$)");
    private static final Pattern EMPTY_GROUP = Pattern.compile("\\(\\s*\\)|\"\\s*\"");
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(\"])[*?]");
    /** "[2020 TO" or "{a TO b" without its closing bracket (or without an upper end). */
    private static final Pattern OPEN_RANGE = Pattern.compile(
            "(?<!\\\\)[\\[{][^\\]}]*$|(?<!\\\\)[\\[{][^\\]}]*\\bTO\\s*[\\]}]");
    private static final Pattern SPECIAL = Pattern.compile("(?<!\\\\)[\\[\\]{}^~]");

    /** "word:value" that looks like a field query but names no field (searched as plain text). */
    private static final Pattern FIELD_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(\\p{L}[\\p{L}_]*):(?=[\\p{L}\\p{N}\"(])");

    /**
     * Warnings about query text that parses but probably does not mean what the user wrote: a
     * {@code field:value} whose field does not exist is searched as plain words.
     */
    static List<String> warnings(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = FIELD_LIKE.matcher(text);
        Set<String> seen = new java.util.LinkedHashSet<>();
        while (m.find()) {
            String word = m.group(1);
            if (KNOWN_FIELDS.contains(word) || !seen.add(word)) continue;
            out.add("unknown field '" + word + "' (its words were searched as text); fields: "
                    + String.join(", ", new java.util.TreeSet<>(QueryFilters.USER_FIELDS)));
        }
        return out;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (QueryFilters.USER_FIELDS.contains(field)) return userField(field, queryText);
        if (!DEFAULT_FIELD.equals(field)) return super.getFieldQuery(field, queryText, quoted);
        if (quoted) {
            List<String> alternatives = VietnameseAbbreviations.alternatives(queryText);
            if (!alternatives.isEmpty()) return phraseOrAbbreviation(queryText, alternatives);
        }
        Query q = multiField(queryText, quoted, f -> super.getFieldQuery(f, queryText, quoted));
        return q == null || quoted || !fuzzy ? q : withFuzzy(q, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (QueryFilters.USER_FIELDS.contains(field)) return userField(field, queryText);
        if (!DEFAULT_FIELD.equals(field)) return super.getFieldQuery(field, queryText, slop);
        if (slop == 0) {
            // the parser hands quoted text here: a phrase that is an abbreviation or its expansion
            List<String> alternatives = VietnameseAbbreviations.alternatives(queryText);
            if (!alternatives.isEmpty()) return phraseOrAbbreviation(queryText, alternatives);
        }
        return multiField(queryText, slop == 0, f -> super.getFieldQuery(f, queryText, slop));
    }

    /**
     * A quoted phrase that is as a whole an abbreviation or its expansion: each form as a plain
     * phrase (no synonym graph, whose span queries are slow on common phrases), any of them.
     */
    private Query phraseOrAbbreviation(String queryText, List<String> alternatives) throws ParseException {
        setAnalyzer(IndexSchema.analyzer());
        try {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            Query original = multiField(queryText, true, f -> super.getFieldQuery(f, queryText, true));
            if (original == null) return null;
            any.add(original, Occur.SHOULD);
            for (String alt : alternatives) {
                Query q = multiField(alt, true, f -> super.getFieldQuery(f, alt, true));
                if (q != null) any.add(q, Occur.SHOULD);
            }
            Query result = wrap(any.build());
            Query exact = exactOnly.get(original);
            if (exact != null) exactOnly.put(result, exact);
            return result;
        } finally {
            setAnalyzer(IndexSchema.queryAnalyzer());
        }
    }

    /** A user field ({@code type: section: locality: year: issuer: cites:}) as a filter that does not change scores. */
    private Query userField(String field, String value) throws ParseException {
        try {
            return new BoostQuery(new ConstantScoreQuery(QueryFilters.fieldFilter(field, value)), 0f);
        } catch (IllegalArgumentException e) {
            throw new UserTermProblem(e.getMessage());
        }
    }

    /** A problem with what the user asked for (an unknown type, a range without a field), already in the user's terms. */
    private static final class UserTermProblem extends ParseException {
        UserTermProblem(String message) {
            super(message);
        }
    }

    /** The user-term problem behind a parse failure, or null when Lucene's grammar itself rejected the text. */
    private static String userTermProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserTermProblem) return t.getMessage();
        }
        return null;
    }

    /**
     * Adds a fuzzy alternative to a chunk of words: every folded syllable of at least
     * {@link #FUZZY_MIN_LENGTH} letters may differ by one edit (not in the first letter).
     */
    private Query withFuzzy(Query q, String queryText) {
        List<String> words = QueryFilters.analyze(new VietnameseFoldingAnalyzer(), queryText);
        if (words.isEmpty() || words.stream().noneMatch(w -> w.length() >= FUZZY_MIN_LENGTH)) return q;
        BooleanQuery.Builder fuzzyAll = new BooleanQuery.Builder();
        for (String w : words) {
            Term t = new Term(TEXT_FOLDED, w);
            fuzzyAll.add(w.length() >= FUZZY_MIN_LENGTH ? new FuzzyQuery(t, 1, 1, 20, true) : new TermQuery(t), Occur.MUST);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(q, Occur.SHOULD)
                .add(new BoostQuery(fuzzyAll.build(), FUZZY_BOOST), Occur.SHOULD);
        Query result = wrap(either.build());
        Query exact = exactOnly.remove(q);
        if (exact != null) exactOnly.put(result, exact);
        return result;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (!DEFAULT_FIELD.equals(field)) return super.getPrefixQuery(field, termStr);
        return multiTerm(termStr, (f, t) -> super.getPrefixQuery(f, t));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (!DEFAULT_FIELD.equals(field)) return super.getWildcardQuery(field, termStr);
        return multiTerm(termStr, (f, t) -> super.getWildcardQuery(f, t));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (!DEFAULT_FIELD.equals(field)) return super.getFuzzyQuery(field, termStr, minSimilarity);
        return multiTerm(termStr, (f, t) -> super.getFuzzyQuery(f, t, minSimilarity));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (DEFAULT_FIELD.equals(field)) throw new UserTermProblem("ranges need a field, e.g. year:2020..2021");
        if (QueryFilters.F_YEAR.equals(field)) {
            return userField(field, ("*".equals(part1) || part1 == null ? "" : part1) + ".."
                    + ("*".equals(part2) || part2 == null ? "" : part2));
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        List<BooleanClause> fixed = new ArrayList<>(clauses.size());
        for (BooleanClause c : clauses) {
            Query exact = c.getOccur() == Occur.MUST_NOT ? exactOnly.get(c.getQuery()) : null;
            fixed.add(exact == null ? c : new BooleanClause(exact, Occur.MUST_NOT));
        }
        return super.getBooleanQuery(fixed);
    }

    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    private interface TermQueryBuilder {
        Query build(String field, String term) throws ParseException;
    }

    /** Fields whose matches decide whether a record matches: every other field only matches where these do. */
    private static final Set<String> MATCHING_FIELDS = Set.of(TEXT_FOLDED, TITLE_FOLDED);
    private static final Set<String> BIGRAM_FIELDS = Set.of(TEXT_BIGRAM, TITLE_BIGRAM);

    /**
     * One chunk of words over all fields. A record matches when the folded text or title matches
     * (an exact or bigram match implies a folded one), so the folded fields are the required
     * part and the exact and bigram fields add to the score as optional clauses: the score is the
     * same sum as a disjunction of all fields, and counting and faceting (no scores) skip the
     * optional clauses entirely.
     */
    private Query multiField(String queryText, boolean exactPhrase, FieldQuery perField) throws ParseException {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        List<Query> boosts = new ArrayList<>();
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        int nMatching = 0;
        int nExact = 0;
        Map<String, Query> perFieldQueries = new java.util.LinkedHashMap<>();
        for (String f : FIELD_ORDER) {
            if (exactFieldsOnly && !EXACT_FIELDS.contains(f)) continue;
            Query q = perField.build(f);
            if (q != null) perFieldQueries.put(f, q);
        }
        // An exact phrase of two or more syllables is matched on the bigram fields: a phrase of
        // syllable pairs (or one pair: a term) is the same set as the folded phrase, with far fewer
        // positions to check. The folded fields then only count where abbreviations expanded.
        boolean bigramPhrase = exactPhrase && !exactFieldsOnly && perFieldQueries.containsKey(TEXT_BIGRAM);
        Set<String> matchingFields = bigramPhrase ? BIGRAM_FIELDS : MATCHING_FIELDS;
        for (Map.Entry<String, Query> e : perFieldQueries.entrySet()) {
            String f = e.getKey();
            Query q = e.getValue();
            if (bigramPhrase && MATCHING_FIELDS.contains(f)) {
                if (q instanceof PhraseQuery || q instanceof TermQuery) continue; // same matches as the bigram phrase
                matching.add(new BoostQuery(q, FIELDS.get(f)), Occur.SHOULD); // abbreviation alternatives
                nMatching++;
                continue;
            }
            Query boosted = new BoostQuery(q, FIELDS.get(f));
            if (bigramPhrase && EXACT_FIELDS.contains(f) && q instanceof PhraseQuery pq) {
                // the bigram phrase already checks the order: the exact-diacritics boost only needs the
                // words, which is far cheaper than a second phrase; exclusions keep the exact phrase
                BooleanQuery.Builder words = new BooleanQuery.Builder();
                for (Term t : pq.getTerms()) words.add(new TermQuery(t), Occur.MUST);
                boosts.add(new BoostQuery(words.build(), FIELDS.get(f)));
                exact.add(boosted, Occur.SHOULD);
                nExact++;
                continue;
            }
            if (matchingFields.contains(f) || exactFieldsOnly) {
                matching.add(boosted, Occur.SHOULD);
                nMatching++;
            } else {
                boosts.add(boosted);
            }
            if (EXACT_FIELDS.contains(f)) {
                exact.add(boosted, Occur.SHOULD);
                nExact++;
            }
        }
        Query result;
        if (nMatching == 0) {
            if (boosts.isEmpty()) return null;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boosts.forEach(b -> any.add(b, Occur.SHOULD));
            result = wrap(any.build());
        } else {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching.build(), Occur.MUST);
            boosts.forEach(q -> b.add(q, Occur.SHOULD));
            // wrapped: the parser splices the clauses of a returned BooleanQuery into its own (sow=false)
            result = wrap(b.build());
        }
        if (nExact > 0 && hasDiacritics(queryText)) exactOnly.put(result, wrap(exact.build()));
        return result;
    }

    private Query multiTerm(String termStr, TermQueryBuilder perField) throws ParseException {
        String exactTerm = Normalizer.normalize(termStr, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String foldedTerm = foldKeepingWildcards(exactTerm);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(perField.build(TEXT, exactTerm), FIELDS.get(TEXT)), Occur.SHOULD);
        if (!exactFieldsOnly) b.add(new BoostQuery(perField.build(TEXT_FOLDED, foldedTerm), FIELDS.get(TEXT_FOLDED)), Occur.SHOULD);
        return wrap(b.build());
    }

    private static Query wrap(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST).build();
    }

    /** Folds the letters of a wildcard term, keeping * and ?. */
    private static String foldKeepingWildcards(String term) {
        StringBuilder sb = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (c == '*' || c == '?') {
                sb.append(IndexSchema.fold(run.toString()).replace(" ", "")).append(c);
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        return sb.append(IndexSchema.fold(run.toString()).replace(" ", "")).toString();
    }

    /** Whether the text has any non-ASCII letter (a diacritic or đ). */
    private static boolean hasDiacritics(String text) {
        return text.chars().filter(Character::isLetter).anyMatch(c -> c >= 128);
    }
}
