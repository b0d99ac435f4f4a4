package org.villageplanner.service;

import org.villageplanner.domain.Units;

/**
 * A reference layer stored in the project file: its own GeoPackage feature table, registered so that GDAL and
 * QGIS list it, with its look and its place in the map.
 *
 * @param name         the name the planner gave it; also the table name
 * @param geometryType the GeoPackage geometry type name (POINT, MULTILINESTRING, GEOMETRY …)
 * @param features     number of features
 * @param barrier      true when its lines/polygons cut neighbour links
 * @param visible      drawn in the app and the plan PDF
 * @param order        drawing order, 0 first (lowest)
 * @param opacity      0–1 for the whole layer
 * @param source       the file it was copied from (for the record)
 */
public record ReferenceLayer(String name, String geometryType, long features, boolean barrier, boolean visible,
                             int order, @Units.Fraction double opacity, String source, LayerStyle style) {

    /** Points only: such a layer cannot be a barrier (nothing to cut a neighbour link with). */
    public boolean isPoints() {
        return geometryType.toUpperCase(java.util.Locale.ROOT).contains("POINT");
    }

    public ReferenceLayer withVisible(boolean v) {
        return new ReferenceLayer(name, geometryType, features, barrier, v, order, opacity, source, style);
    }

    /** @param o 0–1 for the whole layer (not checked here) */
    public ReferenceLayer withOpacity(@Units.Fraction double o) {
        return new ReferenceLayer(name, geometryType, features, barrier, visible, order, o, source, style);
    }

    public ReferenceLayer withBarrier(boolean b) {
        return new ReferenceLayer(name, geometryType, features, b, visible, order, opacity, source, style);
    }

    public ReferenceLayer withOrder(int o) {
        return new ReferenceLayer(name, geometryType, features, barrier, visible, o, opacity, source, style);
    }

    public ReferenceLayer withStyle(LayerStyle s) {
        return new ReferenceLayer(name, geometryType, features, barrier, visible, order, opacity, source, s);
    }
}
