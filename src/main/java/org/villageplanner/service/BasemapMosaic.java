package org.villageplanner.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.geo.Gcj02;

/**
 * Resamples basemap tiles into one image for a longitude/latitude box drawn as plan maps draw it (longitude and
 * latitude scaled linearly): for each output pixel the Web Mercator tile pixel under it, nearest neighbour, at
 * the lowest zoom whose resolution still matches the output (so the PDF carries no more pixels than the page
 * shows). With GCJ-02 tiles each pixel's position is shifted to GCJ-02 before the look-up. Tiles are decoded
 * once per image.
 */
final class BasemapMosaic implements MapBackdrop.Imagery {
    private static final int TILE = 256;
    private final TileFiles files;
    private final Path file;
    private final Basemap basemap;

    BasemapMosaic(TileFiles files, Path file, Basemap basemap) {
        this.files = files;
        this.file = file;
        this.basemap = basemap;
    }

    @Override
    public BufferedImage render(Envelope box, int width, int height) {
        if (width <= 0 || height <= 0) {
            return null;
        }
        int zoom = zoomFor(box.getWidth() / width);
        Map<Long, BufferedImage> cache = new HashMap<>();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        boolean any = false;
        double n = 1 << zoom;
        try (TileSet tiles = files.open(file)) {
            for (int j = 0; j < height; j++) {
                double lat = box.getMaxY() - (j + 0.5) * box.getHeight() / height;
                for (int i = 0; i < width; i++) {
                    double lon = box.getMinX() + (i + 0.5) * box.getWidth() / width;
                    double x = lon;
                    double y = lat;
                    if (basemap.gcj02()) {
                        double[] g = Gcj02.toGcj02(lon, lat);
                        x = g[0];
                        y = g[1];
                    }
                    double tx = (x + 180) / 360 * n;
                    double r = Math.toRadians(y);
                    double ty = (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n;
                    int col = (int) Math.floor(tx);
                    int row = (int) Math.floor(ty);
                    BufferedImage tile = cache.computeIfAbsent(((long) col << 32) | row,
                            k -> decode(tiles.tile(zoom, col, row)));
                    if (tile == null) {
                        continue;
                    }
                    int px = Math.min(tile.getWidth() - 1, (int) ((tx - col) * tile.getWidth()));
                    int py = Math.min(tile.getHeight() - 1, (int) ((ty - row) * tile.getHeight()));
                    out.setRGB(i, j, tile.getRGB(px, py));
                    any = true;
                }
            }
        }
        return any ? out : null;
    }

    /** The smallest zoom in range whose pixels are no larger than {@code degreesPerPixel}. */
    private int zoomFor(double degreesPerPixel) {
        for (int z = basemap.minZoom(); z <= basemap.maxZoom(); z++) {
            if (360.0 / ((1L << z) * TILE) <= degreesPerPixel) {
                return z;
            }
        }
        return basemap.maxZoom();
    }

    private static BufferedImage decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null; // a damaged tile is left blank rather than failing the whole map
        }
    }
}
