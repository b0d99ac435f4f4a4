package org.villageplanner.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.villageplanner.geo.Gcj02;
import org.villageplanner.service.MapBackdrop;

/**
 * Draws a plan map's backdrop: the basemap under the villages — at the zoom whose tile pixels match the page at
 * {@value #DPI} dpi, each tile embedded once per document as JPEG and placed on every map that shows it, so the
 * file stays small (tile corners are placed exactly; inside a tile Web Mercator is taken as linear, off by well
 * under a pixel at township zooms) — with the villages then filled a little transparent so it shows through; the
 * visible reference layers (clipped to the map frame) over the village fills and under the cluster
 * outlines and names; a legend entry per layer and the basemap's attribution.
 */
final class BackdropPainter {
    static final int DPI = 150;
    private static final float VILLAGE_ALPHA = 0.7f;
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final int MAX_TILES = 400;
    private static final Map<PDDocument, Map<String, PDImageXObject>> EMBEDDED = new WeakHashMap<>();

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

    /**
     * Puts {@code b} on the map, a legend entry per layer, and the layers' feature labels inside the map's extent
     * (placed after the villages' and clusters' names, left out where they would collide or leave the frame).
     */
    static void prepare(MapSpec spec, MapBackdrop b) {
        spec.backdrop = b;
        for (MapBackdrop.Layer l : b.layers()) {
            spec.legend.add(new MapSpec.LegendEntry(colour(l.style().fill() != null ? l.style().fill()
                    : l.style().stroke()), l.name()));
        }
        // Topmost layer's labels first; within the renderer all of them come after the villages' (priority 0).
        for (int i = b.layers().size() - 1; i >= 0; i--) {
            MapBackdrop.Layer l = b.layers().get(i);
            Color text = colour(l.style().stroke()).darker();
            for (MapBackdrop.Label label : l.labels()) {
                if (spec.extent.contains(label.lon(), label.lat())) {
                    spec.labels.add(new MapSpec.Label(label.text(), label.lon(), label.lat(), LABEL_SIZE,
                            LABEL_PRIORITY, text, false));
                }
            }
        }
    }

    /** Reference-layer labels: small, and placed last. */
    private static final float LABEL_SIZE = 5f;
    private static final int LABEL_PRIORITY = -1;

