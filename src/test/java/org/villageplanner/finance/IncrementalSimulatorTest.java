package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * Random edits of the kinds the workbench makes (paint a village into another cluster, erase it, delete a
 * cluster, change an agreement to the weak-village floor, a village of one cluster contributing to or saving in
 * another, undo to an older version): after each, the result derived from the version before equals the whole
 * deterministic run of the new version in every field, doubles compared bit for bit.
 */
public class IncrementalSimulatorTest {

    /**
     * Tagged {@code slow-differential}: mutation analysis ({@code mvn -Ppit}) runs it only for the mutants of
     * {@link IncrementalSimulator} (a part of its own, see docs/TESTING.md). It compares two paths through the same
     * engine, so a mutant of the shared engine changes both alike and cannot fail it, while it costs 12 s of CPU
     * (45 s under load) for every surviving mutant it covers.
     */
    @Test
    @Tag("slow-differential")
    void randomEditsGiveTheWholeRunBitForBit() {
        int derived = 0;
        for (long seed = 1; seed <= 8; seed++) {
            RandomScenarios fixture = new RandomScenarios(seed, 160, 10, 0, 0.2);
            List<Village> villages = fixture.villages;
            SplittableRandom rnd = new SplittableRandom(seed * 31);
            List<Scenario> history = new ArrayList<>();
            List<SimulationResult> results = new ArrayList<>();
            history.add(fixture.scenario);
            results.add(Simulator.deterministic(fixture.scenario, villages));
            for (int step = 0; step < 30; step++) {
                int from = rnd.nextInt(4) == 0 ? rnd.nextInt(history.size()) : history.size() - 1;
                Scenario before = history.get(from);
                Scenario now = rnd.nextInt(6) == 0 && history.size() > 1
                        ? history.get(rnd.nextInt(history.size())) // undo / redo to another version
                        : edit(before, villages, rnd);
                SimulationResult full;
                try {
                    full = Simulator.deterministic(now, villages);
                } catch (PlannerException e) {
                    Scenario bad = now;
                    assertThrows(PlannerException.class,
                            () -> IncrementalSimulator.after(before, results.get(from), bad, villages));
                    continue;
                }
                SimulationResult inc = IncrementalSimulator.after(before, results.get(from), now, villages);
                if (inc != null) {
                    derived++;
                    assertSame("seed " + seed + " step " + step, full, inc);
                }
                history.add(now);
                results.add(inc != null ? inc : full);
            }
        }
        assertTrue(derived > 150, "most edits are derived, not run whole: " + derived);
    }

    @Test
    void otherAssumptionsOrMonteCarloRunWhole() {
        RandomScenarios fixture = new RandomScenarios(5, 60, 10, 0, 0.2);
        Scenario s = fixture.scenario;
        SimulationResult r = Simulator.deterministic(s, fixture.villages);
        Scenario moved = edit(s, fixture.villages, new SplittableRandom(1));
        assertNotNull(IncrementalSimulator.after(s, r, moved, fixture.villages));
        assertNull(IncrementalSimulator.after(s, r, moved.withAssumptions(s.assumptions().withYears(12)),
                fixture.villages));
        assertNull(IncrementalSimulator.after(s, r, moved.withAssumptions(s.assumptions().withMonteCarlo(
                s.assumptions().monteCarlo().withRuns(100))), fixture.villages));
        assertNull(IncrementalSimulator.after(s, r, s.withName("other"), fixture.villages));
    }

    /** One random workbench edit of {@code s}. */
    static Scenario edit(Scenario s, List<Village> villages, SplittableRandom rnd) {
        List<Cluster> cs = new ArrayList<>(s.clusters());
        if (cs.size() < 2) {
            return s;
        }
        int i = rnd.nextInt(cs.size());
        Cluster c = cs.get(i);
        String village = villages.get(rnd.nextInt(villages.size())).code();
        switch (rnd.nextInt(7)) {
            case 0, 1 -> { // paint: the village leaves its cluster (if any) and joins c
                for (int k = 0; k < cs.size(); k++) {
                    Cluster o = cs.get(k);
                    if (o != c && o.members().contains(village)) {
                        cs.set(k, o.withMembers(o.members().stream().filter(m -> !m.equals(village)).toList()));
                    }
                }
                if (!c.members().contains(village)) {
                    List<String> m = new ArrayList<>(c.members());
                    m.add(village);
                    cs.set(i, c.withMembers(m));
                }
            }
            case 2 -> { // erase one member
                if (c.members().size() > 1) {
                    cs.set(i, c.withMembers(c.members().subList(1, c.members().size())));
                }
            }
            case 3 -> cs.remove(i);
            case 4 -> {
                Agreement a = c.agreement();
                cs.set(i, c.withAgreement(new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, a.basis(), null, 0, null,
                        rnd.nextBoolean() ? null : rnd.nextDouble(100_000, 900_000), a.reserveRatio(),
                        a.welfareRatio(), a.payoutRatio())));
            }
            case 5 -> { // a village (perhaps of another cluster) brings money
                List<Contribution> money = new ArrayList<>(c.contributions());
                money.add(new Contribution(village, "", 500_000, 3, 0, 0));
                cs.set(i, c.withContributions(money));
            }
            default -> { // pooled services save money in a village (perhaps of another cluster)
                List<Saving> savings = new ArrayList<>(c.savings());
                savings.add(new Saving(village, rnd.nextDouble(1_000, 40_000)));
                cs.set(i, new Cluster(c.id(), c.name(), c.type(), c.leader(), c.members(), c.entity(), c.agreement(),
                        c.contributions(), c.projects(), savings, c.locked(), c.bridges()));
            }
        }
        return s.withClusters(cs);
    }

    /** Field by field through records and lists; doubles (also boxed) by their bits. */
    public static void assertSame(String where, Object expected, Object actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, where);
        } else if (expected instanceof Record) {
            assertEquals(expected.getClass(), actual.getClass(), where);
            for (RecordComponent rc : expected.getClass().getRecordComponents()) {
                try {
                    assertSame(where + "." + rc.getName(), rc.getAccessor().invoke(expected),
                            rc.getAccessor().invoke(actual));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (expected instanceof List<?> a) {
            List<?> b = (List<?>) actual;
            assertEquals(a.size(), b.size(), where + " size");
            for (int k = 0; k < a.size(); k++) {
                if (a.get(k) != b.get(k)) { // the same object is equal to itself
                    assertSame(where + "[" + k + "]", a.get(k), b.get(k));
                }
            }
        } else if (expected instanceof double[] a) {
            double[] b = (double[]) actual;
            assertEquals(a.length, b.length, where + " length");
            for (int k = 0; k < a.length; k++) {
                if (Double.doubleToRawLongBits(a[k]) != Double.doubleToRawLongBits(b[k])) {
                    throw new AssertionError(where + "[" + k + "]: " + a[k] + " != " + b[k]);
                }
            }
        } else if (expected instanceof long[] a) {
            assertTrue(java.util.Arrays.equals(a, (long[]) actual), where);
        } else if (expected instanceof Double a) {
            assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits((Double) actual), where);
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
