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
    /** The box a partial frame redraws (null in a whole frame); see {@link #area()}. */
    private Envelope area;
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

    /**
     * The lon/lat box the frame being drawn covers: {@link #visible()} in a whole frame; in a partial frame (after an
     * edit) the small box the canvas is clipped to. Layers draw the features meeting it; what depends on the whole
     * view (where labels go, which tiles) still goes by {@link #visible()}.
     */
    public Envelope area() {
        return area != null ? new Envelope(area) : visible();
    }

    /**
     * The box to query for features that draw up to {@code marginPx} pixels beyond their own box (half a stroke, a
     * point's marker): in a whole frame {@link #visible()}; in a partial frame {@link #area()} widened by the margin,
     * cut to the screen. A box meets this iff it meets both (boxes on a line meet pairwise, hence all together), so a
     * layer drawing what meets it draws exactly the features of a whole frame whose pixels reach the area.
     */
    public Envelope area(double marginPx) {
        Envelope v = visible();
        if (area == null) {
            return v;
        }
        Envelope a = new Envelope(area);
        a.expandBy(marginPx / (pixelsPerDegree * cosLat), marginPx / pixelsPerDegree);
        return a.intersection(v);
    }

    /** Whether the frame being drawn is a partial one ({@link #area()} smaller than the screen). */
    public boolean partial() {
        return area != null;
    }

    /** Screen pixels of {@link #area()}: {x0, y0, x1, y1}. */
    public double[] areaPixels() {
        Envelope a = area();
        return new double[] {x(a.getMinX()), y(a.getMaxY()), x(a.getMaxX()), y(a.getMinY())};
    }

    void setArea(Envelope lonLat) {
        area = lonLat;
    }

    /** What places the map on the screen, to tell whether the view moved since the last frame. */
    double[] state() {
        return new double[] {centerLon, centerLat, pixelsPerDegree, cosLat, width, height};
    }

    private static double clamp(double ppd) {
        return Math.max(MIN_PPD, Math.min(MAX_PPD, ppd));
    }
}
