package org.villageplanner.service;

import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What plan maps draw under the clusters: the visible reference layers (lowest first) and the basemap, with the
 * basemap's attribution. Geometry in EPSG:4326.
 *
 * @param basemap        null when the project has no basemap
 * @param basemapOpacity 0–1
 */
public record MapBackdrop(List<Layer> layers, Imagery basemap, double basemapOpacity, String attribution) {
    public static final MapBackdrop NONE = new MapBackdrop(List.of(), null, 1, "");

    public MapBackdrop {
        layers = List.copyOf(layers);
        attribution = attribution == null ? "" : attribution;
    }

    public boolean isEmpty() {
        return layers.isEmpty() && basemap == null;
    }

    /** One visible reference layer as drawn. */
    public record Layer(String name, List<Geometry> geometries, LayerStyle style, double opacity) {
        public Layer {
            geometries = List.copyOf(geometries);
        }
    }

    /** Renders the basemap for a longitude/latitude box at a pixel size (already downsampled to that size). */
    @FunctionalInterface
    public interface Imagery {
        /** @return the image, or null when there are no tiles there */
        BufferedImage render(Envelope lonLat, int widthPx, int heightPx);
    }
}
