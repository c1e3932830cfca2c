package org.vanban.extract;

import org.vanban.extract.Gazetteer.Era;
import org.vanban.extract.Gazetteer.Unit;
import org.vanban.model.Header;
import org.vanban.model.Locality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.vi.Abbreviations;
import org.vanban.vi.Fold;

/**
 * Finds the administrative unit a document belongs to.
 *
 * <p>The unit is read from the issuer ("Ủy ban nhân dân thị xã Phước Long"), else from the
 * superior body, else from the place of issue. The document date picks the list: before
 * 2025-07-01 the three-level units, from then the two-level ones (a document dated after the
 * change that names a unit found only in the old list, such as a district, falls back to the old
 * list; with no date both lists are tried). Names are matched accent-insensitively together
 * with their type word (tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu).
 * Several candidates are narrowed by the superior body (its province or district), then by the
 * provinces and districts named in the text; a tie gives {@link Locality#UNKNOWN}, never a guess,
 * and {@link #resolveDetailed} reports it as AMBIGUOUS with the candidates.
 * The current (post-2025) units covering the result are filled in from the merge table.
 * Thread-safe.
 */
public final class LocalityResolver {
    private static final String CUTOVER = "2025-07";
    private static final Pattern BODY_PREFIX = Pattern.compile(
            "^(?:(?:chu tich|pho chu tich|thuong truc|van phong)\\s+)?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\\b\\s*");
    private static final Map<String, String> ABBREVIATIONS =
            Abbreviations.foldedExpansions(EnumSet.of(Abbreviations.Kind.UNIT_TYPE));
    private static final List<String> TYPE_KEYS = Gazetteer.TYPES.stream().map(Fold::key).toList();
    private static final Set<String> STOP_WORDS = Set.of("va", "ve", "cua", "tai", "ngay", "so");

    private final Gazetteer gazetteer;

    /** A resolver over the class-path gazetteer. */
    public LocalityResolver() {
        this(Gazetteer.get());
    }

    public LocalityResolver(Gazetteer gazetteer) {
        if (gazetteer == null) throw new IllegalArgumentException("gazetteer must not be null");
        this.gazetteer = gazetteer;
    }

    /**
     * A unit as named in a document: type key ("thi xa") or null, name key ("phuoc long"), and the words it was
     * read from, lower-cased with their marks ("ủy ban nhân dân xã lộc thạnh"; "" when unknown), which tell
     * namesakes apart that fold alike (Lộc Thạnh and Lộc Thành, both in Lộc Ninh). Equality ignores the words.
     */
    record Mention(String typeKey, String nameKey, String written) {
        Mention(String typeKey, String nameKey) {
            this(typeKey, nameKey, "");
        }

