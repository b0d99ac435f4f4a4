package org.villageplanner.cluster;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;

/**
 * Village attributes by their canonical field names (CLI.md), standardised to z-scores (mean 0, population
 * standard deviation 1) over the villages given, so that yuan and head counts weigh alike in a sum of
 * squared deviations. An attribute that is the same everywhere becomes 0. Unknown names are rejected with
 * a {@link PlannerException} listing the allowed ones. Immutable after construction.
 */
public final class AttributeTable {
    /** The default attributes of the homogeneity objective. */
    public static final List<String> DEFAULT = List.of("operating_income", "total_income", "population");
    private static final List<String> KNOWN = List.of("operating_income", "total_income", "population",
            "households", "assets", "idle_land_mu", "idle_houses");

    private final double[][] z;

    /** z[i][a]: village i's standardised value of attribute a. */
    public AttributeTable(List<Village> villages, List<String> attributes) {
        List<String> names = attributes == null || attributes.isEmpty() ? DEFAULT : attributes;
        int n = villages.size();
        z = new double[n][names.size()];
        for (int a = 0; a < names.size(); a++) {
            ToDoubleFunction<Village> f = getter(names.get(a));
            double mean = 0;
            for (Village v : villages) {
                mean += f.applyAsDouble(v);
            }
            mean = n == 0 ? 0 : mean / n;
            double var = 0;
            for (Village v : villages) {
                double d = f.applyAsDouble(v) - mean;
                var += d * d;
            }
            double sd = n == 0 ? 0 : Math.sqrt(var / n);
            for (int i = 0; i < n; i++) {
                z[i][a] = sd == 0 ? 0 : (f.applyAsDouble(villages.get(i)) - mean) / sd;
            }
        }
    }

    public double[] row(int i) {
        return z[i];
    }

    public int dimensions() {
        return z.length == 0 ? 0 : z[0].length;
    }

    public double[][] rows() {
        return z;
    }

    static ToDoubleFunction<Village> getter(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "operating_income" -> Village::operatingIncome;
            case "total_income" -> Village::totalIncome;
            case "population" -> Village::population;
            case "households" -> Village::households;
            case "assets" -> Village::assets;
            case "idle_land_mu" -> Village::idleLandMu;
            case "idle_houses" -> Village::idleHouses;
            default -> throw new PlannerException("cluster.suggest.unknownAttribute", name, String.join(", ", KNOWN));
        };
    }
}
