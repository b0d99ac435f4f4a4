package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.service.WhatIfService.Difference;

class WhatIfServiceTest {
    private static final WhatIfService WHAT_IF = new WhatIfService(new SimulationService(
            new ProjectService(new MemoryRepository()), new ScenarioService(new org.villageplanner.importer.ScenarioJson(),
                    new MemoryRepository())));

    private static Village village(String code, double operating) {
        return new Village(code, "村" + code, "镇", null, 1000, 300, operating * 1.8, operating, 0, 0, 0, Set.of(),
                false);
    }

    private static final List<Village> VILLAGES = List.of(village("a", 3_000_000), village("b", 200_000),
            village("c", 300_000), village("d", 400_000));

    private static Scenario plan(String name, List<String> members) {
        Cluster c = new Cluster("k", "片区", ClusterType.STRONG_HELPS_WEAK, "a", members, null,
                Agreement.of(ShareRule.EQUAL), members.stream().map(m -> Contribution.cash(m, 1_000_000)).toList(),
                List.of(InvestmentProject.leased("厂房", 0, 3_000_000)), List.of(), false);
        return new Scenario(name, "", Assumptions.DEFAULTS, List.of(c));
    }

    @Test
    void comparesTwoToFourScenariosOnly() {
        Scenario s = Scenario.empty("x");
        assertThrows(PlannerException.class, () -> WHAT_IF.compare(List.of(s), VILLAGES, null));
        assertThrows(PlannerException.class, () -> WHAT_IF.compare(List.of(s, s, s, s, s), VILLAGES, null));
    }

    @Test
    void differencesNameVillagesWhoseClusterOrIncomeClassChanged() {
        WhatIfService.ScenarioComparison sc = WHAT_IF.compare(List.of(Scenario.empty("现状"),
                plan("方案", List.of("a", "b", "c"))), VILLAGES, null);
        // Each member gets 100万 a year: b and c then clear both targets (operating 50万, total 100万).
        assertEquals(Set.of(Difference.CLUSTER, Difference.INCOME_CLASS), sc.differences().get("b"));
        assertEquals(Set.of(Difference.CLUSTER), sc.differences().get("a"));
        assertTrue(!sc.differences().containsKey("d"), "d is in no cluster in either scenario");
        assertEquals(3.0, sc.comparison().indicators().stream()
                .filter(r -> r.name().equals("villagesChangingCluster")).findFirst().orElseThrow().deltas().get(1));
    }

    @Test
    void aThresholdChangeOrOtherClusterTermsColourTheVillagesThatTheyTouch() {
        Scenario base = plan("A", List.of("a", "b"));
        Assumptions d = Assumptions.DEFAULTS;
        // weak line 50 → 25 万元: d (40万) is MEDIUM in B; the cluster's rule changes from EQUAL to BY_CONTRIBUTION
        Scenario other = base.withName("B").withAssumptions(new Assumptions(d.years(), d.baselineGrowth(),
                d.discountRate(), d.totalIncomeTarget(), d.operatingIncomeTarget(), d.strongThreshold(), 250_000,
                d.landYuanPerMu(), d.monteCarlo()));
        other = other.withCluster(other.cluster("k").orElseThrow().withAgreement(Agreement.of(
                ShareRule.BY_CONTRIBUTION)));
        WhatIfService.ScenarioComparison sc = WHAT_IF.compare(List.of(base, other), VILLAGES, null);
        assertEquals(Set.of(Difference.STRENGTH), sc.differences().get("d"));
        assertEquals(Set.of(Difference.STRENGTH), sc.differences().get("c"));
        assertEquals(Set.of(Difference.CLUSTER_TERMS), sc.differences().get("a"));
        assertTrue(!sc.differences().containsKey("e"));
    }

    @Test
    void belowTargetsListsVillagesUnderEitherTargetInTheYear() {
        SimulationResult r = WHAT_IF.simulate(plan("方案", List.of("a", "b", "c")), VILLAGES, null);
        Assumptions a = Assumptions.DEFAULTS;
        assertEquals(List.of("b", "c", "d"), WhatIfService.belowTargets(r, a, 0));
        assertEquals(List.of("d"), WhatIfService.belowTargets(r, a, 10));
        assertEquals(WhatIfService.IncomeClass.MEETS_BOTH, WhatIfService.incomeClass(r.village("a").orElseThrow(), a, 0));
    }

    @Test
    void baselineGrowsTheVillagesOwnIncomeOnly() {
        Assumptions a = new Assumptions(2, 0.1, 0.06, 1e6, 5e5, 2e6, 5e5, 0, null);
        assertArrayEquals(new double[] {200_000, 220_000, 242_000}, WhatIfService.baselineOperating(
                village("b", 200_000), a, 2), 1e-6);
    }

    @Test
    void freshNamesNeverClash() {
        PlanProject p = new PlanProject(null, VILLAGES, List.of(Scenario.empty("方案A"),
                Scenario.empty("方案A 副本"), Scenario.empty("方案A 副本 (2)")));
        assertEquals("方案B", WhatIfService.freshScenarioName(p, "方案B"));
        assertEquals("方案A 副本 (3)", WhatIfService.freshScenarioName(p, "方案A 副本"));
    }
}
