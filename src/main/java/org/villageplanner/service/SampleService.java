package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.sample.CixiSample;
import org.villageplanner.sample.LongshanSample;
import org.villageplanner.sample.SyntheticProject;

/**
 * The bundled samples and synthetic projects. Samples are rebuilt from the readable sources in {@code samples/}
 * ({@code cixi_divisions_2023.csv}, {@code longshan_villages.csv}, {@code longshan_plan_a.json}) and
 * {@code maps/} (the county outline), so anyone can edit a figure and rebuild. Everything is deterministic.
 * Errors are {@link org.villageplanner.domain.PlannerException}s naming the source file, row and field.
 */
public final class SampleService {
    public static final String LONGSHAN_FILE = "longshan.gpkg";
    public static final String CIXI_FILE = "cixi.gpkg";
    public static final String PLAN_A_FILE = "longshan_plan_a.json";

    private final ProjectRepository repository;
    private final ScenarioFormat scenarios;
    private final FeatureReader geoJson;

    /** @param geoJson reads the county outline of {@code maps/} (the importer's GeoJSON reader) */
    public SampleService(ProjectRepository repository, ScenarioFormat scenarios, FeatureReader geoJson) {
        this.repository = Objects.requireNonNull(repository);
        this.scenarios = Objects.requireNonNull(scenarios);
        this.geoJson = Objects.requireNonNull(geoJson);
    }

    /** The county outline {@code mapsDir/cixi_outline_wgs84.geojson}, read as the map and the PDF read it. */
    private Geometry outline(Path mapsDir) {
        Path file = mapsDir.resolve(AppPaths.OUTLINE_FILE);
        Geometry outline = ContextLayers.polygons(geoJson.read(file, ReadOptions.DEFAULTS));
        if (outline.isEmpty()) {
            throw new PlannerException("sample.outline.noGeometry", file);
        }
        return outline;
    }

    /** 龙山镇: its village committees, scenario 现状 and the 方案A of {@code longshan_plan_a.json}. */
    public PlanProject longshan(Path samplesDir, Path mapsDir) {
        Scenario planA = scenarios.read(samplesDir.resolve(PLAN_A_FILE)).scenario();
        return LongshanSample.project(samplesDir, outline(mapsDir), planA);
    }

    /** 慈溪市: every village committee, scenario 现状. */
    public PlanProject cixi(Path samplesDir, Path mapsDir) {
        return CixiSample.project(samplesDir, outline(mapsDir));
    }

    /** A synthetic project of {@code villages} villages (1–20,000); the same seed gives an equal project. */
    public PlanProject generate(int villages, long seed) {
        return SyntheticProject.generate(villages, seed);
    }

    /** Generates and saves a synthetic project; returns it. */
    public PlanProject generate(int villages, long seed, Path out) {
        PlanProject p = generate(villages, seed);
        repository.write(p, out);
        return p;
    }

    /** Rebuilds {@code longshan.gpkg} and {@code cixi.gpkg} into {@code outDir}; returns the files written. */
    public List<Path> buildSamples(Path samplesDir, Path mapsDir, Path outDir, Progress progress) {
        Path longshan = outDir.resolve(LONGSHAN_FILE);
        Path cixi = outDir.resolve(CIXI_FILE);
        progress.update(0, 2, longshan.toString());
        repository.write(longshan(samplesDir, mapsDir), longshan);
        progress.checkCancelled();
        progress.update(1, 2, cixi.toString());
        repository.write(cixi(samplesDir, mapsDir), cixi);
        progress.update(2, 2, cixi.toString());
        return List.of(longshan, cixi);
    }
}
