package org.villageplanner.finance;

/**
 * What one party receives from a cluster each year (dividends, guarantee and floor transfers), in fen.
 * {@code fenByYear[t - 1]} is year t (1..N). The array is owned by the record: do not modify it.
 */
public record Payout(String party, String name, long[] fenByYear) {
    /** Year t's payout in yuan (t = 1..N). */
    public double yuan(int year) {
        return fenByYear[year - 1] / 100.0;
    }

    public long totalFen() {
        long s = 0;
        for (long f : fenByYear) {
            s += f;
        }
        return s;
    }
}
