package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.List;

/**
 * Everything the simulation says about one cluster. {@code cashFlow[t]} is CF_t for t = 0..N (yuan);
 * {@code irr} is null when the flows do not change sign exactly once, and {@code irrNote} is then the i18n key
 * of the reason; {@code paybackYear} is null when the investment is not paid back within N years.
 */
public record ClusterResult(String id, String name, List<PartyShare> shares, List<WaterfallYear> waterfall,
        List<Payout> payouts, List<Transfer> transfers, @Units.Yuan double[] cashFlow, @Units.Yuan double npv, @Units.Fraction Double irr, String irrNote,
        Integer paybackYear, List<MemberReturn> memberReturns) {
    public ClusterResult {
        shares = List.copyOf(shares);
        waterfall = List.copyOf(waterfall);
        payouts = List.copyOf(payouts);
        transfers = List.copyOf(transfers);
        memberReturns = List.copyOf(memberReturns);
    }

    /** The payout row of {@code party}, or null. */
    public Payout payout(String party) {
        return payouts.stream().filter(p -> p.party().equals(party)).findFirst().orElse(null);
    }

    public double totalDividends() {
        return waterfall.stream().mapToDouble(WaterfallYear::dividends).sum();
    }
}
