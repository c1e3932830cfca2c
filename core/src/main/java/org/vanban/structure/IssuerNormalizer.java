package org.vanban.structure;

import org.vanban.text.ToneMarkNormalizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vanban.vi.Abbreviations;
import org.vanban.vi.Fold;

/**
 * Turns an issuing body as written in a header ("UBND THỊ XÃ PHƯỚC LONG", "UỶ BAN NHÂN DÂN
 * TỈNH BÌNH PHƯỚC", "HĐND XÃ TÂN THÀNH") into its normal written form ("Ủy ban nhân dân thị xã
 * Phước Long"): abbreviations expanded (UBND, HĐND, TP., TX.), sentence case for the body,
 * lower case for unit types (tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc
 * khu), and proper case for the place name after them. Tone marks in the old style.
 */
public final class IssuerNormalizer {
    private static final ToneMarkNormalizer TONES = new ToneMarkNormalizer();
    private static final Map<String, String> ABBREVIATIONS =
            Abbreviations.expansions(EnumSet.of(Abbreviations.Kind.PEOPLES_BODY, Abbreviations.Kind.UNIT_TYPE));
    /** Unit type words as folded word sequences, longest first. */
    static final List<String> UNIT_TYPES = List.of("thanh pho", "thi xa", "thi tran", "dac khu",
            "tinh", "quan", "huyen", "xa", "phuong");
    /** The same with diacritics, to tell "quận" from "quân" when the text has diacritics. */
    private static final Set<String> UNIT_TYPES_WRITTEN = Set.of("thành phố", "thị xã", "thị trấn", "đặc khu",
            "tỉnh", "quận", "huyện", "xã", "phường");
    private static final Set<String> NAMED_BODIES = Set.of("so", "phong", "ban", "cuc", "chi cuc", "trung tam",
            "van phong");

    private IssuerNormalizer() {
    }

    /** The normal form; "" for blank input. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) return "";
        List<String> words = new ArrayList<>();
        for (String w : raw.strip().split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty()) continue;
            String exp = ABBREVIATIONS.get(Fold.key(bare));
            if (exp != null && bare.equals(bare.toUpperCase(Locale.ROOT))) {
                for (String e : exp.split(" ")) words.add(e);
            } else {
                words.add(bare.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) return "";
        boolean afterType = false;
        boolean capitaliseNext = false;
        for (int i = 0; i < words.size(); i++) {
            int typeLen = unitTypeAt(words, i);
            if (typeLen > 0) {
                i += typeLen - 1;
                afterType = true;
                capitaliseNext = false;
                continue;
            }
            if (i == 0 || afterType || capitaliseNext) {
                words.set(i, capitalise(words.get(i)));
            }
            capitaliseNext = false;
            if (i == 0 || i == 1) {
                String head = Fold.key(String.join(" ", words.subList(0, i + 1)));
                if (NAMED_BODIES.contains(head)) capitaliseNext = true;
            }
        }
        return TONES.apply(String.join(" ", words));
    }

    /** Number of words of a unit type starting at {@code i}, 0 when none. */
    static int unitTypeAt(List<String> words, int i) {
        if (i == 0) return 0; // the body comes first ("Ủy ban ...", "Sở ...")
        for (String type : UNIT_TYPES) {
            int n = type.split(" ").length;
            if (i + n > words.size()) continue;
            String written = String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT);
            boolean ascii = written.chars().allMatch(c -> c < 128);
            boolean same = ascii ? Fold.key(written).equals(type)
                    : UNIT_TYPES_WRITTEN.contains(TONES.apply(written));
            if (same && Fold.key(written).equals(type)) return n;
        }
        return 0;
    }

    private static String capitalise(String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return w;
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
