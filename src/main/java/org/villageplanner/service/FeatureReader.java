package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Port: reads one vector layer from a file, as found, before field mapping and reprojection. Implemented by
 * {@code importer} (GeoJSON, Shapefile, CSV/XLSX) and by {@code store} (GeoPackage, because SQL lives there).
 *
 * <p>Throws {@link org.villageplanner.domain.PlannerException} naming the file, the feature or row, and the field
 * on malformed input; never returns a partial layer silently.
 */
public interface FeatureReader {
    /** True when this reader handles {@code file} (by extension or signature). */
    boolean accepts(Path file);

    /** The first of {@code readers} that {@linkplain #accepts accepts} {@code file}, if any. */
    static Optional<FeatureReader> find(List<FeatureReader> readers, Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }

    /**
     * True when the name of {@code file} ends with one of {@code extensions} (each with its dot, in lower case),
     * whatever the case of the name: the test every reader's {@link #accepts} makes.
     */
    static boolean hasExtension(Path file, String... extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** The layer names in {@code file} (one for single-layer formats). */
    List<String> layers(Path file);

    FeatureLayer read(Path file, ReadOptions options);

    /**
     * As {@link #read(Path, ReadOptions)} for background work: stops with {@link CancelledException} soon after
     * {@code progress} is cancelled. Readers that read feature by feature look for it between features; the
     * others only before and after.
     */
    default FeatureLayer read(Path file, ReadOptions options, Progress progress) {
        progress.checkCancelled();
        FeatureLayer layer = read(file, options);
        progress.checkCancelled();
        return layer;
    }
}
