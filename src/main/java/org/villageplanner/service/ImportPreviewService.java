package org.villageplanner.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.Crs;

/**
 * The import dialog's use cases: a preview of a file (its layers, first rows, CRS and encoding as found, and the
 * column → field mapping the import would use), and an import into villages held in memory, so the app can apply
 * it to the open project as one undoable edit. Reading and merging are {@link ImportService}'s readers and the
 * same {@link VillageConverter}, so the dialog and {@code planner import} accept and reject the same files.
 * Thread-safe (stateless apart from its collaborators, which are).
 */
public final class ImportPreviewService {
    private final ImportService imports;
    private final VillageConverter converter;
    private final ColumnRecognizer recognizer;

    public ImportPreviewService(ImportService imports, VillageConverter converter, ColumnRecognizer recognizer) {
        this.imports = Objects.requireNonNull(imports);
        this.converter = Objects.requireNonNull(converter);
        this.recognizer = Objects.requireNonNull(recognizer);
    }

    /**
     * What a file holds, as read.
     *
     * @param layers      layer names (more than one only for a GeoPackage)
     * @param crsFound    what the file says its CRS is (EPSG code, WKT or null when it says nothing)
     * @param crsEpsg     {@code crsFound} recognised as "EPSG:n", or null when missing or unknown
     * @param cpg         the text of the Shapefile's {@code .cpg} next to it, or null when there is none
     * @param rows        the first rows as text, in column order; a last column holds the geometry type
     * @param featureCount features or rows in the layer
     * @param suspectWan   money field → column whose header gives no unit but whose values look like 万元 (the
     *                     import refuses them until the unit is said)
     * @param needsCrs     the file says nothing about its CRS and its coordinates are not longitude/latitude, so a
     *                     CRS must be chosen before importing
     * @param scenarios    the scenarios of a project GeoPackage (offered for taking over), else empty
     * @param misread      a sentence saying the text decoded without error but garbled, with the suggested
     *                     encoding (UTF-8 bytes read as GBK), or null
     */
    public record Preview(Path file, List<String> layers, String layer, String crsFound, String crsEpsg, String cpg,
                          List<String> columns, List<List<String>> rows, int featureCount,
                          List<ColumnRecognizer.Guess> mapping, java.util.Map<String, String> suspectWan,
                          boolean needsCrs, List<String> scenarios, String misread) {
        public Preview {
            layers = List.copyOf(layers);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            mapping = List.copyOf(mapping);
            suspectWan = java.util.Map.copyOf(suspectWan);
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * Villages after an import, with counts and warnings (already in the user's language); {@code summary}: the
     * columns not imported, fields left empty and conversions made, one localized line each.
     */
    public record Merged(List<Village> villages, int added, int updated, List<String> warnings,
                         List<String> summary, org.villageplanner.domain.PlanProject project) {
        public Merged {
            villages = List.copyOf(villages);
            warnings = List.copyOf(warnings);
            summary = List.copyOf(summary);
        }
    }

    /**
     * Imports {@code sources} onto {@code before} without writing anything, scenarios included (cluster columns
     * become a scenario, a project GeoPackage brings its scenarios); {@link Merged#project()} is the result.
     */
    public Merged mergeInto(org.villageplanner.domain.PlanProject before, List<Path> sources,
            ImportOptions options, Progress progress) {
        ImportService.Imported in = imports.importInMemory(before, sources, options, progress);
        ImportReport r = in.summary();
        List<String> summary = summaryLines(r);
        r.scenarios().forEach(n -> summary.add(org.villageplanner.domain.Messages.get("service.import.scenario", n)));
        r.notTaken().forEach(n -> summary.add(org.villageplanner.domain.Messages.get("service.import.notTaken", n)));
        progress.update(sources.size(), sources.size(), "");
        return new Merged(in.project().villages(), r.added(), r.updated(), r.warnings(), summary, in.project());
    }

    private static List<String> summaryLines(ImportReport r) {
        List<String> summary = new ArrayList<>();
        if (!r.unusedColumns().isEmpty()) {
            summary.add(org.villageplanner.domain.Messages.get("service.import.unused",
                    String.join(", ", r.unusedColumns())));
        }
        if (!r.emptyFields().isEmpty()) {
            summary.add(org.villageplanner.domain.Messages.get("service.import.empty",
                    String.join(", ", r.emptyFields())));
        }
        summary.addAll(r.conversions());
        return summary;
    }

    /**
     * Reads {@code file} with {@code options} and describes it.
     *
     * @throws PlannerException naming the file, row and field when the file cannot be read
     */
    public Preview preview(Path file, ReadOptions options, int maxRows) {
        FeatureReader reader = imports.readerFor(file);
        List<String> layers = reader.layers(file);
        FeatureLayer layer;
        String misread = MisreadText.check(file, MisreadText.assumed(file, options.encoding()));
        try {
            layer = reader.read(file, options);
        } catch (PlannerException e) {
            if (misread != null) {
                throw new PlannerException(e, "service.encoding.misreadError", misread,
                        new EncodingSample.Localized(e));
            }
            throw options.encoding() == null ? e : EncodingSample.wrongEncoding(file, options.encoding(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Feature f : layer.features().subList(0, Math.min(maxRows, layer.features().size()))) {
            List<String> row = new ArrayList<>();
            for (String c : layer.columns()) {
                Object v = f.attributes().get(c);
                row.add(v == null ? "" : String.valueOf(v));
            }
            row.add(f.geometry() == null ? "" : f.geometry().getGeometryType());
            rows.add(row);
        }
        java.util.Map<String, String> suspects;
        try {
            suspects = converter.suspectWan(layer, java.util.Map.of());
        } catch (PlannerException e) {
            suspects = java.util.Map.of();
        }
        return new Preview(file, layers, layer.name(), layer.crs(), epsg(layer.crs(), file), cpg(file),
                layer.columns(), rows, layer.features().size(), recognizer.recognise(layer.columns()), suspects,
                options.crs() == null && layer.crs() == null && !inDegrees(layer), imports.scenariosOf(file),
                misread);
    }

    /** The canonical village field names a column can be mapped to. */
    public List<String> fields() {
        return recognizer.fields();
    }

    public boolean isMoney(String field) {
        return field != null && recognizer.isMoney(field);
    }

    /** True when every geometry of {@code layer} lies within longitude/latitude bounds (or there is none). */
    private static boolean inDegrees(FeatureLayer layer) {
        org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
        layer.features().stream().filter(f -> f.geometry() != null)
                .forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        return env.isNull() || (env.getMinX() >= -180 && env.getMaxX() <= 180 && env.getMinY() >= -90
                && env.getMaxY() <= 90);
    }

    private static String epsg(String crs, Path file) {
        if (crs == null) {
            return null;
        }
        try {
            return Crs.name(Crs.epsgOf(crs, file.getFileName().toString()));
        } catch (PlannerException e) {
            return null;
        }
    }

    private static String cpg(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
            return null;
        }
        Path cpg = file.resolveSibling(name.substring(0, name.length() - 4) + ".cpg");
        try {
            return Files.isRegularFile(cpg) ? Files.readString(cpg, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