        Mention {
            written = written == null ? "" : Normalizer.normalize(written, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }

        Mention withWritten(String words) {
            return new Mention(typeKey, nameKey, words);
        }

        /** Whether the words hold the unit's name with its own marks ("lộc thạnh" for Xã Lộc Thạnh). */
        boolean writesAs(Unit u) {
            if (written.isEmpty()) return false;
            String[] w = u.name().split(" ");
            int typeWords = u.typeKey().split(" ").length;
            if (w.length <= typeWords) return false;
            String name = String.join(" ", Arrays.copyOfRange(w, typeWords, w.length));
            name = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            int at = written.indexOf(name);
            return at >= 0 && (at == 0 || !Character.isLetter(written.charAt(at - 1)))
                    && (at + name.length() == written.length() || !Character.isLetter(written.charAt(at + name.length())));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mention m && java.util.Objects.equals(typeKey, m.typeKey) && nameKey.equals(m.nameKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(typeKey, nameKey);
        }
    }

    /**
     * The outcome of resolving a document's locality.
     *
     * @param status     RESOLVED (one unit), AMBIGUOUS (several units fit equally: see candidates) or
     *                   UNKNOWN (no unit named, or none found)
     * @param locality   the unit when RESOLVED, else {@link Locality#UNKNOWN}
     * @param candidates the units that fit when AMBIGUOUS, else empty
     */
    public record Resolution(Status status, Locality locality, List<Locality> candidates) {
        public enum Status { RESOLVED, AMBIGUOUS, UNKNOWN }

        public Resolution {
            locality = locality == null ? Locality.UNKNOWN : locality;
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        static final Resolution NONE = new Resolution(Status.UNKNOWN, Locality.UNKNOWN, List.of());
    }

    /**
     * One reading of a document's header and text. A scanned document has two: the repaired one and
     * the raw OCR one, which may keep a place name the language model changed ({@code HOI AN} read
     * right, repaired into {@code HẢI AN}).
     *
     * @param header the header parsed from this reading
     * @param text   the document text of this reading ("" when not at hand)
     */
    public record Reading(Header header, String text) {
        public Reading {
            if (header == null) throw new IllegalArgumentException("header must not be null");
            text = text == null ? "" : text;
        }
    }

    /** Resolves the locality of a document from its header and text (the text may be ""). */
    public Locality resolve(Header header, String text) {
        return resolveDetailed(header, text).locality();
    }

    /**
     * Resolves the locality and says how: a unique unit, several units that fit equally (never a
     * silent guess: the caller gets the candidates), or nothing found.
     */
    public Resolution resolveDetailed(Header header, String text) {
        if (header == null) throw new IllegalArgumentException("header must not be null");
        return resolveDetailed(List.of(new Reading(header, text)));
    }

    /**
     * Resolves the locality from several readings of the same document (repaired first, then raw).
     * No reading is trusted over another: each unit named by the issuer line of any reading (or, when
     * no reading names a unit there, the superior body, then the place of issue) is a candidate, matched
     * accent-insensitively and, when no name matches exactly, with OCR misreadings tolerated
     * ({@code L6c Ninh}, {@code Pinh}, {@code Phuwoc}). Candidates are kept when they lie in the unit
     * the superior body names (in any reading), then ranked by how well the header agrees with them (issuer
     * name and type, the place in {@code <place>, ngày ...}), then by the provinces and districts named in
     * the text. A tie is AMBIGUOUS, never a guess.
     */
    public Resolution resolveDetailed(List<Reading> readings) {
        if (readings == null || readings.isEmpty()) throw new IllegalArgumentException("no reading to resolve");
        List<Parsed> parsed = new ArrayList<>();
        String date = "";
        for (Reading r : readings) {
            if (r == null) throw new IllegalArgumentException("reading must not be null");
            parsed.add(Parsed.of(r));
            if (date.isBlank()) date = r.header().date();
        }
        if (date.isBlank()) {
            // undated (its header cut): a text citing a document of July 2025 or later is of the new list
            for (Parsed p : parsed) if (p.cited.compareTo(CUTOVER) >= 0 && p.cited.compareTo(date) > 0) date = p.cited;
        }
        Role role = parsed.stream().anyMatch(p -> p.issuer != null) ? Role.ISSUER
                : parsed.stream().anyMatch(p -> p.superior != null) ? Role.SUPERIOR
                : parsed.stream().anyMatch(p -> p.place != null) ? Role.PLACE : null;
        if (role != null) {
            Resolution r = byRole(date, role, parsed);
            if (r.status() != Resolution.Status.UNKNOWN) return r;
        }
        // the header names no unit, or none found: the issuing sentence of the text, then its other cues
        List<Parsed> cued = new ArrayList<>();
        String level = null;
        for (Parsed p : parsed) {
            Mention named = p.cues.stream().filter(c -> !c.nameKey().isEmpty()).findFirst().orElse(null);
            if (named != null) cued.add(new Parsed(named, p.superior, p.place, p.textKey, p.cues, p.cited));
            if (level == null && !p.cues.isEmpty() && p.cues.get(0).nameKey().isEmpty()) level = p.cues.get(0).typeKey();
        }
        if (!cued.isEmpty()) {
            Resolution r = byRole(date, Role.ISSUER, cued);
            if (r.status() != Resolution.Status.UNKNOWN) return r;
        }
        return fromText(date, parsed, level);
    }

    /**
     * The unit the header line of {@code role} names. The lists are tried in date order; a list where the name
     * matches exactly is taken before one where it only matches approximately ("Hội An" of a ward dated after the
     * change is not the old "Hòa An" of the same city).
     */
    private Resolution byRole(String date, Role role, List<Parsed> parsed) {
        Resolution ambiguous = null;
        Resolution approximate = null;
        for (Era era : eras(date)) {
            Decision d = decide(era, role, parsed);
            List<Unit> left = d.units();
            Resolution r = left.size() == 1 ? new Resolution(Resolution.Status.RESOLVED, locality(left.get(0)), List.of())
                    : left.size() > 1 ? new Resolution(Resolution.Status.AMBIGUOUS, Locality.UNKNOWN,
                    left.stream().map(this::locality).toList()) : null;
            if (r == null) continue;
            if (!d.exact()) {
                if (approximate == null) approximate = r;
                continue;
            }
            if (left.size() == 1) return r;
            if (role == Role.ISSUER) return r; // a tie on the issuer itself: no guess from the other list
            if (ambiguous == null) ambiguous = r;
        }
        if (ambiguous != null) return ambiguous;
        return approximate != null ? approximate : Resolution.NONE;
    }

    /** Words after which a bare unit type names the issuer's own level: "trên địa bàn huyện", "của huyện", "UBND huyện". */
    private static final Set<String> SELF_CUES = Set.of("ban", "cua", "dan", "ubnd", "hdnd");

    /**
     * The unit of a document whose header names none (a scan that starts at its title or body): the text
     * speaks of its own level bare ("trên địa bàn huyện", "Ủy ban nhân dân huyện xây dựng ...") and names
     * one unit of that level far more often than any other ("huyện Long Mỹ" again and again). A unit is
     * taken with at least three mentions and more than twice those of the next unit of that level, or, when the
     * text names no other unit of that level, with a second cue: two mentions, a mention as a body ("Hội đồng
     * nhân dân tỉnh Bình Phước", "UBND xã Tân Lập") or its own province or district named too ("huyện Phú Tân
     * ... tỉnh Cà Mau"); else nothing (a provincial plan naming each of its districts gives no district). A body
     * named after "của" ("Kế hoạch số 25/KH-UBND của UBND huyện Tiên Du") is a cited document's issuer, not a
     * mention of this unit.
     */
    private Resolution fromText(String date, List<Parsed> parsed, String issuingLevel) {
        for (Era era : eras(date)) {
            Map<String, Integer> bare = new HashMap<>();
            Map<Unit, Integer> named = new LinkedHashMap<>();
            Set<Unit> asBody = new java.util.HashSet<>();
            for (Parsed p : parsed) {
                List<String> words = p.words();
                Map<Unit, Integer> here = new LinkedHashMap<>();
                for (int i = 0; i < words.size(); i++) {
                    int len = typeAt(words, i);
                    if (len == 0) continue;
                    String type = String.join(" ", words.subList(i, i + len));
                    List<Unit> units = namedAt(era, type, words, i + len);
                    int body = bodyStart(words, i);
                    // "của UBND tỉnh Quảng Nam" cites another body's document (a legal basis): not this unit
                    boolean cited = body > 0 && LocalityText.isOf(words.get(body - 1));
                    if (!cited) for (Unit u : units) here.merge(u, 1, Integer::sum);
                    if (!units.isEmpty() && body >= 0 && !cited) asBody.addAll(units);
                    if (units.isEmpty() && i > 0 && SELF_CUES.contains(words.get(i - 1))) bare.merge(type, 1, Integer::sum);
                }
                here.forEach((u, n) -> named.merge(u, n, Math::max));
            }
            // the level the issuing sentence speaks of ("Ủy ban nhân dân thị xã ban hành"), else the most frequent bare one
            String level = issuingLevel != null ? issuingLevel
                    : bare.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (level == null) continue;
            List<Map.Entry<Unit, Integer>> ofLevel = named.entrySet().stream()
                    .filter(e -> e.getKey().typeKey().equals(level))
                    .sorted(Map.Entry.<Unit, Integer>comparingByValue().reversed()).toList();
            if (ofLevel.isEmpty()) continue;
            Unit first = ofLevel.get(0).getKey();
            int best = ofLevel.get(0).getValue();
            // namesakes in other provinces share the mentions; the next other name must be far behind
            int next = ofLevel.stream().filter(e -> !e.getKey().nameKey().equals(first.nameKey()))
                    .mapToInt(Map.Entry::getValue).findFirst().orElse(0);
            List<Unit> tied = ofLevel.stream().filter(e -> e.getKey().nameKey().equals(first.nameKey()))
                    .map(Map.Entry::getKey).toList();
            boolean clear = best >= 3 && best > 2 * next;
            // the issuing sentence speaking of the level ("UBND tỉnh ban hành") is a second cue of its own
            boolean alone = next == 0 && (best >= 2 || issuingLevel != null
                    || tied.stream().anyMatch(u -> asBody.contains(u) || containerNamed(u, parsed)));
            if (!clear && !alone) continue;
            if (tied.size() > 1) {
                Map<Unit, Integer> text = new HashMap<>();
                for (Unit c : tied) {
                    int m = 0;
                    for (Parsed p : parsed) m = Math.max(m, textMentions(p, c));
                    text.put(c, m);
                }
                tied = top(tied, text);
            }
            if (tied.size() == 1) return new Resolution(Resolution.Status.RESOLVED, locality(tied.get(0)), List.of());
            return new Resolution(Resolution.Status.AMBIGUOUS, Locality.UNKNOWN, tied.stream().map(this::locality).toList());
        }
        return Resolution.NONE;
    }

    /**
     * Where the body naming the unit at word {@code i} starts ("Ủy ban nhân dân xã", "HĐND tỉnh", "UBND huyện"),
     * or -1 when the unit is not named as a body.
     */
    private static int bodyStart(List<String> words, int i) {
        if (i > 0 && (words.get(i - 1).equals("ubnd") || words.get(i - 1).equals("hdnd"))) return i - 1;
        if (i >= 4) {
            String before = String.join(" ", words.subList(i - 4, i));
            if (before.equals("uy ban nhan dan") || before.equals("hoi dong nhan dan")) return i - 4;
        }
        return -1;
    }

    /** Whether a reading's text also names the province or district {@code u} lies in. */
    private boolean containerNamed(Unit u, List<Parsed> parsed) {
        List<Unit> containers = new ArrayList<>();
        Unit province = gazetteer.provinceOf(u);
        if (!province.equals(u)) containers.add(province);
        gazetteer.districtOf(u).filter(d -> !d.equals(u)).ifPresent(containers::add);
        for (Parsed p : parsed) for (Unit c : containers) if (mentions(p.textKey, c) > 0) return true;
        return false;
    }

    /** The units of type {@code type} (namesakes) whose name starts at word {@code from}, longest name first. */
    private List<Unit> namedAt(Era era, String type, List<String> words, int from) {
        for (int e = Math.min(words.size(), from + 4); e > from; e--) {
            List<Unit> out = gazetteer.byName(era, String.join(" ", words.subList(from, e))).stream()
                    .filter(u -> u.typeKey().equals(type)).toList();
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /** Which header line names the unit. */
    private enum Role { ISSUER, SUPERIOR, PLACE }

    /**
     * The mentions of one reading, its folded evidence text ({@link LocalityText#evidence}: recipients left out)
     * padded with spaces, and the units its issuing sentence names ({@link LocalityText#issuingCues}).
     */
    private record Parsed(Mention issuer, Mention superior, Mention place, String textKey, List<Mention> cues,
                          String cited) {
        static Parsed of(Reading r) {
            Header h = r.header();
            String evidence = LocalityText.evidence(r.text());
            return new Parsed(mention(h.issuer(), true), mention(h.superiorIssuer(), true),
                    h.place().isBlank() ? null : mention(h.place(), false), " " + LocalityText.key(evidence) + " ",
                    LocalityText.issuingCues(evidence), LocalityText.latestCitedDate(evidence));
        }

        List<String> words() {
            return Arrays.asList(textKey.strip().split(" "));
        }

        Mention of(Role role) {
            return switch (role) {
                case ISSUER -> issuer;
                case SUPERIOR -> superior;
                case PLACE -> place;
            };
        }
    }

    /**
     * Support of an exact match with the type named, without a type, and of an approximate match; one more for
     * an exact match written with the unit's own marks.
     */
    private static final int TYPED = 8;
    private static final int UNTYPED = 6;
    private static final int APPROXIMATE = 4;
    private static final int SAME_MARKS = 1;

    /** The units left for one list, and whether some reading named them exactly. */
    private record Decision(List<Unit> units, boolean exact) {
    }

    /** The units left for one list: one, several tied, or none. */
    private Decision decide(Era era, Role role, List<Parsed> parsed) {
        Map<Unit, Integer> support = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            Mention m = p.of(role);
            if (m == null) continue;
            List<Unit> exact = candidates(era, m);
            if (!exact.isEmpty()) {
                // the marks only tell apart the namesakes of this one name (Lộc Thạnh, Lộc Thành); across names a
                // reading's marks may be repair's, not the scan's
                long marked = exact.stream().filter(m::writesAs).count();
                boolean tells = marked > 0 && marked < exact.size();
                for (Unit u : exact) {
                    int v = (m.typeKey() != null ? TYPED : UNTYPED) + (tells && m.writesAs(u) ? SAME_MARKS : 0);
                    support.merge(u, v, Math::max);
                }
            } else {
                for (Unit u : approximateCandidates(era, m)) support.merge(u, APPROXIMATE, Math::max);
            }
        }
        List<Unit> left = new ArrayList<>(support.keySet());
        List<Unit> units = narrow(era, role, parsed, left, support);
        return new Decision(units, units.stream().anyMatch(u -> support.get(u) > APPROXIMATE));
    }

    private List<Unit> narrow(Era era, Role role, List<Parsed> parsed, List<Unit> left, Map<Unit, Integer> support) {
        if (left.isEmpty()) return left;
        boolean underSuperior = false;
        if (role == Role.ISSUER) {
            List<Unit> sup = superiorUnits(era, parsed);
            List<Unit> under = new ArrayList<>();
            for (Unit c : left) if (sup.stream().anyMatch(s -> isWithin(c, s))) under.add(c);
            if (!under.isEmpty()) {
                left = under;
                underSuperior = true;
            } else if (!superiorUnits(era, parsed, false).isEmpty()) {
                // the superior body is named exactly and no candidate lies in it: the header contradicts
                // itself (a name changed by repair), so no unit is taken
                return List.of();
            }
        }
        if (left.stream().allMatch(u -> support.get(u) == APPROXIMATE) && !underSuperior) {
            // only near names: one is taken when the place of issue or the text confirms it, never on its own
            left = left.stream().filter(u -> placeSupport(u, parsed) > 0
                    || parsed.stream().anyMatch(p -> textMentions(p, u) > 0)).toList();
        }
        if (left.size() <= 1) return left;
        // how well the header agrees: the issuer line, then the place of issue
        Map<Unit, Integer> header = new HashMap<>();
        for (Unit c : left) header.put(c, support.get(c) + 2 * placeSupport(c, parsed));
        left = top(left, header);
        if (left.size() == 1) return left;
        // provinces, districts and the unit itself named in the text
        Map<Unit, Integer> text = new HashMap<>();
        for (Unit c : left) {
            int best = 0;
            for (Parsed p : parsed) best = Math.max(best, textMentions(p, c));
            text.put(c, best);
        }
        return top(left, text);
    }

    private static List<Unit> top(List<Unit> units, Map<Unit, Integer> score) {
        int best = units.stream().mapToInt(score::get).max().orElse(0);
        return units.stream().filter(u -> score.get(u) == best).toList();
    }

    /** The units the superior body names in any reading (looked up in the other list too, then approximately). */
    private List<Unit> superiorUnits(Era era, List<Parsed> parsed) {
        return superiorUnits(era, parsed, true);
    }

    private List<Unit> superiorUnits(Era era, List<Parsed> parsed, boolean approximate) {
        List<Unit> sup = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.superior == null) continue;
            List<Unit> found = candidates(era, p.superior);
            if (found.isEmpty()) {
                // the superior may be named in the other list (a province renamed or merged)
                for (Era other : Era.values()) if (other != era) found = candidates(other, p.superior);
            }
            if (found.isEmpty() && approximate) found = approximateCandidates(era, p.superior);
            sup.addAll(found);
        }
        return sup;
    }

    /**
     * 2 when the place of issue of some reading is the unit's own name, 1 when it is its district's or
     * province's name or approximately its own; else 0.
     */
    private int placeSupport(Unit c, List<Parsed> parsed) {
        int best = 0;
        for (Parsed p : parsed) {
            Mention m = p.place;
            if (m == null) continue;
            boolean typeFits = m.typeKey() == null || m.typeKey().equals(c.typeKey());
            if (typeFits && m.nameKey().equals(c.nameKey())) return 2;
            Unit province = gazetteer.provinceOf(c);
            Unit district = gazetteer.districtOf(c).orElse(null);
            if (m.nameKey().equals(province.nameKey()) || district != null && m.nameKey().equals(district.nameKey())
                    || typeFits && OcrNames.close(m.nameKey(), c.nameKey())) {
                best = 1;
            }
        }
        return best;
    }

    /**
     * Units whose name is close to the mention's under OCR misreadings (see {@link OcrNames}), with a
     * fitting type; none for short names, where a misreading is as likely to make another real name.
     */
    private List<Unit> approximateCandidates(Era era, Mention m) {
        List<Unit> out = new ArrayList<>();
        for (String key : gazetteer.nameKeys(era)) {
            if (!OcrNames.close(m.nameKey(), key)) continue;
            for (Unit u : gazetteer.byName(era, key)) {
                if (m.typeKey() == null || m.typeKey().equals(u.typeKey())) out.add(u);
            }
        }
        return out;
    }

    /** Which lists to try, in order. */
    static List<Era> eras(String date) {
        if (date == null || date.isBlank() || date.equals("2025")) return List.of(Era.BEFORE_2025_07, Era.FROM_2025_07);
        if (date.compareTo(CUTOVER) >= 0) return List.of(Era.FROM_2025_07, Era.BEFORE_2025_07);
        return List.of(Era.BEFORE_2025_07);
    }

    /**
     * Reads the unit named in a body or place: "Ủy ban nhân dân thị xã Phước Long" gives (thi xa,
     * phuoc long). A body without a unit ("Sở Tài chính") gives null. With {@code body} false the
     * whole text may be a bare name ("Phước Long").
     */
    static Mention mention(String s, boolean body) {
        Mention m = unitNamed(s, body);
        return m == null ? null : m.withWritten(s);
    }

    private static Mention unitNamed(String s, boolean body) {
        if (s == null || s.isBlank()) return null;
        List<String> words = new ArrayList<>();
        for (String w : Fold.key(OcrNames.lettersForSigns(s)).split(" ")) {
            String exp = ABBREVIATIONS.get(w);
            if (exp != null) words.addAll(Arrays.asList(exp.split(" ")));
            else if (!w.isEmpty()) words.add(w);
        }
        String key = LocalityText.withoutMotto(String.join(" ", words));
        Matcher prefix = BODY_PREFIX.matcher(key);
        boolean isCouncil = prefix.find();
        if (isCouncil) key = key.substring(prefix.end());
        if (key.isBlank()) return null;
        List<String> rest = Arrays.asList(key.split(" "));
        for (int i = 0; i < rest.size(); i++) {
            int len = typeAt(rest, i);
            if (len == 0) continue;
            String type = String.join(" ", rest.subList(i, i + len));
            List<String> name = new ArrayList<>();
            for (int j = i + len; j < rest.size() && !STOP_WORDS.contains(rest.get(j)) && !isYearWord(rest, j); j++) {
                int inner = typeAt(rest, j);
                // a type word with no name after it ends this name ("Pinh Quan", Định Quán misread)
                if (inner > 0 && j + inner < rest.size()) break;
                name.add(rest.get(j));
            }
            // a name may hold a type word once folded: "Định Quán" folds to "dinh quan" (quận)
            String longer = longestKnownName(rest, i + len);
            if (longer != null && longer.split(" ").length > name.size()) return new Mention(type, longer);
            if (name.isEmpty()) continue;
            String joined = String.join(" ", name);
            // OCR glued the motto's damaged words to the name ("Ba Đình Để~ lập"): the name before them, if known
            String cut = isKnownName(joined) ? null : LocalityText.withoutMottoTail(joined);
            return new Mention(type, cut != null && isKnownName(cut) ? cut : joined);
        }
        if (isCouncil || !body) return new Mention(null, key);
        return null;
    }

    /**
     * The longest run of words from {@code from} (up to a stop word or a year) that is a unit name in
     * the gazetteer, type words included; null when there is none.
     */
    private static String longestKnownName(List<String> words, int from) {
        int end = from;
        while (end < words.size() && !STOP_WORDS.contains(words.get(end)) && !isYearWord(words, end)
                && end - from < 6) {
            end++;
        }
        Gazetteer g = Gazetteer.get();
        for (int e = end; e > from; e--) {
            String name = String.join(" ", words.subList(from, e));
            for (Era era : Era.values()) if (!g.byName(era, name).isEmpty()) return name;
        }
        return null;
    }

    /** Whether some unit of either list has this folded name. */
    static boolean isKnownName(String nameKey) {
        Gazetteer g = Gazetteer.get();
        for (Era era : Era.values()) if (!g.byName(era, nameKey).isEmpty()) return true;
        return false;
    }

    /** "nam" before a number is "năm" (year), not the "Nam" of "Quảng Nam". */
    private static boolean isYearWord(List<String> words, int j) {
        return words.get(j).equals("nam") && j + 1 < words.size() && words.get(j + 1).matches("\\d+");
    }

    /** How many words the unit type starting at word {@code i} has ("thi xa": 2), or 0. */
    static int typeAt(List<String> words, int i) {
        for (String t : TYPE_KEYS) {
            String[] tw = t.split(" ");
            if (i + tw.length > words.size()) continue;
            if (String.join(" ", words.subList(i, i + tw.length)).equals(t)) return tw.length;
        }
        return 0;
    }

    private List<Unit> candidates(Era era, Mention m) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : gazetteer.byName(era, m.nameKey())) {
            if (m.typeKey() == null || m.typeKey().equals(u.typeKey())) out.add(u);
        }
        return out;
    }

