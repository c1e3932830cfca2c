package org.vanban.index;

import java.util.List;

/**
 * One value of a facet with its count.
 *
 * @param value    what to filter with: the type key, year, section kind key, issuer, or locality path
 *                 ({@code old/Tỉnh Bình Phước/Thị xã Phước Long})
 * @param label    what to show ("Thị xã Phước Long")
 * @param count    matching documents (sections for the section facet)
 * @param children sub-units for locality paths, empty otherwise
 */
public record FacetValue(String value, String label, long count, List<FacetValue> children) {
    public FacetValue {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
