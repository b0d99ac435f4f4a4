package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.List;
import java.util.Optional;

/** The full deterministic simulation of a scenario plus its Monte Carlo bands. Money in yuan. */
public record SimulationResult(String scenario, int years, long seed, int runs, @Units.Fraction double discountRate,
        List<ClusterResult> clusters, List<VillageResult> villages, List<IndicatorYear> indicators,
        MonteCarloResult monteCarlo) {
    public SimulationResult {
        clusters = List.copyOf(clusters);
        villages = List.copyOf(villages);
        indicators = List.copyOf(indicators);
    }

    public Optional<VillageResult> village(String code) {
        return villages.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public Optional<ClusterResult> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
