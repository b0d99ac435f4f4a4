package org.villageplanner.ui.map;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.villageplanner.geo.Gcj02;
import org.villageplanner.service.TileSet;

/**
 * The offline basemap, lowest on the map: raster tiles at the zoom whose pixels best match the screen's, drawn
 * with the basemap's opacity. Decoded tiles are kept in a small in-memory cache keyed by z/x/y so panning
 * decodes only the tiles that come into view. Its {@link #attribution()} layer writes the source in a corner,
 * on top of everything.
 */
public final class BasemapPainter extends MapLayer {
    private static final int CACHE_TILES = 256;
    private static final int MAX_TILES_PER_FRAME = 48;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > CACHE_TILES;
        }
    };
    private final MapLayer attributionLayer = new AttributionLayer();
    private TileSet tiles;
    private double opacity = 1;
    private boolean gcj02;
    private String attribution = "";
    private int lastZoom = -1;
    private int lastTiles;

    /** Shows {@code set} (closing the one shown before); null removes the basemap. */
    public void setTiles(TileSet set, double opacity, boolean gcj02, String attribution) {
        if (set == null && tiles == null) {
            attributionLayer.setVisible(false);
            return; // still no basemap: nothing to draw again
        }
        if (tiles != null && tiles != set) {
            tiles.close();
        }
        tiles = set;
        this.opacity = opacity;
        this.gcj02 = gcj02;
        this.attribution = set == null || attribution == null ? "" : attribution;
        cache.clear();
        markDirty();
        attributionLayer.setVisible(!this.attribution.isEmpty());
    }

    public void setOpacity(double o) {
        opacity = o;
        markDirty();
    }

    public boolean hasTiles() {
        return tiles != null;
    }

    public String attributionText() {
        return attribution;
    }

    /** The layer that shows the attribution; add it above the villages. */
    public MapLayer attribution() {
        return attributionLayer;
    }

    /** Zoom level and tiles drawn in the last frame, -1/0 before any. */
    public int lastZoom() {
        return lastZoom;
    }

    public int lastTiles() {
        return lastTiles;
    }

    public int cachedTiles() {
        return cache.size();
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        if (tiles == null || opacity <= 0) {
            return;
        }
        double pxPerDegLon = vp.x(vp.lon(0) + 1) - vp.x(vp.lon(0));
        // A tile of zoom z spans 360/2^z degrees of longitude in 256 pixels: pick the z whose pixels are
        // closest to, and not coarser than, the screen's.
        int z = (int) Math.ceil(Math.log(pxPerDegLon * 360 / 256) / Math.log(2));
        z = Math.max(tiles.minZoom(), Math.min(tiles.maxZoom(), z));
        double[] lo = tileCoords(vp.lon(0), vp.lat(vp.height()));
        double[] hi = tileCoords(vp.lon(vp.width()), vp.lat(0));
        int x0;
        int x1;
        int y0;
        int y1;
        while (true) {
            double n = Math.pow(2, z);
            x0 = (int) Math.floor(lo[0] * n);
            x1 = (int) Math.floor(hi[0] * n);
            y0 = (int) Math.floor(hi[1] * n);
            y1 = (int) Math.floor(lo[1] * n);
            if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_TILES_PER_FRAME || z <= tiles.minZoom()) {
                break;
            }
            z--;
        }
        int n = 1 << z;
        gc.setGlobalAlpha(opacity);
        gc.setImageSmoothing(true);
        int drawn = 0;
        // Tiles and zoom go by the whole view, so that a partial frame draws the same tiles where it reaches.
        double[] area = vp.partial() ? vp.areaPixels() : null;
        for (int ty = Math.max(0, y0); ty <= Math.min(n - 1, y1); ty++) {
            for (int tx = Math.max(0, x0); tx <= Math.min(n - 1, x1); tx++) {
                Image img = tile(z, tx, ty);
                if (img == null) {
                    continue;
                }
                double[] nw = corner(tx, ty, n);
                double[] se = corner(tx + 1, ty + 1, n);
                double sx = vp.x(nw[0]);
                double sy = vp.y(nw[1]);
                double ex = vp.x(se[0]);
                double ey = vp.y(se[1]);
                if (area != null && !(sx - 1 < area[2] && ex + 1 > area[0] && sy - 1 < area[3] && ey + 1 > area[1])) {
                    continue;
                }
                gc.drawImage(img, sx, sy, vp.x(se[0]) - sx, vp.y(se[1]) - sy);
                drawn++;
            }
        }
        gc.setGlobalAlpha(1);
        lastZoom = z;
        lastTiles = drawn;
    }

    private Image tile(int z, int x, int y) {
        String key = z + "/" + x + "/" + y;
        Image img = cache.get(key);
        if (img == null && !cache.containsKey(key)) {
            byte[] bytes = tiles.tile(z, x, y);
            img = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
            if (img != null && img.isError()) {
                img = null;
            }
            cache.put(key, img);
        }
        return img;
    }

    /** Web-Mercator tile fractions (0–1) of a WGS84 point, shifted to GCJ-02 when the tiles are. */
    private double[] tileCoords(double lon, double lat) {
        double[] p = gcj02 ? Gcj02.toGcj02(lon, lat) : new double[] {lon, lat};
        double la = Math.toRadians(Math.max(-85.05, Math.min(85.05, p[1])));
        double x = (p[0] + 180) / 360;
        double y = (1 - Math.log(Math.tan(la) + 1 / Math.cos(la)) / Math.PI) / 2;
        return new double[] {x, y};
    }

    /** The WGS84 lon/lat of tile corner (x, y) at 2^z = n tiles per side. */
    private double[] corner(int x, int y, int n) {
        double lon = x * 360.0 / n - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * y / n))));
        return gcj02 ? Gcj02.toWgs84(lon, lat) : new double[] {lon, lat};
    }

    /** The basemap's source, bottom left (the legends take the right), on a pale band so it reads over any map. */
    private final class AttributionLayer extends MapLayer {
        @Override
        protected void draw(GraphicsContext gc, Viewport vp) {
            if (tiles == null || attribution.isEmpty()) {
                return;
            }
            gc.setFont(Font.font(11));
            double w = Math.min(vp.width() - 8, attribution.length() * 6.5 + 10);
            gc.setFill(Color.rgb(255, 255, 255, 0.75));
            gc.fillRect(4, vp.height() - 20, w, 16);
            gc.setFill(Color.rgb(40, 40, 40));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(attribution, 9, vp.height() - 12);
        }
    }
}