    void basemap(float x, float bottom, float w, float h) throws IOException {
        MapBackdrop.Imagery imagery = backdrop.basemap();
        if (imagery == null) {
            return;
        }
        double west = map.lon(x);
        double east = map.lon(x + w);
        double south = map.lat(bottom);
        double north = map.lat(bottom + h);
        int z = imagery.zoomFor((east - west) / (w / 72.0 * DPI));
        int n = 1 << z;
        double[] sw = imagery.gcj02() ? Gcj02.toGcj02(west, south) : new double[] {west, south};
        double[] ne = imagery.gcj02() ? Gcj02.toGcj02(east, north) : new double[] {east, north};
        int x0 = clamp(column(sw[0], n), n);
        int x1 = clamp(column(ne[0], n), n);
        int y0 = clamp(row(ne[1], n), n);
        int y1 = clamp(row(sw[1], n), n);
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) {
            return;
        }
        Map<String, PDImageXObject> embedded = embedded(flow.doc());
        // Tiles are decoded only when one of the range was not met before in this document (embedded, or known to
        // be absent as a null entry): the cluster maps of a county re-use the overview's tiles without decoding.
        boolean unseen = false;
        for (int tx = x0; tx <= x1 && !unseen; tx++) {
            for (int ty = y0; ty <= y1 && !unseen; ty++) {
                unseen = !embedded.containsKey(z + "/" + tx + "/" + ty);
            }
        }
        Map<Long, BufferedImage> tiles = unseen ? imagery.tiles(z, x0, x1, y0, y1) : Map.of();
        boolean any = false;
        for (int tx = x0; tx <= x1; tx++) {
            for (int ty = y0; ty <= y1; ty++) {
                String key = z + "/" + tx + "/" + ty;
                if (unseen && !embedded.containsKey(key)) {
                    BufferedImage tile = tiles.get(MapBackdrop.Imagery.key(tx, ty));
                    embedded.put(key, tile == null ? null : JPEGFactory.createFromImage(flow.doc(), flatten(tile), 0.75f));
                }
                any |= embedded.get(key) != null;
            }
        }
        if (!any) {
            return;
        }
        alpha((float) backdrop.basemapOpacity());
        for (int tx = x0; tx <= x1; tx++) {
            for (int ty = y0; ty <= y1; ty++) {
                PDImageXObject xo = embedded.get(z + "/" + tx + "/" + ty);
                if (xo == null) {
                    continue;
                }
                double[] nw = corner(tx, ty, n, imagery.gcj02());
                double[] se = corner(tx + 1, ty + 1, n, imagery.gcj02());
                float left = map.px(nw[0]);
                float top = map.py(nw[1]);
                cs.drawImage(xo, left, map.py(se[1]), map.px(se[0]) - left, top - map.py(se[1]));
            }
        }
        alpha(1f);
        basemapDrawn = true;
    }

    /** The WGS 84 position of tile corner (x, y) at 2^z = n tiles, shifted back from GCJ-02 when asked. */
    private static double[] corner(int x, int y, int n, boolean gcj02) {
        double lon = x * 360.0 / n - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * y / n))));
        return gcj02 ? Gcj02.toWgs84(lon, lat) : new double[] {lon, lat};
    }

    private static int column(double lon, int n) {
        return (int) Math.floor((lon + 180) / 360 * n);
    }

    private static int row(double lat, int n) {
        double r = Math.toRadians(Math.max(-85.05, Math.min(85.05, lat)));
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    /** Tiles may be transparent PNGs; JPEG has no alpha, so they are laid on white. */
    private static BufferedImage flatten(BufferedImage tile) {
        BufferedImage rgb = new BufferedImage(tile.getWidth(), tile.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(tile, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Each tile is embedded once per document and drawn from there on every map that shows it. */
    private static synchronized Map<String, PDImageXObject> embedded(PDDocument doc) {
        return EMBEDDED.computeIfAbsent(doc, d -> new HashMap<>());
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
            float width = (float) (l.style().widthMm() * 72 / 25.4);
            boolean any = false;
            boolean areas = false;
            // One path and one paint per layer: a few operators and one graphics state, not one per feature.
            for (Geometry g0 : l.geometries()) {
                if (!frameBox.intersects(g0.getEnvelopeInternal())) {
                    continue;
                }
                Geometry g = frameBox.covers(g0.getEnvelopeInternal()) ? g0 : g0.intersection(frame);
                areas |= g.getDimension() != 1;
                any |= path(g, width);
            }
            if (any) {
                paint(l, (float) l.opacity(), width, areas);
            }
        }
        alpha(1f);
        cs.setLineDashPattern(new float[0], 0);
    }

    /** Adds {@code g} to the current path; false when nothing was added. */
    private boolean path(Geometry g, float width) throws IOException {
        boolean any = false;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g && part.getNumGeometries() > 1) {
                any |= path(part, width);
            } else if (part instanceof Polygon p) {
                ring(p.getExteriorRing(), true);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(p.getInteriorRingN(r), true);
                }
                any = true;
            } else if (part instanceof LineString line && line.getNumPoints() > 1) {
                ring(line, false);
                any = true;
            } else if (part instanceof Point pt && !pt.isEmpty()) {
                float r = Math.max(1.5f, width * 2.5f);
                cs.addRect(map.px(pt.getX()) - r, map.py(pt.getY()) - r, 2 * r, 2 * r);
                any = true;
            }
        }
        return any;
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
        String text = flow.language().text("report.map.basemap", backdrop.attribution());
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
