package org.villageplanner.domain;

/** A location in EPSG:4326 degrees. */
public record GeoPoint(double lon, double lat) {
    public GeoPoint {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new PlannerException("core.point.outOfRange", lon, lat);
        }
    }
}
