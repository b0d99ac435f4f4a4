package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.MonteCarloSettings;

class AssumptionDifferencesTest {
    private static Assumptions with(int years, double growth, double land, MonteCarloSettings mc) {
        Assumptions d = Assumptions.DEFAULTS;
        return new Assumptions(years, growth, d.discountRate(), d.totalIncomeTarget(), d.operatingIncomeTarget(),
                d.strongThreshold(), d.weakThreshold(), land, mc);
    }

    @Test
    void equalAssumptionsGiveNoDifference() {
        assertEquals(List.of(), AssumptionDifferences.of(List.of(Assumptions.DEFAULTS, Assumptions.DEFAULTS)));
    }

    @Test
    void eachDifferingFieldIsListedWithEveryScenariosValueInOrder() {
        MonteCarloSettings mc = new MonteCarloSettings(1000, 2023, 0.3);
        List<AssumptionDifferences.Difference> d = AssumptionDifferences.of(List.of(
                with(10, 0, 0, MonteCarloSettings.DEFAULTS), with(10, 0.03, 20_000, mc), with(10, 0.03, 0, mc)));
        assertEquals(List.of(
                new AssumptionDifferences.Difference("baselineGrowth", List.of(0.0, 0.03, 0.03)),
                new AssumptionDifferences.Difference("landYuanPerMu", List.of(0.0, 20_000.0, 0.0)),
                new AssumptionDifferences.Difference("monteCarlo.correlation", List.of(0.0, 0.3, 0.3))), d);
    }

    @Test
    void yearsRunsAndSeedAreNotFlaggedSinceCompareAlignsOrOnlySamplesThem() {
        assertEquals(List.of(), AssumptionDifferences.of(List.of(
                with(10, 0, 0, new MonteCarloSettings(0, 1, 0)), with(20, 0, 0, new MonteCarloSettings(500, 7, 0)))));
    }
}
