package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.LayerStyle.GeometryFamily;

/**
 * Reference layers of a project ({@code planner layer add|list|remove}, the layers panel): read with the same
 * readers as village import, reprojected to the project's CRS and stored in the project file as ordinary
 * GeoPackage feature tables with a QGIS-compatible style.
 */
public final class LayerService {
    /** Names the project's own tables use, or that GeoPackage reserves; a layer may not take them. */
    private static final List<String> RESERVED_PREFIXES = List.of("gpkg_", "vcp_", "rtree_", "sqlite_");

    private final List<FeatureReader> readers;
    private final ReferenceLayerStore store;
    private final ProjectRepository projects;

    public LayerService(List<FeatureReader> readers, ReferenceLayerStore store, ProjectRepository projects) {
        this.readers = List.copyOf(readers);
        this.store = Objects.requireNonNull(store);
        this.projects = Objects.requireNonNull(projects);
    }

    /** What {@link #add} stored, and what the planner should know about it. */
    public record Added(ReferenceLayer layer, List<String> warnings) {
    }

    /**
     * Copies a layer of {@code source} into {@code project} as reference layer {@code name}.
     *
     * @param options which layer, encoding and CRS to read ({@code crs} overrides the file's)
     * @param style   changes to the default look of the layer's geometry kind ({@code UnaryOperator.identity()}
     *                keeps it)
     * @throws PlannerException naming the file on bad input (unknown format or CRS, empty or damaged file), a
     *                          clash of names, or a project that is not ours; the project is then unchanged
     */
    public Added add(Path project, Path source, String name, ReadOptions options, UnaryOperator<LayerStyle> style,
                     boolean barrier) {
        String layerName = checkName(name);
        projects.read(project); // a project of ours, readable, at a version we know
        if (!Files.isRegularFile(source)) {
            throw new PlannerException("layers.source.missing", source);
        }
        FeatureReader reader = FeatureReader.find(readers, source)
                .orElseThrow(() -> new PlannerException("layers.source.format", source));
        FeatureLayer read;
        try {
            read = reader.read(source, options.withLines());
        } catch (PlannerException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PlannerException(e, "layers.source.damaged", source, String.valueOf(e.getMessage()));
        }
        LayerFeatures.Prepared prepared = LayerFeatures.prepare(read, options.crs(), source.toString());
        if (barrier && prepared.family() == GeometryFamily.POINT) {
            throw new PlannerException("layers.barrier.points", source, layerName);
        }
        LayerStyle look = style.apply(LayerStyle.defaultFor(prepared.family()));
        if (look.labelField() != null && !prepared.data().columns().contains(look.labelField())) {
            throw new PlannerException("layers.style.labelField", source, look.labelField(),
                    String.join(", ", prepared.data().columns()));
        }
        ReferenceLayer stored = store.add(project, layerName, source.toString(), prepared.data(), look, barrier);
        return new Added(stored, prepared.warnings());
    }

    public List<ReferenceLayer> list(Path project) {
        return store.list(project);
    }

    public void remove(Path project, String name) {
        store.remove(project, name);
    }

    /** Saves a layer's changed style, visibility, order, opacity or barrier flag. */
    public void update(Path project, ReferenceLayer layer) {
        if (!(layer.opacity() >= 0 && layer.opacity() <= 1)) {
            throw new PlannerException("layers.style.opacity", layer.opacity());
        }
        store.update(project, layer);
    }

    /**
     * Puts back a removed layer (undo in the app): its table from {@code data} (as {@link #features} read it), then
     * its look and place as {@code layer} says; one transaction each, the project unchanged on failure.
     */
    public void restore(Path project, ReferenceLayer layer, ReferenceLayerStore.FeatureLayerData data) {
        store.add(project, checkName(layer.name()), layer.source(), data, layer.style(), layer.barrier());
        store.update(project, layer);
    }

    /** The features of a layer in EPSG:4326, for drawing. */
    public ReferenceLayerStore.FeatureLayerData features(Path project, String name) {
        return store.features(project, name);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new PlannerException("layers.name.empty");
        }
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        if (RESERVED_PREFIXES.stream().anyMatch(lower::startsWith) || lower.equals("layer_styles")) {
            throw new PlannerException("layers.name.reserved", n);
        }
        return n;
    }
}
