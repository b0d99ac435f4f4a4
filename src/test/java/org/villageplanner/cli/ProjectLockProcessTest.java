package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.service.ScenarioDocument;
import org.villageplanner.service.Services;

/**
 * One writer at a time, with real processes (CLI.md): two {@code scenario import} at once both land; a writer
 * facing a held lock waits {@code --wait} seconds, then exits 1 naming the holder; a writer gets through once the
 * holder lets go; a lock left by a killed process is taken over.
 */
class ProjectLockProcessTest {
    private static final Services SERVICES = Main.services();
    @TempDir
    static Path dir;
    private static Path original;

    @BeforeAll
    static void project() {
        original = dir.resolve("original.gpkg");
        SERVICES.samples().generate(300, 1, original);
        Path exported = dir.resolve("plan.json");
        ScenarioDocument doc = SERVICES.scenarios().exportScenario(original, "方案", exported);
        for (String name : List.of("A", "B")) {
            SERVICES.scenarios().writeFile(new ScenarioDocument(doc.scenario().withName("方案" + name), doc.villages()),
                    dir.resolve(name + ".json"));
        }
    }

    private static Path freshCopy(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.copy(original, p, StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    @Test
    void twoConcurrentScenarioImportsBothLand() throws Exception {
        int trials = 4;
        for (int t = 0; t < trials; t++) {
            Path p = freshCopy("race" + t + ".gpkg");
            long t0 = System.nanoTime();
            // A long --wait: on a loaded machine one import can take longer than the default 10 s, and what is
            // tested here is that both land (with the default, the second would exit 1 naming the first).
            Process a = PlannerProcess.start(dir, "scenario", "import", p.toString(), "A.json", "--wait", "300");
            Process b = PlannerProcess.start(dir, "scenario", "import", p.toString(), "B.json", "--wait", "300");
            PlannerProcess.Result ra = PlannerProcess.finish(a, t0);
            PlannerProcess.Result rb = PlannerProcess.finish(b, t0);
            assertEquals(0, ra.exit(), ra.err());
            assertEquals(0, rb.exit(), rb.err());
            List<String> names = SERVICES.scenarios().list(p);
            assertTrue(names.containsAll(List.of("现状", "方案", "方案A", "方案B")), "trial " + t + ": " + names);
            assertEquals(4, names.size(), names.toString());
        }
    }

    @Test
    void aSecondWriterWaitsThenExitsOneNamingTheHolder() throws Exception {
        Path p = freshCopy("held.gpkg");
        byte[] before = Files.readAllBytes(p);
        Process holder = PlannerProcess.holdLock(p, "规划工作台 (test window)", 120_000);
        try {
            PlannerProcess.Result r = PlannerProcess.run(dir, "scenario", "import", p.toString(), "A.json",
                    "--wait", "1");
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains("规划工作台 (test window)"), r.err());
            assertTrue(r.err().contains("process " + holder.pid()), r.err());
            assertTrue(r.err().contains("since 20"), r.err());
            assertTrue(r.err().contains("1 s"), r.err());
            assertTrue(r.millis() >= 1000, "gave up after " + r.millis() + " ms, before the 1 s wait");
            assertArrayEquals(before, Files.readAllBytes(p), "the project must be untouched");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // The holder was killed: its OS lock died with it, so the next writer takes over without waiting.
        PlannerProcess.Result r = PlannerProcess.run(dir, "scenario", "import", p.toString(), "A.json",
                "--wait", "0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(SERVICES.scenarios().list(p).contains("方案A"));
    }

    @Test
    void aWaitingWriterGetsThroughOnceTheHolderLetsGo() throws Exception {
        Path p = freshCopy("released.gpkg");
        Process holder = PlannerProcess.holdLock(p, "planner test holder", 1_500);
        try {
            PlannerProcess.Result r = PlannerProcess.run(dir, "scenario", "import", p.toString(), "B.json",
                    "--wait", "60");
            assertEquals(0, r.exit(), r.err());
            assertTrue(SERVICES.scenarios().list(p).contains("方案B"));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
