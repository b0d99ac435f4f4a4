package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;

/**
 * Exports a project (CLI {@code export}): the whole project as a GeoPackage through the project repository (QGIS
 * and GDAL open it as is), or its villages with their cluster in one scenario as GeoJSON, Shapefile, CSV or XLSX.
 */
public final class ExportService {
    private final ProjectRepository repository;
    private final List<VillageExporter> exporters;

    public ExportService(ProjectRepository repository, List<VillageExporter> exporters) {
        this.repository = Objects.requireNonNull(repository);
        this.exporters = List.copyOf(exporters);
    }

    /**
     * What was written: the file, how many villages, the scenario used for clusters (null if none), and a warning
     * for every value the format had to cut (localized).
     */
    public record Result(Path out, int villages, String scenario, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        public Result(Path out, int villages, String scenario) {
            this(out, villages, scenario, List.of());
        }
    }

    /**
     * @param scenarioName the scenario whose clusters are written; null for the first one (or none if the project
     *                     has no scenario)
     */
    public Result export(Path project, ExportFormat format, Path out, String scenarioName) {
        if (format == ExportFormat.GPKG
                && out.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize())) {
            throw new PlannerException("service.export.sameFile", out.toString());
        }
        return export(repository.read(project), format, out, scenarioName);
    }

    /** Exports a project held in memory (the app's open project, with its unsaved edits); as above. */
    public Result export(PlanProject p, ExportFormat format, Path out, String scenarioName) {
        return export(p, format, out, scenarioName, Progress.NONE);
    }

    /**
     * As above, telling {@code progress} the rows written and stopping with {@link CancelledException} soon after
     * it is cancelled: the exporter reads its rows through {@link CancellableRows}, which checks every few rows. An
     * exporter replaces {@code out} only when it has written everything, so a cancelled export leaves it as it was.
     */
    public Result export(PlanProject p, ExportFormat format, Path out, String scenarioName, Progress progress) {
        Scenario scenario = scenarioName != null || !p.scenarios().isEmpty() ? p.requireScenario(scenarioName) : null;
        if (format == ExportFormat.GPKG) {
            if (!repository.writeUnless(p, out, progress::isCancelled)) {
                progress.checkCancelled(); // not written because cancelled: say so as the other formats do
            }
            return new Result(out, p.villages().size(), scenario == null ? null : scenario.name());
        }
        List<ExportRow> rows = rows(p, scenario);
        VillageExporter exporter = exporters.stream().filter(e -> e.supports(format)).findFirst()
                .orElseThrow(() -> new PlannerException("service.export.unsupported", format.name()));
        progress.checkCancelled();
        List<String> losses = new java.util.ArrayList<>(exporter.losses(rows, format));
        losses.addAll(secondClusters(p, scenario));
        exporter.write(new CancellableRows<>(rows, progress), format, out);
        return new Result(out, rows.size(), scenario == null ? null : scenario.name(), losses);
    }

    /**
     * One warning (localized) per village in more than one cluster of {@code scenario} (validation allows it as a
     * finding): a row holds one cluster, so the file keeps one (named in the warning) and loses the others.
     */
    static List<String> secondClusters(PlanProject p, Scenario scenario) {
        List<String> out = new java.util.ArrayList<>();
        if (scenario == null) {
            return out;
        }
        java.util.Map<String, List<String>> in = new java.util.HashMap<>();
        for (Cluster c : scenario.clusters()) {
            c.members().forEach(m -> in.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(c.name()));
        }
        for (org.villageplanner.domain.Village v : p.villages()) {
            List<String> names = in.getOrDefault(v.code(), List.of());
            if (names.size() > 1) {
                String written = scenario.clusterOf(v.code()).map(Cluster::name).orElse(names.get(0));
                out.add(org.villageplanner.domain.Messages.get("service.export.secondCluster", v.code(), v.name(),
                        String.join(", ", names), written));
            }
        }
        return out;
    }

    static List<ExportRow> rows(PlanProject p, Scenario scenario) {
        Assumptions a = scenario == null ? Assumptions.DEFAULTS : scenario.assumptions();
        return p.villages().stream().map(v -> {
            Cluster c = scenario == null ? null : scenario.clusterOf(v.code()).orElse(null);
            return new ExportRow(v, c == null ? null : c.id(), c == null ? null : c.name(), a.strengthOf(v),
                    c == null ? null : c.type().name(), c != null && v.code().equals(c.leader()));
        }).toList();
    }
}
