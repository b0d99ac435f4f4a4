package org.villageplanner.finance;

import java.util.List;
import java.util.Map;

/**
 * Monte Carlo bands (MODEL.md §6). Operating-income bands are keyed by village code, arrays t = 0..N in yuan;
 * {@code pAllMeetTargets} is the share of runs in which every village meets both targets in year N (null when
 * no run was made). {@link #NONE} stands for "no runs".
 */
public record MonteCarloResult(int runs, long seed, Double pAllMeetTargets, Map<String, double[]> operatingIncomeP10,
        Map<String, double[]> operatingIncomeP50, Map<String, double[]> operatingIncomeP90,
        List<IndicatorBand> indicators) {
    public static MonteCarloResult none(long seed) {
        return new MonteCarloResult(0, seed, null, Map.of(), Map.of(), Map.of(), List.of());
    }
}
