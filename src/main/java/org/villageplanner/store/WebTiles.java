package org.villageplanner.store;

/** Web Mercator (EPSG:3857) tile arithmetic of the XYZ scheme: row 0 at the top, 2^z × 2^z tiles. */
final class WebTiles {
    static final double HALF_WORLD = 20037508.342789244;

    private WebTiles() {
    }

    static int column(double lon, int zoom) {
        int n = 1 << zoom;
        return clamp((int) Math.floor((lon + 180.0) / 360.0 * n), n);
    }

    static int row(double lat, int zoom) {
        int n = 1 << zoom;
        double r = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, lat)));
        return clamp((int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n), n);
    }

    static double mercatorX(double lon) {
        return Math.toRadians(lon) * 6378137.0;
    }

    static double mercatorY(double lat) {
        double r = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, lat)));
        return Math.log(Math.tan(Math.PI / 4 + r / 2)) * 6378137.0;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
