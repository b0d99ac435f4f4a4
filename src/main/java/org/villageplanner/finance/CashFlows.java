package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * NPV, IRR and payback of a yearly cash-flow series CF_0..CF_N (MODEL.md §5). Yuan; rates as fractions.
 * Stateless.
 */
public final class CashFlows {
    private CashFlows() {
    }

    /** Why an IRR is missing; {@link #key()} is the i18n key of the explanation. */
    public enum IrrNote {
        NO_SIGN_CHANGE, SEVERAL_SIGN_CHANGES;

        public String key() {
            return this == NO_SIGN_CHANGE ? "finance.irr.noSignChange" : "finance.irr.severalSignChanges";
        }
    }

    /** The IRR, or null with the note saying why. */
    public record Irr(@Units.Fraction Double rate, IrrNote note) {
    }

    /** Σ CF_t / (1 + rate)^t. */
    public static double npv(double[] cf, double rate) {
        double sum = 0;
        double d = 1;
        for (int t = 0; t < cf.length; t++) {
            sum += cf[t] / d;
            d *= 1 + rate;
        }
        return sum;
    }

    /** First t with Σ_{0..t} CF ≥ 0, or null when none within the series. */
    public static Integer paybackYear(double[] cf) {
        double cum = 0;
        for (int t = 0; t < cf.length; t++) {
            cum += cf[t];
            if (cum >= 0) {
                return t;
            }
        }
        return null;
    }

    /**
     * The rate where the NPV is zero, only when the non-zero flows change sign exactly once; then exactly one
     * root exists in (−1, ∞) (Descartes' rule on x = 1/(1+r)). Found by bisection on x, to full double precision.
     */
    public static Irr irr(double[] cf) {
        int changes = 0;
        double last = 0;
        for (double c : cf) {
            if (c != 0) {
                if (last != 0 && Math.signum(c) != Math.signum(last)) {
                    changes++;
                }
                last = c;
            }
        }
        if (changes == 0) {
            return new Irr(null, IrrNote.NO_SIGN_CHANGE);
        }
        if (changes > 1) {
            return new Irr(null, IrrNote.SEVERAL_SIGN_CHANGES);
        }
        // P(x) = Σ CF_t x^t has one positive root; P(0) has the sign of the first non-zero flow (or is 0).
        double lo = 0;
        double hi = 1;
        double signLo = Math.signum(firstNonZero(cf));
        int guard = 0;
        while (Math.signum(poly(cf, hi)) == signLo && guard++ < 2000) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 400 && hi - lo > 0; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (Math.signum(poly(cf, mid)) == signLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = 0.5 * (lo + hi);
        return new Irr(1 / x - 1, null);
    }

    private static double firstNonZero(double[] cf) {
        for (double c : cf) {
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static double poly(double[] cf, double x) {
        double sum = 0;
        for (int t = cf.length - 1; t >= 0; t--) {
            sum = sum * x + cf[t];
        }
        return sum;
    }
}
