package org.villageplanner.ui.map;

import org.locationtech.jts.geom.Envelope;

/**
 * Lon/lat ↔ screen pixels by a local equirectangular projection: x scaled by cos(reference latitude) so
 * shapes keep their proportions at township and county scale. Plain state, no JavaFX; the map canvas asks
 * it, layers draw with it. Not thread safe (UI thread only).
 */
public final class Viewport {
    private double centerLon = 121.3;
    private double centerLat = 30.2;
    private double pixelsPerDegree = 2000;
    private double cosLat = Math.cos(Math.toRadians(30.2));
    private double width = 800;
    private double height = 600;
    private static final double MIN_PPD = 1;
    private static final double MAX_PPD = 5_000_000;

    public void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double x(double lon) {
        return width / 2 + (lon - centerLon) * pixelsPerDegree * cosLat;
    }

    public double y(double lat) {
        return height / 2 - (lat - centerLat) * pixelsPerDegree;
    }

    public double lon(double x) {
        return centerLon + (x - width / 2) / (pixelsPerDegree * cosLat);
    }

    public double lat(double y) {
        return centerLat - (y - height / 2) / pixelsPerDegree;
    }

    /** Pixels per degree of latitude; larger is closer. */
    public double scale() {
        return pixelsPerDegree;
    }

    /** Shows {@code e} whole with {@code marginPx} to spare on each side. */
    public void fit(Envelope e, double marginPx) {
        if (e == null || e.isNull()) {
            return;
        }
        centerLon = (e.getMinX() + e.getMaxX()) / 2;
        centerLat = (e.getMinY() + e.getMaxY()) / 2;
        cosLat = Math.cos(Math.toRadians(centerLat));
        double w = Math.max(e.getWidth() * cosLat, 1e-6);
        double h = Math.max(e.getHeight(), 1e-6);
        double availW = Math.max(10, width - 2 * marginPx);
        double availH = Math.max(10, height - 2 * marginPx);
        pixelsPerDegree = clamp(Math.min(availW / w, availH / h));
    }

    /** Zooms by {@code factor} keeping the point under (x, y) fixed on screen. */
    public void zoomAt(double factor, double x, double y) {
        double lon = lon(x);
        double lat = lat(y);
        pixelsPerDegree = clamp(pixelsPerDegree * factor);
        centerLon += lon - lon(x);
        centerLat += lat - lat(y);
    }

    /** Moves the map by (dx, dy) pixels, as a drag does. */
    public void pan(double dx, double dy) {
        centerLon -= dx / (pixelsPerDegree * cosLat);
        centerLat += dy / pixelsPerDegree;
    }

    /** The lon/lat box now on screen. */
    public Envelope visible() {
        return new Envelope(lon(0), lon(width), lat(height), lat(0));
    }

    private static double clamp(double ppd) {
        return Math.max(MIN_PPD, Math.min(MAX_PPD, ppd));
    }
}
