package org.villageplanner.finance;

/**
 * A party's return (MODEL.md §5): the NPV at the scenario's discount rate of its payouts in years 1..N, minus its
 * valued contribution (yuan).
 */
public record MemberReturn(String party, double payoutsNpv, double contribution) {
    public double netReturn() {
        return payoutsNpv - contribution;
    }
}
