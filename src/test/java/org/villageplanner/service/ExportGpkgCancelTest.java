package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.store.GeoPackageRepository;

/**
 * A GeoPackage export cancelled while the file is being written (at the second question: the first is asked before
 * the write starts, the second before the file is put in place) leaves the target as it was (absent, or the
 * planner's earlier file) and no temporary file: the dialog says "cancelled" and nothing appears afterwards. One not
 * cancelled writes the whole project.
 */
class ExportGpkgCancelTest {
    private static final Path SAMPLE = Path.of("samples", "longshan.gpkg");
    private static PlanProject project;
    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        project = new GeoPackageRepository().read(SAMPLE);
    }

    private static ExportService service() {
        return new ExportService(new GeoPackageRepository(), List.of());
    }

    @Test
    void cancelledWhileWritingLeavesNoFile() throws IOException {
        Path out = dir.resolve("导出.gpkg");
        assertThrows(CancelledException.class,
                () -> service().export(project, ExportFormat.GPKG, out, null, new Asking(2)));
        assertEquals(List.of(), files());
    }

    @Test
    void cancelledWhileWritingKeepsTheEarlierFile() throws IOException {
        Path out = dir.resolve("earlier.gpkg");
        Files.writeString(out, "the planner's earlier file");
        assertThrows(CancelledException.class,
                () -> service().export(project, ExportFormat.GPKG, out, null, new Asking(2)));
        assertEquals("the planner's earlier file", Files.readString(out));
        assertEquals(List.of("earlier.gpkg"), files());
    }

    @Test
    void notCancelledWritesTheWholeProject() throws IOException {
        Path out = dir.resolve("whole.gpkg");
        service().export(project, ExportFormat.GPKG, out, null, new Asking(0));
        PlanProject back = new GeoPackageRepository().read(out);
        assertEquals(project.villages().size(), back.villages().size());
        assertEquals(project.scenarios().size(), back.scenarios().size());
        assertEquals(List.of("whole.gpkg"), files());
    }

    /** The folder's files, leaving out the project locks a write leaves beside its target. */
    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }
}
