package org.villageplanner.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.MapBackdrop;

/**
 * Draws a plan map's backdrop: the basemap (resampled to the page's resolution, {@value #DPI} dpi, and embedded
 * as JPEG so the file stays small) under the villages, which are then filled a little transparent so it shows
 * through; the visible reference layers (clipped to the map frame) over the village fills and under the cluster
 * outlines and names; a legend entry per layer and the basemap's attribution.
 */
final class BackdropPainter {
    static final int DPI = 150;
    private static final float VILLAGE_ALPHA = 0.7f;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final PageFlow flow;
    private final PDPageContentStream cs;
    private final MapRenderer map;
    private final MapBackdrop backdrop;
    private boolean basemapDrawn;

    BackdropPainter(PageFlow flow, MapRenderer map, MapBackdrop backdrop) {
        this.flow = flow;
        this.cs = flow.cs();
        this.map = map;
        this.backdrop = backdrop;
    }

    /** Puts {@code b} on the map and a legend entry per layer. */
    static void prepare(MapSpec spec, MapBackdrop b) {
        spec.backdrop = b;
        for (MapBackdrop.Layer l : b.layers()) {
            spec.legend.add(new MapSpec.LegendEntry(colour(l.style().fill() != null ? l.style().fill()
                    : l.style().stroke()), l.name()));
        }
    }

    void basemap(float x, float bottom, float w, float h) throws IOException {
        if (backdrop.basemap() == null) {
            return;
        }
        Envelope box = new Envelope(map.lon(x), map.lon(x + w), map.lat(bottom), map.lat(bottom + h));
        int wpx = Math.max(1, Math.round(w / 72f * DPI));
        int hpx = Math.max(1, Math.round(h / 72f * DPI));
        BufferedImage image = backdrop.basemap().render(box, wpx, hpx);
        if (image == null) {
            return;
        }
        BufferedImage rgb = new BufferedImage(wpx, hpx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, wpx, hpx);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        PDImageXObject xo = JPEGFactory.createFromImage(flow.doc(), rgb, 0.75f);
        alpha((float) backdrop.basemapOpacity());
        cs.drawImage(xo, x, bottom, w, h);
        alpha(1f);
        basemapDrawn = true;
    }

    void beginVillages() throws IOException {
        if (basemapDrawn) {
            alpha(VILLAGE_ALPHA);
        }
    }

    void endVillages() throws IOException {
        if (basemapDrawn) {
            alpha(1f);
        }
    }

    void layers(float x, float bottom, float w, float h) throws IOException {
        if (backdrop.layers().isEmpty()) {
            return;
        }
        Geometry frame = FACTORY.toGeometry(new Envelope(map.lon(x), map.lon(x + w), map.lat(bottom),
                map.lat(bottom + h)));
        Envelope frameBox = frame.getEnvelopeInternal();
        for (MapBackdrop.Layer l : backdrop.layers()) {
            float opacity = (float) l.opacity();
            float width = (float) (l.style().widthMm() * 72 / 25.4);
            for (Geometry g0 : l.geometries()) {
                if (!frameBox.intersects(g0.getEnvelopeInternal())) {
                    continue;
                }
                Geometry g = frameBox.covers(g0.getEnvelopeInternal()) ? g0 : g0.intersection(frame);
                draw(g, l, opacity, width);
            }
        }
        alpha(1f);
        cs.setLineDashPattern(new float[0], 0);
    }

    private void draw(Geometry g, MapBackdrop.Layer l, float opacity, float width) throws IOException {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g && part.getNumGeometries() > 1) {
                draw(part, l, opacity, width);
            } else if (part instanceof Polygon p) {
                ring(p.getExteriorRing(), true);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(p.getInteriorRingN(r), true);
                }
                paint(l, opacity, width, true);
            } else if (part instanceof LineString line) {
                ring(line, false);
                paint(l, opacity, width, false);
            } else if (part instanceof Point pt) {
                float px = map.px(pt.getX());
                float py = map.py(pt.getY());
                float r = Math.max(1.5f, width * 2.5f);
                cs.addRect(px - r, py - r, 2 * r, 2 * r);
                paint(l, opacity, width, true);
            }
        }
    }

    private void ring(LineString line, boolean close) throws IOException {
        Coordinate[] c = line.getCoordinates();
        if (c.length < 2) {
            return;
        }
        float lx = map.px(c[0].x);
        float ly = map.py(c[0].y);
        cs.moveTo(lx, ly);
        for (int i = 1; i < c.length; i++) {
            float nx = map.px(c[i].x);
            float ny = map.py(c[i].y);
            if (i == c.length - 1 || Math.abs(nx - lx) + Math.abs(ny - ly) >= 0.25f) {
                cs.lineTo(nx, ny);
                lx = nx;
                ly = ny;
            }
        }
        if (close) {
            cs.closePath();
        }
    }

    private void paint(MapBackdrop.Layer l, float opacity, float width, boolean area) throws IOException {
        cs.setStrokingColor(colour(l.style().stroke()));
        cs.setLineWidth(width);
        if (area && l.style().fill() != null) {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant((float) (opacity * l.style().fillOpacity()));
            gs.setStrokingAlphaConstant(opacity);
            cs.setGraphicsStateParameters(gs);
            cs.setNonStrokingColor(colour(l.style().fill()));
            cs.fillAndStrokeEvenOdd();
        } else {
            alpha(opacity);
            cs.stroke();
        }
    }

    void attribution(float x, float bottom, float w, float h) throws IOException {
        if (backdrop.basemap() == null || !basemapDrawn) {
            return;
        }
        String text = Messages.get("report.map.basemap", backdrop.attribution());
        flow.haloText(text, x + 4, bottom + h - 9, 6f, PageFlow.INK, false);
    }

    private void alpha(float a) throws IOException {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setNonStrokingAlphaConstant(a);
        gs.setStrokingAlphaConstant(a);
        cs.setGraphicsStateParameters(gs);
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
