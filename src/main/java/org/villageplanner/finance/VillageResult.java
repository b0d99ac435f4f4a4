package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import org.villageplanner.domain.Strength;

/**
 * A village's projected incomes (MODEL.md §4), yuan per year, index t = 0..N. {@code cluster} is the id of the
 * first cluster listing it, or null; {@code strength} uses the scenario's thresholds (§7).
 */
public record VillageResult(String code, String name, String cluster, Strength strength, int population,
        @Units.Yuan double[] operatingIncome, @Units.Yuan double[] totalIncome) {
}
