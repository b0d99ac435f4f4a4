package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.List;
import org.villageplanner.service.Feature;

/**
 * Finds a money column whose header gives no unit but whose values are plainly in 万元, as county statistics tables
 * write them (a village's yearly income of {@code 35.2}). Read as yuan such a column makes every village "weak" and
 * every figure downstream 10,000× too small, so the import refuses it until the user says which unit it is.
 *
 * <p>The rule, over the column's non-zero values (blank and 0 are "not known" or a genuinely empty account and say
 * nothing about the unit): with at least {@value #MIN_VALUES} of them, the column is taken as 万元 when their median
 * is below {@value #MEDIAN_BELOW} and either at least a quarter of them have a fractional part (万元 figures carry
 * decimals, 279.62; yuan figures in these tables are whole yuan) or none reaches {@value #MAX_BELOW}. Why these
 * bounds: a Chinese village collective's yearly income, operating income or assets are tens of thousands of yuan and
 * more (the weak-village lines are 10万 and 5万 yuan a year); a median of a few thousand yuan does not occur in a real
 * table, while the same figures in 万元 (0.5 … 5,000) are the norm. A column whose header names a unit ((元),
 * (万元), _wan, _yuan) is never guessed at.
 */
final class WanHeuristic {
    static final int MIN_VALUES = 3;
    static final double MEDIAN_BELOW = 5_000;
    static final double MAX_BELOW = 50_000;

    private WanHeuristic() {
    }

    /** The verdict on one column: whether it looks like 万元, with the median and a few values to show. */
    record Verdict(boolean looksWan, double median, List<String> examples) {
    }

    static Verdict judge(List<Feature> features, String column) {
        List<Double> values = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        int fractional = 0;
        for (Feature f : features) {
            Double v = parse(f.attributes().get(column));
            if (v == null || v == 0) {
                continue;
            }
            values.add(v);
            if (v != Math.rint(v)) {
                fractional++;
            }
            if (examples.size() < 3) {
                examples.add(FieldValues.text(f.attributes().get(column)));
            }
        }
        if (values.size() < MIN_VALUES) {
            return new Verdict(false, Double.NaN, examples);
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double max = sorted.get(n - 1);
        boolean looksWan = median < MEDIAN_BELOW && (fractional * 4 >= n || max < MAX_BELOW);
        return new Verdict(looksWan, median, examples);
    }

    private static Double parse(Object raw) {
        if (raw instanceof Number num) {
            double d = num.doubleValue();
            return Double.isFinite(d) && d > 0 ? d : null;
        }
        if (raw == null || raw instanceof Boolean) {
            return null;
        }
        try {
            double d = Double.parseDouble(VillageColumn.normalise(raw.toString()).replace(",", ""));
            return Double.isFinite(d) && d > 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
