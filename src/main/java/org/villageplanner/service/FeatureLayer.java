package org.villageplanner.service;

import java.util.List;

/**
 * A layer as read from a file.
 *
 * @param crs     what the file says its coordinate system is: "EPSG:4490", or the raw WKT / PROJ text when no
 *                EPSG code is known, or null when the file says nothing
 * @param columns attribute column names in file order
 */
public record FeatureLayer(String file, String name, String crs, List<String> columns, List<Feature> features) {
    public FeatureLayer {
        columns = List.copyOf(columns);
        features = List.copyOf(features);
    }
}
