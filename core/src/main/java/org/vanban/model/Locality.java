package org.vanban.model;

import java.util.List;

/**
 * The administrative unit a document belongs to, resolved against the gazetteer.
 * Units before 1 July 2025 have three levels (province, district, commune); after it two
 * (province, commune). Both are kept so old plans can be found under today's units.
 *
 * @param name            the unit name as resolved, e.g. "Thị xã Phước Long"
 * @param level           "province", "district" or "commune"
 * @param code            GSO code of the unit
 * @param provinceName    province of the unit at the document's date, e.g. "Tỉnh Bình Phước"
 * @param provinceCode    its code
 * @param districtName    district at the document's date ("" for a province or a post-2025 unit)
 * @param currentNames    names of the units that cover it today (after July 2025), most specific first
 * @param currentCodes    their codes, same order
 */
public record Locality(String name, String level, String code, String provinceName, String provinceCode,
                       String districtName, List<String> currentNames, List<String> currentCodes) {
    public Locality {
        name = name == null ? "" : name;
        level = level == null ? "" : level;
        code = code == null ? "" : code;
        provinceName = provinceName == null ? "" : provinceName;
        provinceCode = provinceCode == null ? "" : provinceCode;
        districtName = districtName == null ? "" : districtName;
        currentNames = currentNames == null ? List.of() : List.copyOf(currentNames);
        currentCodes = currentCodes == null ? List.of() : List.copyOf(currentCodes);
    }

    public static final Locality UNKNOWN = new Locality("", "", "", "", "", "", List.of(), List.of());

    public boolean isKnown() { return !code.isEmpty(); }
}
