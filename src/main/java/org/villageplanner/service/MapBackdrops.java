package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * Loads what plan maps draw under the clusters from a project file: visible reference layers and the basemap. It is
 * the function {@link ReportService#withBackdrops} takes, so it keeps no state of its own.
 */
public final class MapBackdrops {
    private MapBackdrops() {
    }

    /** The backdrop of a project file (as {@link #load}) read through {@code layers} and {@code basemaps}. */
    public static Function<Path, MapBackdrop> of(LayerService layers, BasemapService basemaps) {
        Objects.requireNonNull(layers);
        Objects.requireNonNull(basemaps);
        return project -> load(layers, basemaps, project);
    }

    /** Each feature's value of {@code field} at its label anchor; none without a field or for blank values. */
    static List<MapBackdrop.Label> labels(List<Feature> features, String field) {
        if (field == null) {
            return List.of();
        }
        List<MapBackdrop.Label> out = new ArrayList<>();
        for (Feature f : features) {
            Object v = f.attributes().get(field);
            org.locationtech.jts.geom.Coordinate at = v == null || String.valueOf(v).isBlank() ? null
                    : org.villageplanner.geo.LabelAnchor.of(f.geometry());
            if (at != null) {
                out.add(new MapBackdrop.Label(String.valueOf(v).strip(), at.x, at.y));
            }
        }
        return out;
    }

    /** The backdrop of {@code project}; a basemap whose tile file has gone missing is left out. */
    static MapBackdrop load(LayerService layers, BasemapService basemaps, Path project) {
        if (!Files.isRegularFile(project)) {
            return MapBackdrop.NONE;
        }
        List<MapBackdrop.Layer> out = new ArrayList<>();
        for (ReferenceLayer l : layers.list(project)) {
            if (!l.visible()) {
                continue;
            }
            List<Feature> features = layers.features(project, l.name()).features();
            List<Geometry> geometries = features.stream().map(Feature::geometry).filter(Objects::nonNull).toList();
            out.add(new MapBackdrop.Layer(l.name(), geometries, l.style(), l.opacity(),
                    labels(features, l.style().labelField())));
        }
        Optional<Basemap> b = basemaps.basemap(project).filter(x -> Files.isRegularFile(
                BasemapService.resolve(project, x)));
        if (b.isEmpty()) {
            return new MapBackdrop(out, null, 1, "");
        }
        Basemap basemap = b.get();
        String attribution = basemap.attribution().isBlank()
                ? Path.of(basemap.file()).getFileName().toString() : basemap.attribution();
        return new MapBackdrop(out, basemaps.imagery(project, basemap), basemap.opacity(), attribution);
    }
}
