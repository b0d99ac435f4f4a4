package org.villageplanner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;

class SyntheticProjectTest {
    @Test
    void theSameSeedGivesAnEqualProjectAndAnotherSeedDoesNot() {
        PlanProject a = SyntheticProject.generate(300, 7);
        assertEquals(a, SyntheticProject.generate(300, 7));
        assertNotEquals(a.villages(), SyntheticProject.generate(300, 8).villages());
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "37", "500"})
    void givesExactlyTheRequestedVillagesWithDistinctTwelveDigitCodesAndPolygons(int n) {
        PlanProject p = SyntheticProject.generate(n, 1);
        assertEquals(n, p.villages().size());
        assertTrue(p.villages().stream().allMatch(v -> v.code().matches("99\\d{10}")));
        assertTrue(p.villages().stream().allMatch(v -> !v.geometry().isEmpty() && v.geometry().isValid()));
        assertEquals(java.util.List.of("现状", "方案"), p.scenarios().stream().map(s -> s.name()).toList());
    }

    @Test
    void planClustersHoldTwoToFiveAdjacentVillagesEachVillageAtMostOnce() {
        PlanProject p = SyntheticProject.generate(400, 3);
        Map<String, Village> byCode = p.villagesByCode();
        Set<String> seen = new HashSet<>();
        var clusters = p.requireScenario("方案").clusters();
        assertTrue(clusters.size() > 400 / 5, "most villages are clustered: " + clusters.size());
        for (Cluster c : clusters) {
            assertTrue(c.members().size() >= 2 && c.members().size() <= 5, c.id() + " " + c.members());
            assertTrue(c.members().stream().allMatch(seen::add), "a village is in two clusters");
            assertTrue(c.members().contains(c.leader()));
            assertTrue(LongshanSampleTest.contiguous(c.members(), byCode), c.id() + " is not contiguous");
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "50001"})
    void refusesSizesOutsideOneToFiftyThousand(int n) {
        PlannerException e = assertThrows(PlannerException.class, () -> SyntheticProject.generate(n, 1));
        assertEquals("sample.generate.size", e.key());
    }
}
