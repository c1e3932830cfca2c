package org.vanban.index;

import static org.vanban.index.IndexSchema.PATH_NEW;
import static org.vanban.index.IndexSchema.PATH_OLD;
import static org.vanban.index.IndexSchema.PATH_SEPARATOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vanban.extract.Gazetteer;
import org.vanban.model.Locality;

/**
 * Hierarchical locality paths of a document, for facets and facet filters:
 * <ul>
 *   <li>{@code old/<province>/<district>/<commune>}: the units at the document's date
 *       (three levels before July 2025), with every prefix ({@code old/Tỉnh Bình Phước}, ...);</li>
 *   <li>{@code new/<province>/<commune>}: today's units covering it (after 1 July 2025), with prefixes.</li>
 * </ul>
 */
public final class LocalityPaths {
    private LocalityPaths() {}

    /** All paths and path prefixes of a locality, old tree first; empty for an unknown locality. */
    public static List<String> paths(Locality loc) {
        Set<String> out = new LinkedHashSet<>();
        List<String> old = new ArrayList<>();
        if (!loc.provinceName().isBlank()) old.add(loc.provinceName());
        if (!"province".equals(loc.level())) {
            if (!loc.districtName().isBlank() && !loc.districtName().equals(loc.name())) old.add(loc.districtName());
            if (!loc.name().isBlank() && !loc.name().equals(loc.provinceName())) old.add(loc.name());
        }
        addPrefixes(out, PATH_OLD, old);
        for (Map.Entry<String, List<String>> e : currentTree(loc).entrySet()) {
            addPrefixes(out, PATH_NEW, List.of(e.getKey()));
            for (String commune : e.getValue()) addPrefixes(out, PATH_NEW, List.of(e.getKey(), commune));
        }
        return List.copyOf(out);
    }

    /** The last name of a path ("old/Tỉnh X/Huyện Y" → "Huyện Y"). */
    public static String leaf(String path) {
        int i = path.lastIndexOf(PATH_SEPARATOR);
        return i < 0 ? path : path.substring(i + 1);
    }

    /** Whether a filter value is a facet path rather than a name. */
    public static boolean isPath(String value) {
        return value.startsWith(PATH_OLD + PATH_SEPARATOR) || value.startsWith(PATH_NEW + PATH_SEPARATOR);
    }

    private static void addPrefixes(Set<String> out, String root, List<String> names) {
        StringBuilder sb = new StringBuilder(root);
        for (String n : names) {
            sb.append(PATH_SEPARATOR).append(n.replace(PATH_SEPARATOR, " "));
            out.add(sb.toString());
        }
    }

    /** Today's provinces, each with today's communes under it. */
    private static Map<String, List<String>> currentTree(Locality loc) {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        List<String> names = loc.currentNames();
        List<String> codes = loc.currentCodes();
        List<Integer> communes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (isProvinceName(names.get(i))) tree.putIfAbsent(names.get(i), new ArrayList<>());
            else communes.add(i);
        }
        for (int i : communes) {
            String province = i < codes.size() ? provinceOf(codes.get(i)) : null;
            if (province == null || !tree.containsKey(province)) {
                province = tree.isEmpty() ? null : tree.keySet().iterator().next();
            }
            if (province != null) tree.get(province).add(names.get(i));
        }
        return tree;
    }

    /** After July 2025 the province level is "Tỉnh ..." or "Thành phố ..." and no commune carries these words. */
    private static boolean isProvinceName(String name) {
        return name.startsWith("Tỉnh ") || name.startsWith("Thành phố ");
    }

    private static String provinceOf(String code) {
        try {
            return Gazetteer.get().unit(Gazetteer.Era.FROM_2025_07, code)
                    .map(u -> Gazetteer.get().provinceOf(u).name()).orElse(null);
        } catch (RuntimeException e) {
            return null; // no gazetteer on the class path: fall back to the first province
        }
    }
}
