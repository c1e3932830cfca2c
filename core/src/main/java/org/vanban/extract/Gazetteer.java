package org.vanban.extract;

import org.vanban.text.ToneMarkNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vanban.vi.Fold;

/**
 * Vietnamese administrative units before and after the 1 July 2025 reorganisation, loaded
 * once from {@code /gazetteer/*.csv} on the class path (see SOURCE.md there). Names are given
 * in the system's tone-mark convention (old style, "Tỉnh Hòa Bình"). Immutable and thread-safe.
 */
public final class Gazetteer {
    /** The two lists of units. */
    public enum Era {
        /** Three levels (province, district, commune), in force until 30 June 2025. */
        BEFORE_2025_07,
        /** Two levels (province, commune), in force from 1 July 2025. */
        FROM_2025_07
    }

    /** Unit type words, longest first, as written and as folded keys. */
    static final List<String> TYPES = List.of("Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Tỉnh", "Quận",
            "Huyện", "Xã", "Phường");

    /**
     * One administrative unit.
     *
     * @param era        which list it belongs to
     * @param level      1 province; before 2025-07: 2 district, 3 commune; from 2025-07: 2 commune
     * @param code       GSO code
     * @param name       full name with its type, e.g. "Thị xã Phước Long"
     * @param typeKey    folded type, e.g. "thi xa" ("thanh pho" for a centrally run city)
     * @param nameKey    folded name without the type, e.g. "phuoc long"
     * @param parentCode code of the unit above, "" for a province
     */
    public record Unit(Era era, int level, String code, String name, String typeKey, String nameKey,
                       String parentCode) {
        /** "province", "district" or "commune". */
        public String levelName() {
            if (level == 1) return "province";
            if (era == Era.BEFORE_2025_07 && level == 2) return "district";
            return "commune";
        }
    }

    private static volatile Gazetteer instance;

    private final Map<Era, Map<String, Unit>> byCode = new HashMap<>();
    private final Map<Era, Map<String, List<Unit>>> byName = new HashMap<>();
    private final Map<String, List<Unit>> oldChildren = new HashMap<>();
    /** old commune code -> new commune codes; old province code -> new province codes. */
    private final Map<String, List<String>> communeSuccessors = new HashMap<>();
    private final Map<String, List<String>> provinceSuccessors = new HashMap<>();

    private Gazetteer() {
        for (Era e : Era.values()) {
            byCode.put(e, new HashMap<>());
            byName.put(e, new HashMap<>());
        }
    }

    /** The gazetteer from the class path, loaded on first use. */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    g = fromClassPath();
                    instance = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer fromClassPath() {
        try (InputStream before = open("/gazetteer/units-2025-03.csv");
             InputStream after = open("/gazetteer/units-2025-07.csv");
             InputStream merges = open("/gazetteer/merges-2025-07.csv")) {
            return load(before, after, merges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer from the class path", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("gazetteer resource missing from the class path: " + resource);
        return in;
    }

    /** Loads the three CSV tables (UTF-8, with header rows, as in SOURCE.md). */
    public static Gazetteer load(InputStream unitsBefore, InputStream unitsAfter, InputStream merges)
            throws IOException {
        Gazetteer g = new Gazetteer();
        ToneMarkNormalizer tones = new ToneMarkNormalizer();
        for (String[] r : rows(unitsBefore, 5, "units-2025-03.csv")) {
            g.add(new Unit(Era.BEFORE_2025_07, Integer.parseInt(r[0]), r[1], tones.apply(r[2]), typeKeyOf(r[3]),
                    nameKeyOf(r[2]), r[4]));
        }
        for (String[] r : rows(unitsAfter, 4, "units-2025-07.csv")) {
            String name = tones.apply(r[2]);
            g.add(new Unit(Era.FROM_2025_07, Integer.parseInt(r[0]), r[1], name, typeKeyOf(typeOf(name)),
                    nameKeyOf(name), r[3]));
        }
        for (String[] r : rows(merges, 6, "merges-2025-07.csv")) {
            Map<String, List<String>> target = r[0].equals("1") ? g.provinceSuccessors : g.communeSuccessors;
            List<String> list = target.computeIfAbsent(r[3], k -> new ArrayList<>());
            if (!list.contains(r[1])) list.add(r[1]);
        }
        return g;
    }

    private static List<String[]> rows(InputStream in, int columns, String what) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = r.readLine(); // header
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            if (f.length != columns) {
                throw new IOException(what + " line " + n + ": expected " + columns + " columns, got " + f.length
                        + ": " + line);
            }
            rows.add(f);
        }
        return rows;
    }

