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
    private static final int BLOCK = 32;
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
        double n = 1 << zoom;
        Map<Long, int[]> cache = new HashMap<>();
        int[] out = new int[width * height];
        boolean any = false;
        try (TileSet tiles = files.open(file)) {
            for (int j = 0; j < height; j++) {
                double lat = box.getMaxY() - (j + 0.5) * box.getHeight() / height;
                for (int b = 0; b < width; b += BLOCK) {
                    // The GCJ-02 offset changes by metres over kilometres: one value per block of pixels is enough.
                    double dLon = 0;
                    double dLat = 0;
                    if (basemap.gcj02()) {
                        double cLon = box.getMinX() + (Math.min(width, b + BLOCK / 2) + 0.5) * box.getWidth() / width;
                        double[] g = Gcj02.toGcj02(cLon, lat);
                        dLon = g[0] - cLon;
                        dLat = g[1] - lat;
                    }
                    double r = Math.toRadians(lat + dLat);
                    double ty = (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n;
                    int row = (int) Math.floor(ty);
                    for (int i = b; i < Math.min(width, b + BLOCK); i++) {
                        double lon = box.getMinX() + (i + 0.5) * box.getWidth() / width + dLon;
                        double tx = (lon + 180) / 360 * n;
                        int col = (int) Math.floor(tx);
                        long key = ((long) col << 32) | (row & 0xffffffffL);
                        int[] tile = cache.get(key);
                        if (tile == null && !cache.containsKey(key)) { // missing tiles are remembered too
                            tile = decode(tiles.tile(zoom, col, row));
                            cache.put(key, tile);
                        }
                        if (tile == null) {
                            continue;
                        }
                        int px = Math.min(TILE - 1, (int) ((tx - col) * TILE));
                        int py = Math.min(TILE - 1, (int) ((ty - row) * TILE));
                        out[j * width + i] = tile[py * TILE + px];
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return null;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, out, 0, width);
        return image;
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

    /** The tile's ARGB pixels scaled to 256 × 256, or null when absent or not decodable. */
    private static int[] decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null; // a damaged tile is left blank rather than failing the whole map
        }
        if (img == null) {
            return null;
        }
        BufferedImage argb = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        g.drawImage(img, 0, 0, TILE, TILE, null);
        g.dispose();
        return argb.getRGB(0, 0, TILE, TILE, null, 0, TILE);
    }
}
