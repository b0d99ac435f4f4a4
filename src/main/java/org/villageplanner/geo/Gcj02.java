package org.villageplanner.geo;

/**
 * The GCJ-02 offset that Chinese online maps apply to WGS84/CGCS2000 coordinates, and its inverse.
 *
 * <p>{@link #toGcj02} is the widely published closed-form formula (a Krasovsky-ellipsoid displacement built from
 * sine series in longitude and latitude offsets from 105°E, 35°N); outside mainland China (a bounding box test)
 * coordinates are returned unchanged, as the services do. The inverse has no closed form: {@link #toWgs84}
 * iterates {@code p ← p − (gcj(p) − target)}, which converges because the offset changes by well under a
 * millimetre per metre; after 3 steps the round trip error is below 1e-7° (about 1 cm), after the default
 * iteration limit it is below 1e-9°. The accuracy against the real services is that of the formula itself:
 * it reproduces their published tiles to within about a metre, not better, because the services add no
 * further documented terms. CGCS2000 and WGS84 are treated as equal (they differ by centimetres).
 */
public final class Gcj02 {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final int MAX_STEPS = 20;

    private Gcj02() {
    }

    /** True inside the rough mainland-China box where the offset applies. */
    public static boolean applies(double lon, double lat) {
        return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    /** {lon, lat} in GCJ-02 for a WGS84 position. */
    public static double[] toGcj02(double lon, double lat) {
        if (!applies(lon, lat)) {
            return new double[] {lon, lat};
        }
        double dLat = latOffset(lon - 105.0, lat - 35.0);
        double dLon = lonOffset(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lon + dLon, lat + dLat};
    }

    /** {lon, lat} in WGS84 for a GCJ-02 position, by fixed-point iteration of {@link #toGcj02}. */
    public static double[] toWgs84(double lon, double lat) {
        double x = lon;
        double y = lat;
        for (int i = 0; i < MAX_STEPS; i++) {
            double[] g = toGcj02(x, y);
            double ex = g[0] - lon;
            double ey = g[1] - lat;
            x -= ex;
            y -= ey;
            if (Math.abs(ex) < 1e-10 && Math.abs(ey) < 1e-10) {
                break;
            }
        }
        return new double[] {x, y};
    }

    private static double latOffset(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double lonOffset(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
