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
}
