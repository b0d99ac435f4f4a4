package org.villageplanner.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The basemap's tiles for plan maps: opens the tile file for each request and decodes the tiles asked for. The
 * report places each tile once per document and chooses, per map, the zoom whose pixels match the page's
 * resolution ({@link #zoomFor}), so the PDF carries no more pixels than the page shows.
 *
 * @param file    the tile file, resolved against the project's folder
 * @param basemap the project's basemap record (zoom range, GCJ-02 flag)
 */
record BasemapMosaic(TileFiles files, Path file, Basemap basemap) implements MapBackdrop.Imagery {
    private static final int TILE = 256;

    @Override
    public int zoomFor(double degreesPerPixel) {
        for (int z = basemap.minZoom(); z <= basemap.maxZoom(); z++) {
            if (360.0 / ((1L << z) * TILE) <= degreesPerPixel) {
                return z;
            }
        }
        return basemap.maxZoom();
    }

    @Override
    public boolean gcj02() {
        return basemap.gcj02();
    }

    @Override
    public Map<Long, BufferedImage> tiles(int z, int x0, int x1, int y0, int y1) {
        Map<Long, BufferedImage> out = new HashMap<>();
        try (TileSet tiles = files.open(file)) {
            for (int x = x0; x <= x1; x++) {
                for (int y = y0; y <= y1; y++) {
                    BufferedImage img = decode(tiles.tile(z, x, y));
                    if (img != null) {
                        out.put(MapBackdrop.Imagery.key(x, y), img);
                    }
                }
            }
        }
        return out;
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
