package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner help} works like {@code --help}; seeds are printed as typed, without grouping. */
class HelpCommandTest {
    @Test
    void helpListsTheCommandsAndHelpOfACommandShowsItsOptions() {
        CliRun r = CliRun.of("help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("simulate") && r.out().contains("export"), r.out());
        CliRun sim = CliRun.of("help", "simulate");
        assertEquals(0, sim.exit(), sim.err());
        assertTrue(sim.out().contains("--years"), sim.out());
    }

    @Test
    void generateAndSimulatePrintTheSeedWithoutAThousandsSeparator(@TempDir Path dir) {
        Path f = dir.resolve("g.gpkg");
        CliRun g = CliRun.of("--lang", "en", "generate", "--villages", "30", "--seed", "2023", "--out", f.toString());
        assertEquals(0, g.exit(), g.err());
        assertTrue(g.out().contains("seed 2023"), g.out());
        CliRun s = CliRun.of("--lang", "en", "simulate", f.toString(), "--runs", "20", "--seed", "2023", "--years", "3");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("seed 2023"), s.out());
    }
}
