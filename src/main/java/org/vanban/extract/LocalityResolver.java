package org.vanban.extract;

import org.vanban.extract.Gazetteer.Era;
import org.vanban.extract.Gazetteer.Unit;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.text.AccentFolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Map<String, String> ABBREVIATIONS = Map.of("tp", "thanh pho", "tx", "thi xa", "tt", "thi tran");
    private static final List<String> TYPE_KEYS = Gazetteer.TYPES.stream().map(AccentFolder::key).toList();
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

    /** A unit as named in a document: type key ("thi xa") or null, and name key ("phuoc long"). */
    record Mention(String typeKey, String nameKey) {
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
        String textKey = " " + AccentFolder.key(text == null ? "" : text) + " ";
        Mention issuer = mention(header.issuer(), true);
        Mention superior = mention(header.superiorIssuer(), true);
        Mention place = header.place().isBlank() ? null : mention(header.place(), false);
        Resolution ambiguous = null;
        for (Era era : eras(header.date())) {
            List<Unit> left;
            if (issuer != null) {
                left = narrow(candidates(era, issuer), superior, era, textKey);
            } else if (superior != null) {
                left = narrow(candidates(era, superior), null, era, textKey);
            } else if (place != null) {
                left = narrow(candidates(era, place), null, era, textKey);
            } else {
                return Resolution.NONE;
            }
            if (left.size() == 1) return new Resolution(Resolution.Status.RESOLVED, locality(left.get(0)), List.of());
            if (left.size() > 1) {
                Resolution r = new Resolution(Resolution.Status.AMBIGUOUS, Locality.UNKNOWN,
                        left.stream().map(this::locality).toList());
                if (issuer != null) return r; // a tie on the issuer itself: no guess from the other list
                if (ambiguous == null) ambiguous = r;
            }
        }
        return ambiguous != null ? ambiguous : Resolution.NONE;
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
        if (s == null || s.isBlank()) return null;
        List<String> words = new ArrayList<>();
        for (String w : AccentFolder.key(s).split(" ")) {
            String exp = ABBREVIATIONS.get(w);
            if (exp != null) words.addAll(Arrays.asList(exp.split(" ")));
            else if (!w.isEmpty()) words.add(w);
        }
        String key = String.join(" ", words);
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
            for (int j = i + len; j < rest.size() && typeAt(rest, j) == 0 && !STOP_WORDS.contains(rest.get(j))
                    && !isYearWord(rest, j); j++) {
                name.add(rest.get(j));
            }
            if (!name.isEmpty()) return new Mention(type, String.join(" ", name));
        }
        if (isCouncil || !body) return new Mention(null, key);
        return null;
    }

    /** "nam" before a number is "năm" (year), not the "Nam" of "Quảng Nam". */
    private static boolean isYearWord(List<String> words, int j) {
        return words.get(j).equals("nam") && j + 1 < words.size() && words.get(j + 1).matches("\\d+");
    }

    private static int typeAt(List<String> words, int i) {
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

    /**
     * The candidates left after narrowing by the superior body, then by the provinces and
     * districts named in the text: one unit, several tied ones, or none.
     */
    private List<Unit> narrow(List<Unit> candidates, Mention superior, Era era, String textKey) {
        if (candidates.size() <= 1) return candidates;
        List<Unit> left = candidates;
        if (superior != null) {
            List<Unit> sup = candidates(era, superior);
            if (sup.isEmpty()) {
                // the superior may be named in the other list (a province renamed or merged)
                for (Era other : Era.values()) if (other != era) sup = candidates(other, superior);
            }
            List<Unit> under = new ArrayList<>();
            for (Unit c : left) if (sup.stream().anyMatch(s -> isWithin(c, s))) under.add(c);
            if (!under.isEmpty()) left = under;
        }
        if (left.size() == 1) return left;
        // score by provinces and districts named in the text
        Map<Unit, Integer> score = new HashMap<>();
        int best = 0;
        for (Unit c : left) {
            int s = mentions(textKey, gazetteer.provinceOf(c));
            Unit district = gazetteer.districtOf(c).orElse(null);
            if (district != null && district != c) s += mentions(textKey, district);
            score.put(c, s);
            best = Math.max(best, s);
        }
        if (best == 0) return left;
        List<Unit> top = new ArrayList<>();
        for (Unit c : left) if (score.get(c) == best) top.add(c);
        return top;
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
