package org.villageplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.AtomicFiles;
import org.villageplanner.service.LockHolder;
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.ProjectRepository;
import org.villageplanner.service.WriteLockPolicy;

/**
 * The project file: a GeoPackage 1.3 written directly with sqlite-jdbc (see docs/store.md for why).
 *
 * <p>Saving never edits the target in place: the whole project is written, in one transaction, to a new file
 * beside it, flushed to disk, and then moved over the target atomically. Any failure deletes the new file and
 * leaves the old one byte for byte as it was. Opening a file written by an older version migrates a temporary
 * copy (the user's file is not touched until the next save); a file from a newer version is refused.
 * Errors are {@link PlannerException}s that name the file. Instances are stateless and thread safe.
 */
public final class GeoPackageRepository implements ProjectRepository {
    /** {@code -Dplanner.save.trace=true}: each {@link #writeChanges} prints whether it wrote a delta, and its CPU. */
    private static final boolean TRACE = Boolean.getBoolean("planner.save.trace");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Called with the name of each save stage; lets tests make a save fail half way. */
    private final Consumer<String> stageHook;

    public GeoPackageRepository() {
        this(stage -> { });
    }

    GeoPackageRepository(Consumer<String> stageHook) {
        this.stageHook = stageHook;
    }

    @Override
    public PlanProject read(Path file) {
        checkSqlite(file);
        Object stamp = IncrementalSave.stampOf(file);
        try (Connection c = open(file, true)) {
            requireGeoPackage(c, file);
            int version = Migrations.versionOf(c);
            if (version == 0) {
                throw new PlannerException("store.file.notProject", file);
            }
            if (version > Migrations.CURRENT) {
                throw new PlannerException("store.file.newer", file, version, Migrations.CURRENT);
            }
            if (version == Migrations.CURRENT) {
                PlanProject project = new ProjectFileReader(c, file.toString()).read();
                IncrementalSave.holds(file, project, stamp); // the base of the first recovery write (paint20)
                return project;
            }
        } catch (SQLException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        }
        return readMigrated(file);
    }

