package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * A party's return (MODEL.md §5): the NPV at the scenario's discount rate of its payouts in years 1..N, minus its
 * valued contribution (yuan).
 */
public record MemberReturn(String party, @Units.Yuan double payoutsNpv, @Units.Yuan double contribution) {
    public double netReturn() {
        return payoutsNpv - contribution;
    }
}
