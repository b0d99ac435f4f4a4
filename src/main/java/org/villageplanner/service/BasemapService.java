package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.Gcj02;

/**
 * The offline basemap of a project ({@code planner basemap set|clear}): checks that a tile file holds tiles for the
 * project's area and records a reference to it (see docs/layers.md for why a reference and not a copy).
 */
public final class BasemapService {
    private final TileFiles tiles;
    private final ReferenceLayerStore store;
    private final ProjectRepository projects;

    public BasemapService(TileFiles tiles, ReferenceLayerStore store, ProjectRepository projects) {
        this.tiles = Objects.requireNonNull(tiles);
        this.store = Objects.requireNonNull(store);
        this.projects = Objects.requireNonNull(projects);
    }

    /**
     * Uses {@code file} as the project's basemap.
     *
     * @param gcj02   the tiles were made from GCJ-02 sources; the area is looked up (and later drawn) shifted
     * @param opacity 0–1
     * @throws PlannerException naming the file when it is not a tile set or has no tile over the villages
     */
    public Basemap set(Path project, Path file, boolean gcj02, double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new PlannerException("layers.basemap.opacity", opacity);
        }
        PlanProject p = projects.read(project);
        Envelope area = area(p, gcj02);
        try (TileSet set = tiles.open(file)) {
            if (area != null && !covers(set, area)) {
                throw new PlannerException("layers.basemap.noTiles", file, fmt(area.getMinX()), fmt(area.getMinY()),
                        fmt(area.getMaxX()), fmt(area.getMaxY()), set.minZoom(), set.maxZoom());
            }
            Basemap b = new Basemap(stored(project, file), set.format(), set.table(), gcj02, opacity,
                    set.attribution(), set.minZoom(), set.maxZoom());
            store.setBasemap(project, b);
            return b;
        }
    }

    public void clear(Path project) {
        projects.read(project);
        store.clearBasemap(project);
    }

    public Optional<Basemap> basemap(Path project) {
        return store.basemap(project);
    }

    /** The tile file of {@code b}, resolved against the project's folder when stored relative. */
    public static Path resolve(Path project, Basemap b) {
        Path f = Path.of(b.file());
        Path dir = project.toAbsolutePath().getParent();
        return f.isAbsolute() || dir == null ? f : dir.resolve(f).normalize();
    }

    /** Opens the basemap's tiles for drawing. */
    public TileSet open(Path project, Basemap b) {
        return tiles.open(resolve(project, b));
    }

    /** The basemap resampled for plan maps. */
    public MapBackdrop.Imagery imagery(Path project, Basemap b) {
        return new BasemapMosaic(tiles, resolve(project, b), b);
    }

    private static boolean covers(TileSet set, Envelope area) {
        for (int z = set.maxZoom(); z >= set.minZoom(); z--) {
            if (set.tilesIn(z, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The villages' box in the tiles' coordinates; null when no village has a geometry. */
    private static Envelope area(PlanProject p, boolean gcj02) {
        Envelope e = new Envelope();
        for (Village v : p.villages()) {
            if (v.geometry() != null && !v.geometry().isEmpty()) {
                e.expandToInclude(v.geometry().getEnvelopeInternal());
            }
        }
        if (e.isNull()) {
            return null;
        }
        if (!gcj02) {
            return e;
        }
        double[] lo = Gcj02.toGcj02(e.getMinX(), e.getMinY());
        double[] hi = Gcj02.toGcj02(e.getMaxX(), e.getMaxY());
        return new Envelope(lo[0], hi[0], lo[1], hi[1]);
    }

    /** Relative to the project's folder when the tiles lie under it (the two travel together), else absolute. */
    private static String stored(Path project, Path file) {
        Path dir = project.toAbsolutePath().getParent();
        Path abs = file.toAbsolutePath().normalize();
        if (dir != null && abs.startsWith(dir.normalize())) {
            return dir.normalize().relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}
