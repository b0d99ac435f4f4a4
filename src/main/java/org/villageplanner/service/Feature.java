package org.villageplanner.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature or table row as read, in the layer's own CRS.
 *
 * @param row        1-based feature number (or CSV data row number) for error messages
 * @param geometry   null for attribute-only rows
 * @param attributes column → value: String, Long, Double, Boolean or null, in column order
 */
public record Feature(int row, Geometry geometry, Map<String, Object> attributes) {
    public Feature {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
