package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;

/**
 * 100 seeded random scenarios — every share rule, about a third of the clusters with nothing contributed (as
 * just accepted from a suggestion), many strong-helps-weak floors — simulated by the engine and by
 * {@link ModelReference}; every payout and every village's operating income must agree to the fen, and the
 * floor transfer table must add up by row and by column.
 */
class ModelReferenceTest {
    private static final Map<String, Integer> COVERAGE = new LinkedHashMap<>();

    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    static Scenario vary(RandomScenarios rs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : rs.scenario.clusters()) {
            Cluster x = c;
            if (rnd.nextInt(3) == 0) {
                x = x.withContributions(List.of());
            }
            Agreement ag = x.agreement();
            if (ag.rule() != ShareRule.FIXED && rnd.nextInt(3) == 0) {
                x = x.withAgreement(new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, ag.basis(), Map.of(), 0, null,
                        ag.floor(), ag.reserveRatio(), ag.welfareRatio(), ag.payoutRatio()));
            }
            out.add(x);
        }
        return new Scenario(rs.scenario.name(), "", rs.scenario.assumptions(), out);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void engineAgreesWithAPlainReadingOfTheModelToTheFen(long seed) {
        RandomScenarios rs = new RandomScenarios(seed, 14, 6, 0, 0);
        Scenario s = vary(rs, seed);
        SimulationResult r = Simulator.simulate(s, rs.villages);
        ModelReference ref = new ModelReference(s, rs.villages);
        for (int c = 0; c < s.clusters().size(); c++) {
            Cluster cl = s.clusters().get(c);
            ClusterResult cr = r.clusters().get(c);
            COVERAGE.merge(cl.agreement().rule().name(), 1, Integer::sum);
            if (cl.contributions().isEmpty()) {
                COVERAGE.merge("nothing contributed", 1, Integer::sum);
            }
            Map<String, long[]> expected = ref.payouts.get(cl.id());
            assertEquals(List.copyOf(expected.keySet()), cr.payouts().stream().map(Payout::party).toList());
            for (Payout p : cr.payouts()) {
                long[] want = java.util.Arrays.copyOfRange(expected.get(p.party()), 1, s.assumptions().years() + 1);
                assertArrayEquals(want, p.fenByYear(), "seed " + seed + " " + cl.id() + " " + cl.agreement().rule()
                        + " party " + p.party());
            }
            checkTransferTable(cr, ref.floorDelta.get(cl.id()), s.assumptions().years());
        }
        for (VillageResult v : r.villages()) {
            double[] want = ref.operating.get(v.code());
            for (int t = 0; t < want.length; t++) {
                assertEquals(Math.round(want[t] * 100), Math.round(v.operatingIncome()[t] * 100),
                        "seed " + seed + " village " + v.code() + " year " + t);
            }
        }
    }

    /** Each payer's row and each recipient's column of the transfer table equal what it paid or received. */
    private static void checkTransferTable(ClusterResult cr, Map<String, long[]> delta, int years) {
        for (int t = 1; t <= years; t++) {
            Map<String, Long> moved = new LinkedHashMap<>();
            for (Transfer tr : cr.transfers()) {
                if (tr.year() == t) {
                    assertTrue(tr.fen() > 0);
                    moved.merge(tr.to(), tr.fen(), Long::sum);
                    moved.merge(tr.from(), -tr.fen(), Long::sum);
                }
            }
            Map<String, Long> want = new LinkedHashMap<>();
            final int year = t;
            delta.forEach((party, d) -> {
                if (d[year] != 0) {
                    want.put(party, d[year]);
                }
            });
            if (!want.isEmpty()) {
                COVERAGE.merge("floor years with transfers", 1, Integer::sum);
            }
            assertEquals(want, moved, cr.id() + " year " + t);
        }
    }

    @AfterAll
    static void everyRuleAndCaseWasExercised() {
        for (ShareRule rule : ShareRule.values()) {
            assertTrue(COVERAGE.getOrDefault(rule.name(), 0) > 0, rule + " " + COVERAGE);
        }
        assertTrue(COVERAGE.getOrDefault("nothing contributed", 0) > 20, COVERAGE.toString());
        assertTrue(COVERAGE.getOrDefault("floor years with transfers", 0) > 20, COVERAGE.toString());
        System.out.println("ModelReferenceTest coverage: " + COVERAGE);
    }
}
