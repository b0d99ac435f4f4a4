package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;

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
        return FeatureReader.find(readers, file)
                .orElseThrow(() -> new PlannerException("service.import.unknownFormat", file.toString()));
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
        // Read, merge and write holding the project's lock, so that no other writer's change is lost in between.
        try (ProjectLease lease = repository.lock(project)) {
            PlanProject current = Files.exists(project) ? repository.read(project)
                    : new PlanProject(ProjectInfo.untitled(), List.of(), List.of(Scenario.baseline()));
            Imported imported = importInMemory(current, sources, options, progress);
            repository.write(imported.project(), project);
            progress.update(sources.size(), sources.size(), project.getFileName().toString());
            return imported.report(project);
        }
    }

    /** A project after an import held in memory, and what the import did ({@link #importInMemory}). */
    public record Imported(PlanProject project, ImportReport summary) {
        ImportReport report(Path file) {
            return new ImportReport(file, summary.villages(), summary.added(), summary.updated(), summary.warnings(),
                    summary.unusedColumns(), summary.emptyFields(), summary.conversions(), summary.scenarios(),
                    summary.notTaken());
        }
    }

    /**
     * Imports {@code sources} in order onto {@code current} without writing anything: villages, and the scenarios
     * the sources carry (cluster columns, a project GeoPackage's scenarios). The app applies the result as one edit.
     *
     * @throws PlannerException naming the file, row and field of the first problem; nothing is returned then
     */
    public Imported importInMemory(PlanProject current, List<Path> sources, ImportOptions options,
            Progress progress) {
        if (sources.isEmpty()) {
            throw new PlannerException("service.import.noSources");
        }
        ImportTally tally = new ImportTally(sources.size() > 1);
        for (int i = 0; i < sources.size(); i++) {
            progress.checkCancelled();
            Path source = sources.get(i);
            progress.update(i, sources.size(), source.getFileName().toString());
            current = importOne(current, source, options, tally, progress);
        }
        progress.checkCancelled();
        return new Imported(current, tally.report(current.villages().size()));
    }

    private PlanProject importOne(PlanProject current, Path source, ImportOptions options, ImportTally tally,
            Progress progress) {
        String file = source.getFileName().toString();
        PlanProject sourceProject = projectFile(source);
        progress.checkCancelled();
        // Text that decoded without error but garbled (UTF-8 read as GBK): said before anything else can go wrong.
        String misread = MisreadText.check(source, MisreadText.assumed(source, options.encoding()));
        VillageConverter.Merge merge;
        try {
            FeatureLayer layer = readerFor(source).read(source, options.readOptions(), progress);
            // Refused before the features become villages (the file's rows alone may exceed the limit).
            org.villageplanner.domain.ProjectLimits.checkVillageCount(file,
                    (long) current.villages().size() + layer.features().size());
            merge = converter.merge(layer, options.fieldMap(), options.crs(), current.villages(),
                    options.moneyAsYuan(), progress);
        } catch (PlannerException e) {
            throw misread == null ? e : new PlannerException(e, "service.encoding.misreadError", misread,
                    new EncodingSample.Localized(e));
        }
        progress.checkCancelled();
        tally.add(file, merge);
        if (misread != null) {
            tally.warnings.add(misread);
        }
        PlanProject out = current.withVillages(merge.villages());
        if (sourceProject != null) {
            return ImportedScenarios.fromProject(out, sourceProject, file, options, tally.scenarios, tally.notTaken);
        }
        if (!merge.clusterTags().isEmpty()) {
            String name = options.scenario() != null ? options.scenario() : stem(file);
            out = ImportedScenarios.fromTags(out, name, merge.clusterTags(), tally.notTaken);
            tally.scenarios.add(name);
        }
        return out;
    }

    /**
     * The names of the scenarios {@code source} holds when it is a project file of ours (the import dialog offers
     * them), else an empty list.
     */
    public List<String> scenariosOf(Path source) {
        PlanProject p = projectFile(source);
        return p == null ? List.of() : p.scenarios().stream().map(Scenario::name).toList();
    }

    /** {@code source} read as a project file of ours, or null when it is not one (any other GeoPackage or format). */
    private PlanProject projectFile(Path source) {
        if (!source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            return null;
        }
        try {
            return repository.read(source);
        } catch (PlannerException e) {
            return null;
        }
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