    /** True when {@code c} lies in {@code s} (same unit, or {@code s} is its province or district). */
    private boolean isWithin(Unit c, Unit s) {
        if (c.era() != s.era()) {
            // compare through today's units: an old superior province with a new candidate
            return gazetteer.currentUnits(s).stream().anyMatch(n -> n.code().equals(gazetteer.provinceOf(c).code())
                    && n.level() == 1 && c.era() == Era.FROM_2025_07);
        }
        if (c.equals(s)) return false;
        if (gazetteer.provinceOf(c).equals(s)) return true;
        return gazetteer.districtOf(c).map(d -> d.equals(s)).orElse(false);
    }

    /**
     * Occurrences of "type name" of the unit, its district and its province in the folded text; the district
     * and province also when OCR damaged their name ({@code huyện Đóng Phí} for Đồng Phú), the unit itself only
     * as written (a damaged name must not confirm itself).
     */
    private int textMentions(Parsed p, Unit c) {
        Set<Unit> named = new LinkedHashSet<>();
        named.add(gazetteer.provinceOf(c));
        gazetteer.districtOf(c).ifPresent(named::add);
        named.remove(c);
        int n = mentions(p.textKey, c);
        List<String> words = null;
        for (Unit u : named) {
            int exact = mentions(p.textKey, u);
            if (exact == 0) {
                if (words == null) words = p.words();
                exact = closeMentions(words, u);
            }
            n += exact;
        }
        return n;
    }