    /** Migrates a copy of an older file in a temporary place and reads that; the original is left alone. */
    private PlanProject readMigrated(Path file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("vcp-migrate-", ".gpkg");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = open(copy, false)) {
                c.setAutoCommit(false);
                Migrations.migrate(c, Migrations.versionOf(c), Migrations.CURRENT);
                c.commit();
                return new ProjectFileReader(c, file.toString()).read();
            }
        } catch (IOException | SQLException | IllegalArgumentException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        } finally {
            AtomicFiles.deleteQuietly(copy);
        }
    }

    @Override
    public ProjectLease lock(Path file) {
        return ProjectFileLocks.INSTANCE.operation(file, WriteLockPolicy.waitTime());
    }

    @Override
    public ProjectLease lockForEditing(Path file) {
        return ProjectFileLocks.INSTANCE.editing(file);
    }

    @Override
    public Optional<LockHolder> lockHolder(Path file) {
        return ProjectFileLocks.INSTANCE.holder(file);
    }

    /** Every write holds the project's lock: the one place where the store takes it. */
    @Override
    public void write(PlanProject project, Path file) {
        write(project, file, null);
    }

    /** Reference layers come from {@code source} when given (Save As), else from the file being replaced. */
    @Override
    public void write(PlanProject project, Path file, Path source) {
        try (ProjectLease lease = lock(file)) {
            writeLocked(project, file, source == null ? file : source);
            IncrementalSave.holds(file, project, IncrementalSave.stampOf(file)); // paint20
        }
    }

    /** The file is put in place only if {@code cancelled} is still false once it is written (an export). */
    @Override
    public boolean writeUnless(PlanProject project, Path file, java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return false;
        }
        try (ProjectLease lease = lock(file)) {
            return writeLocked(project, file, file, cancelled) != null;
        }
    }

    /**
     * Writes {@code project} to {@code file} as {@link #write(PlanProject, Path)} does, but only what changed when
     * this process wrote the file last and it is unchanged since ({@link IncrementalSave}); the autosave's recovery
     * copy after each edit.
     */
    @Override
    public void writeChanges(PlanProject project, Path file) {
        long cpu = TRACE ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
        try (ProjectLease lease = lock(file)) {
            Path target = file.toAbsolutePath();
            if (!IncrementalSave.tryWrite(project, target, stageHook)) {
                IncrementalSave.remember(target, project, writeLocked(project, file, file));
            }
        }
        if (TRACE) {
            System.err.printf(java.util.Locale.ROOT, "save %s: %s, thread CPU %.1f ms%n", file.getFileName(),
                    IncrementalSave.lastTouched() < 0 ? "whole file" : "delta of " + IncrementalSave.lastTouched()
                    + " clusters", (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpu) / 1e6);
        }
    }

    /** Removes {@code file}, keeping it aside as {@code spare} when it is the base of the next delta. */
    @Override
    public void retire(Path file, Path spare) {
        try (ProjectLease lease = lock(file)) {
            IncrementalSave.retire(file.toAbsolutePath(), spare.toAbsolutePath());
        } catch (IOException e) {
            throw new PlannerException(e, "store.save.failed", file, e.getMessage());
        }
    }

    /** Writes the whole project; returns each cluster's part of the layers' extents as written. */
    private ClusterExtents writeLocked(PlanProject project, Path file, Path source) {
        return writeLocked(project, file, source, () -> false);
    }

    /** As above; null, with {@code file} left as it was, when {@code cancelled} answers true before the move. */
    private ClusterExtents writeLocked(PlanProject project, Path file, Path source,
            java.util.function.BooleanSupplier cancelled) {
        Path target = file.toAbsolutePath();
        IncrementalSave.forget(target);
        IncrementalSave.wroteWhole();
        Path dir = target.getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            TempFiles.removeLeftovers(target);
            temp = Files.createTempFile(dir, TempFiles.prefix(target), TempFiles.SUFFIX);
            Files.delete(temp); // SQLite wants to create the file itself
        } catch (IOException e) {
            throw new PlannerException(e, "store.save.failed", target, e.getMessage());
        }
        ClusterExtents extents;
        try {
            try (Connection c = open(temp, false)) {
                // The new file is private until the move, so SQLite's journal buys nothing here; durability comes
                // from forcing the file to disk before the atomic rename below.
                Migrations.exec(c, "PRAGMA journal_mode = OFF");
                Migrations.exec(c, "PRAGMA synchronous = OFF");
                boolean carry = ReferenceTables.attachOld(source.toAbsolutePath(), c); // before the transaction, as SQLite requires
                c.setAutoCommit(false);
                stageHook.accept("schema");
                Migrations.migrate(c, 0, Migrations.CURRENT);
                ProjectFileWriter writer = new ProjectFileWriter(c);
                writer.write(project, () -> stageHook.accept("data"));
                extents = writer.extents();
                if (carry) {
                    ReferenceTables.carry(c); // reference layers and basemap live on in the new file
                }
                stageHook.accept("commit");
                c.commit();
            }
            if (cancelled.getAsBoolean()) {
                Files.deleteIfExists(temp);
                return null;
            }
            TempFiles.forceAndMove(temp, target, stageHook);
            return extents;
        } catch (SQLException | IOException | RuntimeException e) {
            throw TempFiles.failed(temp, target, e);
        }
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(false);
        // Nothing here reads generated keys; left on, the driver runs a second query (last_insert_rowid) after every
        // INSERT, which was half of the inserts' time when a province's 60,000 rows are written.
        config.setGetGeneratedKeys(false);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** Refuses missing files and files that are not SQLite databases before SQLite sees them. */
    static void checkSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PlannerException("store.file.missing", file);
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new PlannerException("store.file.notGeoPackage", file);
            }
        } catch (IOException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        }
    }

    static void requireGeoPackage(Connection c, Path file) throws SQLException {
        if (!Sql.tableExists(c, "gpkg_contents") || !Sql.tableExists(c, "gpkg_spatial_ref_sys")) {
            throw new PlannerException("store.file.notGeoPackage", file);
        }
    }
}
