package org.villageplanner.service;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.villageplanner.domain.Village;

/**
 * The numeric village fields a map can be coloured by or a table sorted by, with their canonical names
 * (CLI.md). {@code money} fields are yuan and are shown in 万元.
 */
public enum VillageField {
    POPULATION("population", false, v -> v.population()),
    HOUSEHOLDS("households", false, v -> v.households()),
    TOTAL_INCOME("total_income", true, Village::totalIncome),
    OPERATING_INCOME("operating_income", true, Village::operatingIncome),
    ASSETS("assets", true, Village::assets),
    IDLE_LAND_MU("idle_land_mu", false, Village::idleLandMu),
    IDLE_HOUSES("idle_houses", false, v -> v.idleHouses());

    private final String column;
    private final boolean money;
    private final ToDoubleFunction<Village> getter;

    VillageField(String column, boolean money, ToDoubleFunction<Village> getter) {
        this.column = column;
        this.money = money;
        this.getter = getter;
    }

    public String column() {
        return column;
    }

    public boolean money() {
        return money;
    }

    public double of(Village v) {
        return getter.applyAsDouble(v);
    }

    /**
     * {@code v} with this field set to {@code value} (yuan for money, mu for land; counts are rounded).
     *
     * @throws org.villageplanner.domain.PlannerException naming the village and field when the value is invalid
     */
    public Village with(Village v, double value) {
        int count = (int) Math.round(value);
        return new Village(v.code(), v.name(), v.town(), v.geometry(),
                this == POPULATION ? count : v.population(),
                this == HOUSEHOLDS ? count : v.households(),
                this == TOTAL_INCOME ? value : v.totalIncome(),
                this == OPERATING_INCOME ? value : v.operatingIncome(),
                this == ASSETS ? value : v.assets(),
                this == IDLE_LAND_MU ? value : v.idleLandMu(),
                this == IDLE_HOUSES ? count : v.idleHouses(),
                v.resources(), v.mountain());
    }

    /**
     * Upper bounds of up to {@code classes} quantile classes of {@code values} (ascending, duplicates removed);
     * the last bound is the maximum. Empty input gives no bounds.
     */
    public static double[] quantileBreaks(double[] values, int classes) {
        if (values.length == 0 || classes < 1) {
            return new double[0];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] breaks = new double[classes];
        for (int i = 1; i <= classes; i++) {
            int idx = (int) Math.ceil(i * sorted.length / (double) classes) - 1;
            breaks[i - 1] = sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
        }
        return Arrays.stream(breaks).distinct().toArray();
    }

    /** The class index of {@code value} for {@code breaks} from {@link #quantileBreaks}. */
    public static int classOf(double value, double[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return i;
            }
        }
        return breaks.length - 1;
    }
}
