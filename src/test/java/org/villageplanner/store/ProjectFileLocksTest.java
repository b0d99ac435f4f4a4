package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.LockHolder;
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.ProjectLockedException;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.WriteLockPolicy;

/** The write lock within one process; ProjectLockProcessTest checks it between processes. */
class ProjectFileLocksTest {
    private final GeoPackageRepository repo = new GeoPackageRepository();
    private final PlanProject project = Main.services().samples().generate(12, 3);

    @Test
    void aWriteLeavesTheLockFileEmptyAndNamesTheHolderWhileHeld(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.gpkg");
        repo.write(project, p);
        Path lock = dir.resolve("p.gpkg.lock");
        assertEquals("", Files.readString(lock), "released: the holder text is cleared");
        WriteLockPolicy.setHolderName("lock test");
        try (ProjectLease lease = repo.lock(p)) {
            LockHolder h = LockHolder.parse(Files.readString(lock)).orElseThrow();
            assertEquals("lock test", h.app());
            assertEquals(ProcessHandle.current().pid(), h.pid());
            repo.write(project.withScenarios(project.scenarios().subList(0, 1)), p); // nested: does not wait
        } finally {
            WriteLockPolicy.setHolderName("planner");
        }
        assertEquals(1, repo.read(p).scenarios().size());
    }

    @Test
    void aSecondWindowOpensReadOnlyNamingTheHolder(@TempDir Path dir) {
        Path p = dir.resolve("p.gpkg");
        repo.write(project, p);
        ProjectService service = new ProjectService(repo);
        ProjectService.Opened first = service.openForEditing(p);
        assertFalse(first.readOnly());
        ProjectService.Opened second = service.openForEditing(p);
        assertTrue(second.readOnly());
        assertEquals(ProcessHandle.current().pid(), second.heldBy().pid());
        assertThrows(ProjectLockedException.class, () -> repo.lockForEditing(p));
        service.save(first.project(), p); // the editing window itself still saves
        first.lease().close();
        ProjectService.Opened third = service.openForEditing(p);
        assertFalse(third.readOnly(), "released when the first window closed the file");
        third.lease().close();
    }

    @Test
    void aStaleHolderTextOfADeadProcessIsTakenOver(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.gpkg");
        Process dead = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        dead.waitFor();
        LockHolder gone = new LockHolder("planner scenario import", dead.pid(), LockHolder.self("x").host(),
                Instant.parse("2026-01-01T00:00:00Z"));
        Files.writeString(dir.resolve("p.gpkg.lock"), gone.toText(), StandardCharsets.UTF_8);
        assertTrue(gone.deadOnThisHost());
        repo.write(project, p);
        assertEquals(project.villages().size(), repo.read(p).villages().size());
    }

    @Test
    void leftoverTemporaryFilesOfAKilledSaveAreRemovedByTheNextSave(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.gpkg");
        Files.writeString(dir.resolve(".p.gpkg-123.saving"), "half a database");
        Files.writeString(dir.resolve(".p.gpkg-456.saving"), "another");
        Files.writeString(dir.resolve("other.gpkg"), "not ours");
        repo.write(project, p);
        try (var files = Files.list(dir)) {
            assertEquals(java.util.Set.of("p.gpkg", "p.gpkg.lock", "other.gpkg"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
