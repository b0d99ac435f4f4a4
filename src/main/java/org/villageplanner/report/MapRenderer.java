package org.villageplanner.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a {@link MapSpec} as vector paths into a rectangle of the page: lon/lat are projected with a local
 * equirectangular scale (x shrunk by cos of the centre latitude, good to well under 1% across a county), fitted
 * to the rectangle with the aspect kept, and clipped to it. Adds a frame, a legend, a scale bar with a round
 * length in km, and a north arrow. Fills are opaque: transparency is what makes GIS atlas PDFs huge and slow.
 */
final class MapRenderer {
    private static final double KM_PER_DEG_LAT = 110.574;
    private static final double KM_PER_DEG_LON_EQUATOR = 111.320;
    private static final Color FRAME = new Color(0x88, 0x88, 0x88);
    private static final Color CONTEXT = new Color(0x9A, 0x9A, 0x9A);
    private static final float LEGEND_SIZE = 7.5f;
    /** Labels of at least this priority are drawn even when no collision-free place is found. */
    static final int MUST_SHOW = 2;
    private static final float POINT_RADIUS = 3.5f;

    private final PageFlow flow;
    private final PDPageContentStream cs;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final PathBytes ringBytes = new PathBytes();
    private double lon0;
    private double kx;
    private double ky;
    private double scale;
    private double originX;
    private double originY;

    private MapRenderer(PageFlow flow) {
        this.flow = flow;
        this.cs = flow.cs();
    }

    static void draw(PageFlow flow, MapSpec spec, float x, float bottom, float w, float h) throws IOException {
        new MapRenderer(flow).render(spec, x, bottom, w, h);
    }

    private void render(MapSpec spec, float x, float bottom, float w, float h) throws IOException {
        fit(spec.extent, x, bottom, w, h);
        cs.saveGraphicsState();
        cs.addRect(x, bottom, w, h);
        cs.clip();
        cs.setLineJoinStyle(1);
        BackdropPainter painter = new BackdropPainter(flow, this, spec.backdrop);
        painter.basemap(x, bottom, w, h);
        painter.beginVillages();
        for (MapSpec.Area a : spec.areas) {
            path(a.geometry());
            cs.setNonStrokingColor(a.fill());
            cs.setStrokingColor(a.stroke());
            cs.setLineWidth(a.strokeWidth());
            cs.fillAndStrokeEvenOdd();
        }
        painter.endVillages();
        for (Geometry g : spec.context) {
            strokeLines(g, CONTEXT, 0.8f, true);
        }
        painter.layers(x, bottom, w, h);
        for (MapSpec.Area o : spec.outlines) {
            strokeLines(o.geometry(), o.stroke(), o.strokeWidth(), false);
        }
        cs.restoreGraphicsState();
        cs.setLineDashPattern(new float[0], 0);
        cs.setStrokingColor(FRAME);
        cs.setLineWidth(0.6f);
        cs.addRect(x, bottom, w, h);
        cs.stroke();
        legend(spec, x + 6, bottom + 6);
        painter.attribution(x, bottom, w, h);
        scaleBar(x + w - 8, bottom + 8, w);
        northArrow(x + w - 20, bottom + h - 12);
        labels(spec, x, bottom, w, h);
    }

