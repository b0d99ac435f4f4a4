package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SyntheticScenario;

/**
 * Background work looks for a cancel often enough to stop within 200 ms (issue 14). Asserted without clocks: by
 * how often the work asks, and by a cancel at the n-th question ending the work with {@link CancelledException}
 * and no output. The times themselves are measured by {@code planner bench cancel} (docs/RELIABILITY.md).
 */
class CancelChecksTest {
    @TempDir
    Path dir;
    private final Services services = Main.services();

    @Test
    void theMonteCarloAsksBeforeEveryRunAndStopsMidBlock() {
        SyntheticScenario county = SyntheticScenario.of(40, 10, 300, 1);
        Asking counting = new Asking(0);
        services.whatIf().simulate(county.scenario(), county.villages(), counting);
        // 300 runs: at least one question per run (before, one per block of 128 runs).
        assertTrue(counting.asked.get() >= 300, "asked " + counting.asked.get() + " times for 300 runs");

        Asking cancelling = new Asking(50);
        assertThrows(CancelledException.class,
                () -> services.whatIf().simulate(county.scenario(), county.villages(), cancelling));
        assertTrue(cancelling.asked.get() < 300, "went on after the cancel: " + cancelling.asked.get());
    }

    @Test
    void aCancelledLayerExportStopsWithinSixteenRowsAndWritesNothing() {
        PlanProject p = services.samples().generate(200, 3);
        String scenario = p.scenarios().get(p.scenarios().size() - 1).name();
        Asking counting = new Asking(0);
        Path out = dir.resolve("all.csv");
        services.exports().export(p, ExportFormat.CSV, out, scenario, counting);
        assertTrue(counting.asked.get() >= 200 / CancellableRows.EVERY, "asked " + counting.asked.get());
        assertTrue(Files.exists(out));

        Path cut = dir.resolve("cut.xlsx");
        assertThrows(CancelledException.class,
                () -> services.exports().export(p, ExportFormat.XLSX, cut, scenario, new Asking(3)));
        assertFalse(Files.exists(cut), "a cancelled export must not leave a file");
    }

    @Test
    void aCancelledImportStopsWhileReadingAndMappingFeatures() {
        PlanProject p = services.samples().generate(200, 4);
        Path source = dir.resolve("villages.geojson");
        services.exports().export(p, ExportFormat.GEOJSON, source, p.scenarios().get(0).name());
        PlanProject empty = new PlanProject(ProjectInfo.untitled(), List.of(), List.of(Scenario.baseline()));
        Asking counting = new Asking(0);
        var merged = services.importPreview().mergeInto(empty, List.of(source), ImportOptions.DEFAULTS, counting);
        assertEquals(200, merged.added());
        // 200 features read and 200 mapped, a question every 16 of each.
        assertTrue(counting.asked.get() >= 2 * (200 / 16), "asked " + counting.asked.get());

        Asking cancelling = new Asking(counting.asked.get() / 2);
        assertThrows(CancelledException.class,
                () -> services.importPreview().mergeInto(empty, List.of(source), ImportOptions.DEFAULTS, cancelling));
    }
}
