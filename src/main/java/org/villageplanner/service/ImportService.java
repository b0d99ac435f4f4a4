package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Imports villages from GeoPackage, Shapefile, GeoJSON, CSV or XLSX files into a new or an existing project
 * (CLI {@code import}). All sources are read and merged in memory first, then the project is written once: on any
 * error the project file is left exactly as it was.
 */
public final class ImportService {
    private final List<FeatureReader> readers;
    private final VillageConverter converter;
    private final ProjectRepository repository;

    public ImportService(List<FeatureReader> readers, VillageConverter converter, ProjectRepository repository) {
        this.readers = List.copyOf(readers);
        this.converter = Objects.requireNonNull(converter);
        this.repository = Objects.requireNonNull(repository);
    }

    /** The reader for {@code file}, or an error listing the formats we read. */
    public FeatureReader readerFor(Path file) {
        if (!Files.exists(file)) {
            throw new PlannerException("service.import.noSource", file.toString());
        }
        return readers.stream().filter(r -> r.accepts(file)).findFirst()
                .orElseThrow(() -> new PlannerException("service.import.unknownFormat", file.toString()));
    }

    /** The layer names of {@code file}, for choosing one. */
    public List<String> layers(Path file) {
        return readerFor(file).layers(file);
    }

    /** Reads {@code file} as it is, without mapping fields (the import dialog previews columns with it). */
    public FeatureLayer preview(Path file, ReadOptions options) {
        return readerFor(file).read(file, options);
    }

    /** The village fields {@code layer}'s columns would fill (see {@link VillageConverter#recognise}). */
    public List<VillageConverter.FieldColumn> recognise(FeatureLayer layer, Map<String, String> fieldMap) {
        return converter.recognise(Path.of(layer.file()).getFileName().toString(), layer.columns(), fieldMap);
    }

    /**
     * Imports {@code sources} in order into {@code project}, creating it if it does not exist. A new project gets
     * one empty baseline scenario ({@link Scenario#baseline()}) so it can be validated, simulated and reported at
     * once; an existing project keeps its scenarios as they are.
     *
     * @throws PlannerException naming the file, row and field of the first problem; the project is then unchanged
     */
    public ImportReport importFiles(List<Path> sources, Path project, ImportOptions options, Progress progress) {
        if (sources.isEmpty()) {
            throw new PlannerException("service.import.noSources");
        }
        PlannerProject current = Files.exists(project) ? repository.read(project)
                : new PlannerProject(ProjectInfo.untitled(), List.of(), List.of(Scenario.baseline()));
        List<Village> villages = current.villages();
        List<String> warnings = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (int i = 0; i < sources.size(); i++) {
            progress.checkCancelled();
            Path source = sources.get(i);
            progress.update(i, sources.size(), source.getFileName().toString());
            FeatureLayer layer = readerFor(source).read(source, options.readOptions());
            // Refused before the features become villages (the file's rows alone may exceed the limit).
            org.villageplanner.domain.ProjectLimits.checkVillageCount(source.getFileName().toString(),
                    (long) villages.size() + layer.features().size());
            VillageConverter.Merge merge = converter.merge(layer, options.fieldMap(), options.crs(), villages);
            villages = merge.villages();
            added += merge.added();
            updated += merge.updated();
            warnings.addAll(merge.warnings());
        }
        progress.checkCancelled();
        PlannerProject result = current.withVillages(villages);
        repository.write(result, project);
        progress.update(sources.size(), sources.size(), project.getFileName().toString());
        return new ImportReport(project, villages.size(), added, updated, warnings);
    }
}
