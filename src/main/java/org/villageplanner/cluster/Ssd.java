package org.villageplanner.cluster;

import java.util.List;

/** Within-group sum of squared deviations from the group mean, over all columns. Stateless. */
final class Ssd {
    private Ssd() {
    }

    static double of(List<Integer> rows, double[][] x) {
        if (rows.size() < 2 || x.length == 0) {
            return 0;
        }
        int d = x[rows.get(0)].length;
        double total = 0;
        for (int a = 0; a < d; a++) {
            double sum = 0, sq = 0;
            for (int r : rows) {
                sum += x[r][a];
                sq += x[r][a] * x[r][a];
            }
            total += sq - sum * sum / rows.size();
        }
        return Math.max(0, total);
    }
}