    private void add(Unit u) {
        byCode.get(u.era()).put(u.code(), u);
        byName.get(u.era()).computeIfAbsent(u.nameKey(), k -> new ArrayList<>()).add(u);
        if (u.era() == Era.BEFORE_2025_07 && !u.parentCode().isEmpty()) {
            oldChildren.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
        }
    }

    /** The type word(s) a full name starts with ("Thị xã" for "Thị xã Phước Long"), or "". */
    static String typeOf(String name) {
        String key = Fold.key(name);
        for (int i = 0; i < TYPES.size(); i++) {
            if (key.startsWith(TYPE_KEYS_SPACED.get(i))) return TYPES.get(i);
        }
        return "";
    }

    private static final List<String> TYPE_KEYS_SPACED = TYPES.stream().map(t -> Fold.key(t) + " ").toList();

    /** Folded type key; "Thành phố Trung ương" counts as "thanh pho". */
    static String typeKeyOf(String type) {
        String k = Fold.key(type);
        return k.startsWith("thanh pho") ? "thanh pho" : k;
    }

    /** Folded name without its leading type words. */
    static String nameKeyOf(String name) {
        String key = Fold.key(name);
        for (String tk : TYPE_KEYS_SPACED) {
            if (key.startsWith(tk)) return key.substring(tk.length()).strip();
        }
        return key;
    }

    /** The unit with this code in this era. */
    public Optional<Unit> unit(Era era, String code) {
        return Optional.ofNullable(byCode.get(era).get(code));
    }

    /** Units whose name without its type folds to {@code nameKey} (see {@link Fold#key}). */
    public List<Unit> byName(Era era, String nameKey) {
        return Collections.unmodifiableList(byName.get(era).getOrDefault(nameKey, List.of()));
    }

    /** The distinct name keys of an era (names without their type, folded), for approximate matching. */
    public java.util.Set<String> nameKeys(Era era) {
        return Collections.unmodifiableSet(byName.get(era).keySet());
    }

    /** All provinces of an era. */
    public List<Unit> provinces(Era era) {
        return byCode.get(era).values().stream().filter(u -> u.level() == 1).toList();
    }

    /** The province a unit lies in (itself for a province). */
    public Unit provinceOf(Unit u) {
        Unit cur = u;
        while (cur.level() > 1) {
            Unit parent = byCode.get(cur.era()).get(cur.parentCode());
            if (parent == null) throw new IllegalStateException("unit " + cur.code() + " has unknown parent "
                    + cur.parentCode());
            cur = parent;
        }
        return cur;
    }

    /** The district of a unit before 2025-07 (itself for a district), or empty. */
    public Optional<Unit> districtOf(Unit u) {
        if (u.era() != Era.BEFORE_2025_07 || u.level() < 2) return Optional.empty();
        if (u.level() == 2) return Optional.of(u);
        return unit(Era.BEFORE_2025_07, u.parentCode());
    }

    /**
     * The units from 1 July 2025 that cover an old unit, most specific first: for a commune the
     * new communes made (wholly or partly) from it, for a district the new communes made from its
     * communes, then in both cases the new province(s); for a province the new province(s). A unit
     * of the new era gives itself (if not a province) and its province.
     */
    public List<Unit> currentUnits(Unit u) {
        Set<Unit> out = new LinkedHashSet<>();
        if (u.era() == Era.FROM_2025_07) {
            if (u.level() > 1) out.add(u);
            out.add(provinceOf(u));
            return List.copyOf(out);
        }
        List<Unit> communes = new ArrayList<>();
        if (u.level() == 3) communes.add(u);
        if (u.level() == 2) communes.addAll(oldChildren.getOrDefault(u.code(), List.of()));
        Set<Unit> provinces = new LinkedHashSet<>();
        for (Unit c : communes) {
            for (String code : communeSuccessors.getOrDefault(c.code(), List.of())) {
                unit(Era.FROM_2025_07, code).ifPresent(n -> {
                    out.add(n);
                    provinces.add(provinceOf(n));
                });
            }
        }
        Unit oldProvince = provinceOf(u);
        if (u.level() == 1 || provinces.isEmpty()) {
            for (String code : provinceSuccessors.getOrDefault(oldProvince.code(), List.of())) {
                unit(Era.FROM_2025_07, code).ifPresent(provinces::add);
            }
        }
        out.addAll(provinces);
        return List.copyOf(out);
    }
}
