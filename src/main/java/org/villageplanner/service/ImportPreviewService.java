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
     */
    public record Preview(Path file, List<String> layers, String layer, String crsFound, String crsEpsg, String cpg,
                          List<String> columns, List<List<String>> rows, int featureCount,
                          List<ColumnRecognizer.Guess> mapping) {
        public Preview {
            layers = List.copyOf(layers);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            mapping = List.copyOf(mapping);
        }
    }

    /** Villages after an import, with counts and warnings (already in the user's language). */
    public record Merged(List<Village> villages, int added, int updated, List<String> warnings) {
        public Merged {
            villages = List.copyOf(villages);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads {@code file} with {@code options} and describes it.
     *
     * @throws PlannerException naming the file, row and field when the file cannot be read
     */
    public Preview preview(Path file, ReadOptions options, int maxRows) {
        FeatureReader reader = imports.readerFor(file);
        List<String> layers = reader.layers(file);
        FeatureLayer layer = reader.read(file, options);
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
        return new Preview(file, layers, layer.name(), layer.crs(), epsg(layer.crs(), file), cpg(file),
                layer.columns(), rows, layer.features().size(), recognizer.recognise(layer.columns()));
    }

    /**
     * Imports {@code sources} in order onto {@code existing} without writing anything.
     *
     * @throws PlannerException naming the file, row and field of the first problem; nothing is returned then
     */
    public Merged merge(List<Village> existing, List<Path> sources, ImportOptions options, Progress progress) {
        if (sources.isEmpty()) {
            throw new PlannerException("service.import.noSources");
        }
        List<Village> villages = existing;
        List<String> warnings = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (int i = 0; i < sources.size(); i++) {
            progress.checkCancelled();
            Path source = sources.get(i);
            progress.update(i, sources.size(), source.getFileName().toString());
            FeatureLayer layer = imports.readerFor(source).read(source, options.readOptions());
            progress.checkCancelled();
            VillageConverter.Merge merge = converter.merge(layer, options.fieldMap(), options.crs(), villages);
            villages = merge.villages();
            added += merge.added();
            updated += merge.updated();
            warnings.addAll(merge.warnings());
        }
        progress.update(sources.size(), sources.size(), "");
        return new Merged(villages, added, updated, warnings);
    }

    /** The canonical village field names a column can be mapped to. */
    public List<String> fields() {
        return recognizer.fields();
    }

    public boolean isMoney(String field) {
        return field != null && recognizer.isMoney(field);
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