    /** Occurrences of the unit's type followed by a name close to its own under OCR misreadings ({@link OcrNames#close}). */
    private static int closeMentions(List<String> words, Unit u) {
        List<String> type = Arrays.asList(u.typeKey().split(" "));
        int len = u.nameKey().split(" ").length;
        int n = 0;
        for (int i = 0; i + type.size() + len <= words.size(); i++) {
            if (!words.subList(i, i + type.size()).equals(type)) continue;
            int from = i + type.size();
            if (OcrNames.close(String.join(" ", words.subList(from, from + len)), u.nameKey())) n++;
        }
        return n;
    }

    /** Occurrences of "type name" of a unit in the folded text ("tinh binh phuoc"). */
    private static int mentions(String textKey, Unit u) {
        String needle = " " + u.typeKey() + " " + u.nameKey() + " ";
        int n = 0;
        for (int i = textKey.indexOf(needle); i >= 0; i = textKey.indexOf(needle, i + 1)) n++;
        if (u.typeKey().equals("thanh pho")) {
            String tp = " tp " + u.nameKey() + " ";
            for (int i = textKey.indexOf(tp); i >= 0; i = textKey.indexOf(tp, i + 1)) n++;
        }
        return n;
    }

    private Locality locality(Unit u) {
        Unit province = gazetteer.provinceOf(u);
        String district = gazetteer.districtOf(u).map(Unit::name).orElse("");
        List<Unit> current = gazetteer.currentUnits(u);
        return new Locality(u.name(), u.levelName(), u.code(), province.name(), province.code(), district,
                current.stream().map(Unit::name).toList(), current.stream().map(Unit::code).toList());
    }
}
