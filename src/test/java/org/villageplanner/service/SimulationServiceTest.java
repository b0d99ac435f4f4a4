package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.villageplanner.Main;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.finance.SimulationResult;

class SimulationServiceTest {
    private static final Path XUFU = Path.of("samples/cases/01-xufu-strong-helps-weak.json");
    private final SimulationService service = Main.services().simulation();

    @Test
    void overridesChangeYearsRunsAndSeedAndProgressHearsEveryRun() {
        AtomicInteger last = new AtomicInteger();
        Progress progress = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                assertTrue(done >= last.get(), "progress went back from " + last.get() + " to " + done);
                last.set((int) done);
                assertEquals(300, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        SimulationResult r = service.simulate(XUFU, null, new SimulationService.Overrides(4, 300, 77L), progress);
        assertEquals(4, r.years());
        assertEquals(300, r.runs());
        assertEquals(77, r.monteCarlo().seed());
        assertEquals(5, r.villages().get(0).operatingIncome().length);
        assertEquals(300, last.get());
    }

    @Test
    void cancellingTheMonteCarloThrowsCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> service.simulate(XUFU, null, new SimulationService.Overrides(null, 1000, null), cancelled));
    }

    @Test
    void aScenarioFileHoldsOnlyItsOwnScenario() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> service.load(XUFU, "方案B"));
        assertEquals("finance.simulation.otherScenario", e.key());
        assertTrue(e.getMessage().contains("方案B"));
    }
}
