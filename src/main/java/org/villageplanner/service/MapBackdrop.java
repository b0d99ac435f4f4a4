package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What plan maps draw under the clusters: the visible reference layers (lowest first) and the basemap, with the
 * basemap's attribution. Geometry in EPSG:4326.
 *
 * @param basemap        null when the project has no basemap
 * @param basemapOpacity 0–1
 */
public record MapBackdrop(List<Layer> layers, Imagery basemap, @Units.Fraction double basemapOpacity, String attribution) {
    public static final MapBackdrop NONE = new MapBackdrop(List.of(), null, 1, "");

    public MapBackdrop {
        layers = List.copyOf(layers);
        attribution = attribution == null ? "" : attribution;
    }

    public boolean isEmpty() {
        return layers.isEmpty() && basemap == null;
    }

    /**
     * One visible reference layer as drawn, with the labels of its features when its style names a label field
     * (each at its {@code geo.LabelAnchor}).
     */
    public record Layer(String name, List<Geometry> geometries, LayerStyle style, @Units.Fraction double opacity,
            List<Label> labels) {
        public Layer {
            geometries = List.copyOf(geometries);
            labels = labels == null ? List.of() : List.copyOf(labels);
        }

        /** Without labels. */
        public Layer(String name, List<Geometry> geometries, LayerStyle style, double opacity) {
            this(name, geometries, style, opacity, List.of());
        }
    }

    /** A feature's label text at its anchor, EPSG:4326. */
    public record Label(String text, double lon, double lat) {
    }

    /**
     * The basemap's tiles (Web Mercator XYZ), for documents that embed each tile once and place it on every map
     * that shows it.
     */
    public interface Imagery {
        /** The smallest zoom of the set whose pixels are at most {@code degreesPerPixel} of longitude wide. */
        int zoomFor(double degreesPerPixel);

        /** True when the tiles are in GCJ-02 and must be shifted back (see {@code geo.Gcj02}). */
        boolean gcj02();

        /** The decoded tiles of zoom {@code z} in the column and row ranges (inclusive); absent ones left out. */
        java.util.Map<Long, BufferedImage> tiles(int z, int x0, int x1, int y0, int y1);

        /** Key of tile (x, y) in {@link #tiles}. */
        static long key(int x, int y) {
            return ((long) x << 32) | (y & 0xffffffffL);
        }
    }
}
