package org.vanban.lab.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vanban.index.SearchRequest;
import org.vanban.lab.tools.SyllableErrorRate;
import org.vanban.model.DocType;
import org.vanban.model.Section;
import org.vanban.model.VanbanDocument;
import org.vanban.vi.Fold;

/**
 * Queries drawn from the text of the indexed documents, every one different, so a latency run does not measure a
 * hot cache of a few dozen queries. Sections are sampled while the documents are generated (a reservoir of
 * {@code capacity} sections, with its own random source, so sampling never changes the documents), then each query
 * takes words of one sampled section:
 * <ul>
 *   <li>{@code words}: two or three words near each other, unquoted;</li>
 *   <li>{@code folded}: the same, accents removed, as users type them;</li>
 *   <li>{@code phrases}: two to four consecutive words in quotes;</li>
 *   <li>{@code fielded}: a word or two with {@code section:}, {@code type:} and {@code year:}, or {@code locality:};</li>
 *   <li>{@code faceted}: words with a locality, type or section filter, counted with facets.</li>
 * </ul>
 * {@link #draw} returns distinct queries: warm-up and timed queries come from one call, so none repeats.
 */
final class DrawnQueries {
    static final List<String> KINDS = List.of("words", "folded", "phrases", "fielded", "faceted");

    /** One sampled section with what the fielded and faceted queries need of its document. */
    record Sample(String text, String sectionKey, DocType type, int year, String place) {}

    private final List<Sample> reservoir = new ArrayList<>();
    private final int capacity;
    private final Random rnd;
    private long seen;

    DrawnQueries(int capacity, long seed) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.capacity = capacity;
        this.rnd = new Random(seed);
    }

    /** Offers every section with text of {@code doc} to the reservoir (uniform sample over all offered sections). */
    void offer(VanbanDocument doc) {
        String place = doc.locality().provinceName().replaceFirst("^(Tỉnh|Thành phố) ", "");
        for (Section s : doc.sections()) {
            if (s.text().isBlank()) continue;
            Sample sample = new Sample(s.text(), s.kind().key(), doc.header().type(), doc.header().year(), place);
            seen++;
            if (reservoir.size() < capacity) {
                reservoir.add(sample);
            } else {
                long j = (long) (rnd.nextDouble() * seen);
                if (j < capacity) reservoir.set((int) j, sample);
            }
        }
    }

    int sampled() {
        return reservoir.size();
    }

    List<Sample> samples() {
        return List.copyOf(reservoir);
    }

    /**
     * {@code n} distinct queries, the kinds in turn. Fails when the sampled text cannot give that many different
     * queries (too few sections sampled).
     */
    List<BenchSearchCommand.MixQuery> draw(int n) {
        if (reservoir.isEmpty()) throw new IllegalStateException("no section text was sampled");
        Set<String> keys = new LinkedHashSet<>();
        List<BenchSearchCommand.MixQuery> out = new ArrayList<>(n);
        int misses = 0;
        while (out.size() < n) {
            String kind = KINDS.get(out.size() % KINDS.size());
            BenchSearchCommand.MixQuery q = one(kind, reservoir.get(rnd.nextInt(reservoir.size())));
            if (q != null && keys.add(kind + '\u0000' + BenchSearchCommand.describe(q.request()))) {
                out.add(q);
                misses = 0;
            } else if (++misses > 10_000) {
                throw new IllegalStateException("only " + out.size() + " distinct queries could be drawn from "
                        + reservoir.size() + " sampled sections; index more sections or ask for fewer queries");
            }
        }
        return out;
    }

    private BenchSearchCommand.MixQuery one(String kind, Sample s) {
        List<String> words = words(s.text());
        if (words.size() < 4) return null;
        int at = rnd.nextInt(words.size() - 3);
        String two = words.get(at) + " " + words.get(at + 1 + rnd.nextInt(2));
        String phrase = String.join(" ", words.subList(at, at + 2 + rnd.nextInt(3)));
        return switch (kind) {
            case "words" -> new BenchSearchCommand.MixQuery(kind, SearchRequest.of(
                    rnd.nextBoolean() ? two : two + " " + words.get(at + 3)), false);
            case "folded" -> new BenchSearchCommand.MixQuery(kind, SearchRequest.of(Fold.strip(two)), false);
            case "phrases" -> new BenchSearchCommand.MixQuery(kind, SearchRequest.of('"' + phrase + '"'), false);
            case "fielded" -> new BenchSearchCommand.MixQuery(kind, SearchRequest.of(switch (rnd.nextInt(3)) {
                case 0 -> "section:" + s.sectionKey() + " " + two;
                case 1 -> "type:" + s.type().key() + " year:" + s.year() + ".." + (s.year() + rnd.nextInt(3)) + " " + words.get(at);
                default -> "locality:\"" + s.place() + "\" " + words.get(at);
            }), false);
            case "faceted" -> {
                SearchRequest r = SearchRequest.of(two);
                r = switch (rnd.nextInt(3)) {
                    case 0 -> r.withLocality(s.place());
                    case 1 -> r.withType(s.type());
                    default -> r.withYears(s.year() - 1, s.year() + 1);
                };
                yield new BenchSearchCommand.MixQuery(kind, r, true);
            }
            default -> throw new IllegalArgumentException("unknown query kind " + kind);
        };
    }

    /** Words of the text: its syllables ({@link SyllableErrorRate#syllables}), one-letter words left out. */
    static List<String> words(String text) {
        return SyllableErrorRate.syllables(text).stream().filter(w -> w.length() > 1).toList();
    }
}