    /** The height at which the map's extent fills {@code width} (same local projection as the drawing). */
    static float naturalHeight(MapSpec spec, float width) {
        Envelope e = spec.extent;
        double lat0 = (e.getMinY() + e.getMaxY()) / 2;
        double widthKm = Math.max(e.getWidth() * KM_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(lat0)), 1e-6);
        double heightKm = Math.max(e.getHeight() * KM_PER_DEG_LAT, 1e-6);
        return (float) (width * heightKm / widthKm);
    }

    private void fit(Envelope e, float x, float bottom, float w, float h) {
        lon0 = (e.getMinX() + e.getMaxX()) / 2;
        double lat0 = (e.getMinY() + e.getMaxY()) / 2;
        kx = KM_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(lat0));
        ky = KM_PER_DEG_LAT;
        double widthKm = Math.max(e.getWidth() * kx, 1e-6);
        double heightKm = Math.max(e.getHeight() * ky, 1e-6);
        scale = Math.min(w / widthKm, h / heightKm) * 0.94;
        originX = x + w / 2.0;
        originY = bottom + h / 2.0 - lat0 * ky * scale;
    }

    float px(double lon) {
        return (float) (originX + (lon - lon0) * kx * scale);
    }

    float py(double lat) {
        return (float) (originY + lat * ky * scale);
    }

    /** Longitude at page x (inverse of {@link #px}). */
    double lon(float x) {
        return lon0 + (x - originX) / (kx * scale);
    }

    /** Latitude at page y (inverse of {@link #py}). */
    double lat(float y) {
        return (y - originY) / (ky * scale);
    }

    private void path(Geometry g) throws IOException {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(p.getExteriorRing());
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(p.getInteriorRingN(r));
                }
            } else if (part instanceof Point pt) {
                circle(px(pt.getX()), py(pt.getY()), POINT_RADIUS);
            } else if (part != g) {
                path(part);
            }
        }
    }

    /** A circle as four Bézier arcs (k = 0.5523 approximates a quarter circle). */
    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** A closed ring; points closer than a quarter point to the last one are dropped to keep the file small. */
    private void ring(LineString ring) throws IOException {
        Coordinate[] cs0 = ring.getCoordinates();
        if (cs0.length < 3) {
            return;
        }
        ringBytes.clear();
        if (ring(cs0, true)) {
            ringBytes.appendTo(cs);
        } else {
            // A coordinate PDFBox formats another way: the same path through its own operators.
            ringBytes.clear();
            ring(cs0, false);
        }
    }

    /** The ring's operators into {@link #ringBytes} ({@code fast}) or straight into the stream. */
    private boolean ring(Coordinate[] cs0, boolean fast) throws IOException {
        float lastX = px(cs0[0].x);
        float lastY = py(cs0[0].y);
        if (fast && !ringBytes.point(lastX, lastY, 'm')) {
            return false;
        } else if (!fast) {
            cs.moveTo(lastX, lastY);
        }
        for (int i = 1; i < cs0.length - 1; i++) {
            float nx = px(cs0[i].x);
            float ny = py(cs0[i].y);
            if (Math.abs(nx - lastX) + Math.abs(ny - lastY) >= 0.25f) {
                if (fast && !ringBytes.point(nx, ny, 'l')) {
                    return false;
                } else if (!fast) {
                    cs.lineTo(nx, ny);
                }
                lastX = nx;
                lastY = ny;
            }
        }
        if (fast) {
            ringBytes.operator('h');
        } else {
            cs.closePath();
        }
        return true;
    }

    private void strokeLines(Geometry g, Color color, float width, boolean dashed) throws IOException {
        path(g);
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    private void legend(MapSpec spec, float x, float bottom) throws IOException {
        if (spec.legend.isEmpty()) {
            return;
        }
        float row = 11;
        float textWidth = 0;
        for (MapSpec.LegendEntry e : spec.legend) {
            textWidth = Math.max(textWidth, flow.fonts().width(flow.fonts().printable(e.text()), LEGEND_SIZE));
        }
        float w = textWidth + 26;
        float h = spec.legend.size() * row + 6;
        boxed(x, bottom, w, h);
        float y = bottom + h - row;
        for (MapSpec.LegendEntry e : spec.legend) {
            cs.setNonStrokingColor(e.color());
            cs.setStrokingColor(FRAME);
            cs.setLineWidth(0.4f);
            cs.addRect(x + 5, y, 12, 7);
            cs.fillAndStroke();
            flow.text(e.text(), x + 21, y + 0.5f, LEGEND_SIZE, PageFlow.INK, false);
            y -= row;
        }
        taken.add(new Rectangle2D.Double(x, bottom, w, h));
    }

    private void boxed(float x, float bottom, float w, float h) throws IOException {
        cs.setNonStrokingColor(Color.WHITE);
        cs.setStrokingColor(FRAME);
        cs.setLineWidth(0.5f);
        cs.addRect(x, bottom, w, h);
        cs.fillAndStroke();
    }

    /** A two-part black/white bar about a fifth of the map wide, rounded to 1, 2 or 5 × 10^k km. */
    private void scaleBar(float right, float bottom, float mapWidth) throws IOException {
        double km = niceLength(mapWidth * 0.2 / scale);
        float len = (float) (km * scale);
        String label = flow.language().text("report.map.km", Formats.decimal(km, km < 1 ? 1 : 0));
        float labelWidth = flow.fonts().width(label, LEGEND_SIZE);
        float boxW = len + labelWidth + 22;
        float left = right - boxW;
        boxed(left, bottom, boxW, 20);
        float barX = left + 7;
        float barY = bottom + 6;
        for (int i = 0; i < 2; i++) {
            cs.setNonStrokingColor(i == 0 ? PageFlow.INK : Color.WHITE);
            cs.setStrokingColor(PageFlow.INK);
            cs.setLineWidth(0.5f);
            cs.addRect(barX + i * len / 2, barY, len / 2, 4);
            cs.fillAndStroke();
        }
        flow.text("0", barX - 2, barY + 6, 6.5f, PageFlow.INK, false);
        flow.text(label, barX + len + 4, barY, LEGEND_SIZE, PageFlow.INK, false);
        taken.add(new Rectangle2D.Double(left, bottom, boxW, 20));
    }

    /** Rounds a length in km down to 1, 2 or 5 times a power of ten. */
    static double niceLength(double km) {
        if (!(km > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(km)));
        double m = km / power;
        double nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        return nice * power;
    }

    private void northArrow(float cx, float top) throws IOException {
        float half = 6;
        float tip = top - 10;
        cs.setStrokingColor(PageFlow.INK);
        cs.setLineWidth(0.6f);
        cs.setNonStrokingColor(PageFlow.INK);
        cs.moveTo(cx, tip);
        cs.lineTo(cx - half, tip - 20);
        cs.lineTo(cx, tip - 15);
        cs.closePath();
        cs.fillAndStroke();
        cs.setNonStrokingColor(Color.WHITE);
        cs.moveTo(cx, tip);
        cs.lineTo(cx + half, tip - 20);
        cs.lineTo(cx, tip - 15);
        cs.closePath();
        cs.fillAndStroke();
        flow.textCentered(flow.language().text("report.map.north"), cx, top - 7, 8, PageFlow.INK, true);
        taken.add(new Rectangle2D.Double(cx - 10, tip - 22, 20, 34));
    }

    private void labels(MapSpec spec, float x, float bottom, float w, float h) {
        Rectangle2D box = new Rectangle2D.Double(x + 2, bottom + 2, w - 4, h - 4);
        List<MapSpec.Label> sorted = new ArrayList<>(spec.labels);
        sorted.sort(Comparator.comparingInt(MapSpec.Label::priority).reversed());
        for (MapSpec.Label l : sorted) {
            String text = flow.fonts().printable(l.text());
            float tw = flow.fonts().width(text, l.size());
            Rectangle2D placed = null;
            // Centred on its place first (not for a point: its dot must stay visible), then above, below, right or
            // left of it.
            float[][] shifts = l.beside() ? new float[][] {{0, 1.1f}, {0, -1.3f}, {0.6f, 0}, {-0.6f, 0}}
                    : new float[][] {{0, 0}, {0, 1.1f}, {0, -1.1f}, {0.6f, 0}, {-0.6f, 0}};
            for (float[] s : shifts) {
                float lx = px(l.lon()) - tw / 2 + s[0] * tw;
                float ly = py(l.lat()) - l.size() / 3 + s[1] * l.size();
                Rectangle2D r = new Rectangle2D.Double(lx - 1, ly - l.size() * 0.25, tw + 2, l.size() * 1.2);
                if (box.contains(r) && taken.stream().noneMatch(r::intersects)) {
                    placed = r;
                    break;
                }
            }
            if (placed == null && l.priority() >= MUST_SHOW) {
                // A member's name must be on its cluster's map, even if it touches another label.
                float lx = px(l.lon()) - tw / 2;
                float ly = py(l.lat()) - l.size() / 3 + shifts[0][1] * l.size();
                placed = new Rectangle2D.Double(lx - 1, ly - l.size() * 0.25, tw + 2, l.size() * 1.2);
            }
            if (placed != null) {
                taken.add(placed);
                flow.haloText(text, (float) placed.getX() + 1, (float) (placed.getY() + l.size() * 0.25),
                        l.size(), l.color(), l.priority() > 0);
            }
        }
    }
}
