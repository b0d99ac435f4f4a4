package org.villageplanner.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;

/**
 * Exports the plan PDF (DESIGN.md "Plan PDF"): simulates the chosen scenario (and those to compare), fills a
 * {@link PlanReport} and hands it to the {@link PlanReportWriter}.
 *
 * <p>The document is written to a temporary file next to {@code out} and moved into place only when complete, so a
 * failed or cancelled export never leaves half a PDF (an existing file at {@code out} stays as it was). Context
 * outlines (e.g. the county boundary) are the GeoJSON files of {@code contextDir}, read through a
 * {@link FeatureReader}; a missing folder just means no context. The plan's text is in the request's language,
 * passed down explicitly; the process-wide {@link Messages#locale()} is only read, never switched.
 */
public final class ReportService {
    private final ProjectRepository repository;
    private final PlanReportWriter writer;
    private final FeatureReader contextReader;
    private final Path contextDir;
    private volatile java.util.function.Function<Path, MapBackdrop> backdrops = file -> MapBackdrop.NONE;

    /**
     * @param contextReader reads the context files (GeoJSON in EPSG:4326); null for no context
     * @param contextDir    folder of context layers such as {@code maps/}; null or missing for none
     */
    public ReportService(ProjectRepository repository, PlanReportWriter writer, FeatureReader contextReader,
                         Path contextDir) {
        this.repository = Objects.requireNonNull(repository);
        this.writer = Objects.requireNonNull(writer);
        this.contextReader = contextReader;
        this.contextDir = contextDir;
    }

    /**
     * What to export.
     *
     * @param scenario the scenario to report, or null for the project's first
     * @param compare  other scenarios for the comparison appendix (may be empty)
     * @param author   planner or office for the cover; may be null
     * @param language language of the plan's text; null means {@link Messages#locale()} as it is when the request
     *                 is made (on the caller's thread); messages (errors, progress) stay in the session's language
     */
    public record Request(String scenario, List<String> compare, String author, Locale language) {
        public Request {
            compare = List.copyOf(compare == null ? List.of() : compare);
            language = Language.of(language).locale();
        }

        public Request(String scenario, List<String> compare, String author) {
            this(scenario, compare, author, null);
        }
    }

    /** The written file, its page count and size in bytes. */
    public record Result(Path file, int pages, long bytes) {
    }

    /** Where the maps' reference layers and basemap come from (by project file); none unless set. */
    public ReportService withBackdrops(java.util.function.Function<Path, MapBackdrop> source) {
        this.backdrops = Objects.requireNonNull(source);
        return this;
    }

    /** Opens {@code projectFile} and exports its plan to {@code out}, its reference layers and basemap on the maps. */
    public Result export(Path projectFile, Request request, Path out, Progress progress) {
        return export(repository.read(projectFile), backdrops.apply(projectFile), request, out, progress);
    }

    /** Exports the plan of an open project (the app's File › Export plan PDF). */
    public Result export(PlanProject project, Request request, Path out, Progress progress) {
        return export(project, MapBackdrop.NONE, request, out, progress);
    }

    /** As {@link #export(PlanProject, Request, Path, Progress)} with {@code backdrop} under the clusters. */
    public Result export(PlanProject project, MapBackdrop backdrop, Request request, Path out, Progress progress) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        // Like every other writer (CLI.md: output folders are created, never refused by one command only).
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            throw new PlannerException(e, "report.error.folder", dir, String.valueOf(e.getMessage()));
        }
        progress.update(0, 1, Messages.get("report.progress.simulating"));
        // The plan's language travels with the report; the session's (Messages.locale()) is never switched, so a
        // background export cannot change the window's language, and errors and progress stay in the user's.
        Path tmp = null;
        try {
            PlanReport report = PlanReports.build(project, request.scenario(), request.compare(), request.author(),
                    context(), LocalDate.now(), progress).withBackdrop(backdrop)
                    .inLanguage(Language.of(request.language()));
            progress.checkCancelled();
            tmp = AtomicFiles.createBeside(target, ".part");
            int pages = writer.write(report, tmp, progress);
            progress.checkCancelled();
            AtomicFiles.replace(tmp, target);
            return new Result(target, pages, Files.size(target));
        } catch (IOException e) {
            throw new PlannerException(e, "report.error.write", target, String.valueOf(e.getMessage()));
        } finally {
            AtomicFiles.deleteQuietly(tmp);
        }
    }

    /** Geometries of the context layers; layers that cannot be read are left out rather than failing the plan. */
    private List<Geometry> context() {
        List<Geometry> out = new ArrayList<>();
        if (contextReader == null || contextDir == null || !Files.isDirectory(contextDir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(contextDir)) {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".geojson") || !contextReader.accepts(f)) {
                    continue;
                }
                try {
                    FeatureLayer layer = contextReader.read(f, ReadOptions.DEFAULTS);
                    if (isLonLat(layer.crs())) {
                        layer.features().stream().map(Feature::geometry).filter(Objects::nonNull).forEach(out::add);
                    }
                } catch (PlannerException e) {
                    // A broken context file must not stop the export; the map simply lacks that outline.
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static boolean isLonLat(String crs) {
        return crs == null || crs.equals("EPSG:4326") || crs.equals("EPSG:4490") || crs.contains("CRS84");
    }
}
