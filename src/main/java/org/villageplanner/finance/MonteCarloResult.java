package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.List;
import java.util.Map;

/**
 * Monte Carlo bands (MODEL.md §6). Operating-income bands are keyed by village code, arrays t = 0..N in yuan;
 * {@code pAllMeetTargets} is the share of runs in which every village meets both targets in year N (null when
 * no run was made). {@code pAllMeetByYear} gives the same share for every year t = 0..N and each target
 * separately (CLI.md {@code monteCarlo.pAllMeetByYear}); empty arrays when no run was made. {@link #none}
 * stands for "no runs".
 */
public record MonteCarloResult(int runs, long seed, @Units.Fraction Double pAllMeetTargets, @Units.Yuan Map<String, double[]> operatingIncomeP10,
        @Units.Yuan Map<String, double[]> operatingIncomeP50, @Units.Yuan Map<String, double[]> operatingIncomeP90,
        List<IndicatorBand> indicators, AllMeetByYear pAllMeetByYear) {
    public static MonteCarloResult none(long seed) {
        return new MonteCarloResult(0, seed, null, Map.of(), Map.of(), Map.of(), List.of(), AllMeetByYear.EMPTY);
    }

    /**
     * Per year t = 0..N, the share of runs in which every village's operating income is ≥ operatingIncomeTarget
     * ({@code operating}), every total income ≥ totalIncomeTarget ({@code total}), and both at once ({@code both}).
     */
    public record AllMeetByYear(@Units.Fraction double[] operating, @Units.Fraction double[] total, @Units.Fraction double[] both) {
        public static final AllMeetByYear EMPTY = new AllMeetByYear(new double[0], new double[0], new double[0]);

        /** The curve of one goal by its CLI name: {@code operating}, {@code total} or {@code both}. */
        public double[] of(String goal) {
            return switch (goal) {
                case "operating" -> operating;
                case "total" -> total;
                case "both" -> both;
                default -> throw new IllegalArgumentException(goal);
            };
        }
    }
}
