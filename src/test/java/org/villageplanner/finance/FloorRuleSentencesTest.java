package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.finance.Fixtures.cluster;
import static org.villageplanner.finance.Fixtures.profit;
import static org.villageplanner.finance.Fixtures.scenario;
import static org.villageplanner.finance.Fixtures.village;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * One row per sentence of MODEL.md §3, worked out by hand. Villages (base-year operating income): S 3,000,000
 * (STRONG), M 1,000,000 (MEDIUM), W1 300,000 and W2 450,000 and W3 499,000 (WEAK), W4 300,000.004 (WEAK).
 * Operating target 500,000. Each row: members, cash contributions (party:yuan; "town" is an outside party),
 * the cluster's yearly profit, the agreement floor (blank = the target), and the expected year-1 payouts and
 * transfers (from>to:yuan).
 */
class FloorRuleSentencesTest {
    private static final List<Village> VILLAGES = List.of(village("S", 4e6, 3e6), village("M", 2e6, 1e6),
            village("W1", 8e5, 3e5), village("W2", 8e5, 4.5e5), village("W3", 8e5, 4.99e5),
            village("W4", 8e5, 300_000.004));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a WEAK member that needs nothing pays nothing      | S W1 W3  | S:6e6 W1:2e6 W3:2e6     | 500000  |        | S:200000 W1:200000 W3:100000           | S>W1:100000
            MEDIUM members pay too, in proportion to payouts   | S M W1   | S:5e6 M:3e6 W1:2e6      | 500000  |        | S:187500 M:112500 W1:200000            | S>W1:62500 M>W1:37500
            needs are rounded up to the fen                    | S W4     | S:5e6 W4:5e6            | 300000  |        | S:100000 W4:200000                     | S>W4:50000
            payers never pay more than received; needs scaled  | S W1 W2  | S:2e6 W1:4e6 W2:4e6     | 100000  |        | S:0 W1:58823.53 W2:41176.47            | S>W1:18823.53 S>W2:1176.47
            outside parties neither pay nor receive            | S W1     | S:4e6 W1:1e6 town:5e6   | 1000000 |        | S:300000 W1:200000 town:500000         | S>W1:100000
            the agreement floor replaces the target            | S W1     | S:6e6 W1:4e6            | 250000  | 350000 | S:150000 W1:100000                     | -
            a WEAK member above the floor is no recipient      | S W1     | S:6e6 W1:4e6            | 500000  | 450000 | S:300000 W1:200000                     | -
            rows and columns add up to the fen                 | S M W1 W4| S:3e6 M:1e6 W1:1e6 W4:1e6 | 333333.33 |      | S:0 M:0 W1:166666.67 W4:166666.66 | S>W1:83333.34 S>W4:83333.33 M>W1:27777.78 M>W4:27777.78
            """)
    void sentenceOfSection3(String sentence, String members, String cash, double profit, Double floor,
            String payouts, String transfers) {
        List<Contribution> money = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        pairs(cash).forEach((party, yuan) -> money.add(Contribution.cash(party, yuan)));
        names.put("town", "镇");
        Agreement ag = new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, DistributionBasis.PROFIT, Map.of(), 0, null, floor,
                0, 0, 1);
        SimulationResult r = Simulator.simulate(scenario(Assumptions.DEFAULTS.withYears(1), cluster("c",
                ClusterType.STRONG_HELPS_WEAK, ag, List.of(members.trim().split("\\s+")), money,
                List.of(profit("p", profit, 0)))), VILLAGES);
        ClusterResult c = r.clusters().get(0);
        Map<String, Double> expected = pairs(payouts);
        Map<String, Double> actual = new LinkedHashMap<>();
        c.payouts().forEach(p -> actual.put(p.party(), p.yuan(1)));
        assertEquals(expected, actual, sentence);
        Map<String, Double> expectedTransfers = transfers.trim().equals("-") ? Map.of() : pairs(transfers);
        Map<String, Double> actualTransfers = new LinkedHashMap<>();
        c.transfers().forEach(t -> actualTransfers.put(t.from() + ">" + t.to(), t.amount()));
        assertEquals(expectedTransfers, actualTransfers, sentence);
        // Whatever the row: the payouts still add up to the year's dividends, to the fen.
        assertEquals(Fen.of(profit), c.payouts().stream().mapToLong(p -> p.fenByYear()[0]).sum(), sentence);
    }

    private static Map<String, Double> pairs(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            int colon = pair.lastIndexOf(':');
            out.put(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)));
        }
        return out;
    }
}
