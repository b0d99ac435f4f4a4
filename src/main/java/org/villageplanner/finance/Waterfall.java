package org.villageplanner.finance;


/**
 * The joint entity's yearly waterfall (MODEL.md §2) over primitive arrays: revenue → profit before tax →
 * tax with losses carried forward → net (PROFIT or CASH basis) → earlier deficits covered → reserve and
 * welfare funds → guaranteed payments → dividends × payoutRatio → retained. Also the cluster's cash flow
 * CF_t = revenue − opex − tax (§5), CF_0 = −Σ capex.
 *
 * <p>Output layout: {@code out[field * (N+1) + t]} for the field constants below, t = 0..N (year 0 holds
 * zeros, except {@link #CASH_FLOW}). Amounts in yuan, unrounded. Stateless and allocation-free.
 */
public final class Waterfall {
    public static final int REVENUE = 0;
    public static final int OPEX = 1;
    public static final int DEPRECIATION = 2;
    public static final int PROFIT_BEFORE_TAX = 3;
    public static final int TAXABLE = 4;
    public static final int LOSS_CARRIED = 5;
    public static final int TAX = 6;
    public static final int NET = 7;
    public static final int AVAILABLE = 8;
    public static final int DEFICIT = 9;
    public static final int RESERVE = 10;
    public static final int WELFARE = 11;
    public static final int DISTRIBUTABLE = 12;
    public static final int GUARANTEED = 13;
    public static final int SHORTFALL = 14;
    public static final int DIVIDENDS = 15;
    public static final int RETAINED = 16;
    public static final int CASH_FLOW = 17;
    public static final int FIELDS = 18;

    private Waterfall() {
    }

    /**
     * @param mult revenue multipliers of all the model's projects, flat [p * (N+1) + t] (1.0 = deterministic)
     * @param out  at least {@code FIELDS * (N+1)} doubles, overwritten
     */
    static void compute(Model.ClusterModel c, int years, double[] mult, double[] out) {
        compute(c, years, mult, out, true);
    }

    /**
     * @param full false to write only {@link #DIVIDENDS} for t ≥ 1 (a Monte Carlo run needs no other line; the
     *             same arithmetic either way, so the dividends are equal bit for bit)
     */
    static void compute(Model.ClusterModel c, int years, double[] mult, double[] out, boolean full) {
        int w = years + 1;
        double taxRate = c.taxRate;
        boolean cash = c.cashBasis;
        double loss = 0;
        double deficit = 0;
        if (full) {
            for (int f = 0; f < FIELDS; f++) {
                out[f * w] = 0;
            }
            out[CASH_FLOW * w] = -c.capex;
        }
        int first = c.firstProject * w;
        for (int t = 1; t < w; t++) {
            double revenue = 0;
            for (int p = 0; p < c.nProjects; p++) {
                revenue += c.revenue[p * w + t] * mult[first + p * w + t];
            }
            double opex = c.opex[t];
            double dep = c.depreciation[t];
            double pbt = revenue - opex - dep;
            double taxable = Math.max(0, pbt - loss);
            loss = Math.max(0, loss - pbt);
            double tax = taxable * taxRate;
            double net = cash ? revenue - opex - tax : pbt - tax;
            double available = Math.max(0, net - deficit);
            deficit = Math.max(0, deficit - net);
            double reserve = available * c.reserveRatio;
            double welfare = available * c.welfareRatio;
            double distributable = available - reserve - welfare;
            double guaranteed = c.guaranteeTotal;
            double dividends = Math.max(0, distributable - guaranteed) * c.payoutRatio;
            out[DIVIDENDS * w + t] = dividends;
            if (!full) {
                continue;
            }
            out[REVENUE * w + t] = revenue;
            out[OPEX * w + t] = opex;
            out[DEPRECIATION * w + t] = dep;
            out[PROFIT_BEFORE_TAX * w + t] = pbt;
            out[TAXABLE * w + t] = taxable;
            out[LOSS_CARRIED * w + t] = loss;
            out[TAX * w + t] = tax;
            out[NET * w + t] = net;
            out[AVAILABLE * w + t] = available;
            out[DEFICIT * w + t] = deficit;
            out[RESERVE * w + t] = reserve;
            out[WELFARE * w + t] = welfare;
            out[DISTRIBUTABLE * w + t] = distributable;
            out[GUARANTEED * w + t] = guaranteed;
            out[SHORTFALL * w + t] = Math.max(0, guaranteed - distributable);
            out[RETAINED * w + t] = distributable - Math.min(distributable, guaranteed) - dividends;
            out[CASH_FLOW * w + t] = revenue - opex - tax;
        }
    }

    /**
     * Pays one year's dividends and guarantees to the parties in fen: dividends × fraction_i plus the party's
     * guarantee, rounded by largest remainder so that the payouts add up to round(dividends) + round(guaranteed)
     * to the fen.
     *
     * @param exact scratch of at least {@code c.size()} doubles
     * @param used  scratch of at least {@code c.size()} booleans
     * @param out   the payouts in fen, {@code out[i]} for party i
     */
    static void payParties(Model.ClusterModel c, double dividends, double guaranteed, double[] exact, boolean[] used,
            long[] out) {
        payParties(c, dividends, Fen.of(guaranteed), exact, used, out);
    }

    /** As above with the guaranteed total already in fen; overwrites {@code exact} (see {@link Fen#apportion}). */
    static void payParties(Model.ClusterModel c, double dividends, long guaranteedFen, double[] exact, boolean[] used,
            long[] out) {
        int n = c.size();
        for (int i = 0; i < n; i++) {
            exact[i] = (dividends * c.fraction[i] + c.guarantee[i]) * 100.0;
        }
        Fen.apportion(exact, n, Fen.of(dividends) + guaranteedFen, out, used);
    }

    /**
     * The year as shown with {@code unit} precision (e.g. 100 yuan for 0.01 万元) so that what is shown adds up as
     * shown: reserve + welfare + distributable = available, and, when the guarantee is covered, guaranteed +
     * dividends + retained = distributable — the parts rounded by largest remainder to the rounded total. Every
     * other line is rounded to the unit on its own.
     */
    public static WaterfallYear shown(WaterfallYear y, double unit) {
        long available = Math.round(y.available() / unit);
        long[] split = Fen.largestRemainder(new double[] {y.reserve() / unit, y.welfare() / unit,
            y.distributable() / unit}, available);
        double guaranteed = r(y.guaranteed(), unit);
        double dividends = r(y.dividends(), unit);
        double retained = r(y.retained(), unit);
        if (y.guaranteed() <= y.distributable() + 1e-9) {
            long[] parts = Fen.largestRemainder(new double[] {y.guaranteed() / unit, y.dividends() / unit,
                Math.max(0, y.retained()) / unit}, split[2]);
            guaranteed = parts[0] * unit;
            dividends = parts[1] * unit;
            retained = parts[2] * unit;
        }
        return new WaterfallYear(y.year(), r(y.revenue(), unit), r(y.opex(), unit), r(y.depreciation(), unit),
                r(y.profitBeforeTax(), unit), r(y.taxable(), unit), r(y.lossCarried(), unit), r(y.tax(), unit),
                r(y.net(), unit), available * unit, r(y.deficit(), unit), split[0] * unit, split[1] * unit,
                split[2] * unit, guaranteed, r(y.shortfall(), unit), dividends, retained, r(y.cashFlow(), unit));
    }

    private static double r(double v, double unit) {
        return Math.round(v / unit) * unit;
    }
}
