package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Strength;

/**
 * The equity scorecard (共同富裕 view) of one simulated scenario: every axis as a raw figure and a 0–100 score
 * (higher is better: more villages on target, more equal, more help for the weak). Computed from a
 * {@link SimulationResult} only, so UI, CLI and PDF show the same numbers. Definitions (docs/SCORECARD.md):
 *
 * <ul>
 * <li>{@code meetOperatingNow / Year3 / End}, {@code meetTotalNow / Year3 / End}: share of villages with operating
 * (total) income ≥ the target in year 0, year min(3, N) and year N (from §5's below-target counts);
 * score = 100 × share.</li>
 * <li>{@code pAllMeet}: Monte Carlo share of runs in which every village meets both targets in year N (§6);
 * score = 100 × p; null without runs.</li>
 * <li>{@code giniVillage}, {@code giniPerHead}: Gini of operating income per village and per head in year N (§5);
 * score = 100 × (1 − Gini), clamped to 0–100.</li>
 * <li>{@code maxMinVillage}, {@code maxMinPerHead}: max / min in year N; score = 100 × min / max (null when
 * undefined).</li>
 * <li>{@code clusterGap}: for every cluster with two or more member villages, weakest / strongest member's operating
 * income in year N; raw = the mean of these ratios; score = 100 × raw.</li>
 * <li>{@code weakShareOfProfit}: over the clusters with a WEAK member, the share of all payouts in years 1..N (after
 * floor transfers) received by WEAK member villages; score = 100 × min(1, raw / the weak villages' share of those
 * clusters' members) — 100 when weak villages receive at least an equal per-village share.</li>
 * </ul>
 */
public record Scorecard(List<Axis> axes, List<ClusterEquity> clusters) {
    /** One axis: {@code raw} in its own unit (share, Gini, ratio), {@code score} 0–100; either null if undefined. */
    public record Axis(String name, @Units.Given("the axis: a share, a Gini or a ratio") Double raw, @Units.Score Double score) {
    }

    /**
     * One cluster: its strongest and weakest member by operating income in year N, their gap in yuan, and the share
     * of the cluster's payouts (years 1..N) received by its WEAK member villages (null without payouts).
     */
    public record ClusterEquity(String cluster, String strongest, String weakest, @Units.Yuan double gap, @Units.Ratio Double ratio,
            @Units.Fraction Double weakShare) {
    }

    /** Axis names in order (also the radar chart's spokes). */
    public static final List<String> AXES = List.of("meetOperatingNow", "meetOperatingYear3", "meetOperatingEnd",
            "meetTotalNow", "meetTotalYear3", "meetTotalEnd", "pAllMeet", "giniVillage", "giniPerHead",
            "maxMinVillage", "maxMinPerHead", "clusterGap", "weakShareOfProfit");

    public static Scorecard of(SimulationResult r) {
        int n = r.years();
        int y3 = Math.min(3, n);
        int villages = r.villages().size();
        List<Axis> axes = new ArrayList<>();
        for (int t : new int[] {0, y3, n}) {
            double share = villages == 0 ? 0 : 1 - (double) r.indicators().get(t).belowOperatingTarget() / villages;
            axes.add(share(t == 0 ? "meetOperatingNow" : t == n ? "meetOperatingEnd" : "meetOperatingYear3", share));
        }
        for (int t : new int[] {0, y3, n}) {
            double share = villages == 0 ? 0 : 1 - (double) r.indicators().get(t).belowTotalTarget() / villages;
            axes.add(share(t == 0 ? "meetTotalNow" : t == n ? "meetTotalEnd" : "meetTotalYear3", share));
        }
        // With n < 3 "year 3" is year n; the names stay, so keep the order fixed.
        fixNames(axes);
        Double p = r.monteCarlo().pAllMeetTargets();
        axes.add(new Axis("pAllMeet", p, p == null ? null : 100 * p));
        IndicatorYear end = r.indicators().get(n);
        axes.add(gini("giniVillage", end.gini()));
        axes.add(gini("giniPerHead", end.giniPerCapita()));
        axes.add(ratio("maxMinVillage", end.maxMinRatio()));
        axes.add(ratio("maxMinPerHead", end.maxMinRatioPerCapita()));
        Map<String, List<VillageResult>> byCluster = new LinkedHashMap<>();
        for (VillageResult v : r.villages()) {
            if (v.cluster() != null) {
                byCluster.computeIfAbsent(v.cluster(), k -> new ArrayList<>()).add(v);
            }
        }
        List<ClusterEquity> clusters = new ArrayList<>();
        double ratioSum = 0;
        int ratioCount = 0;
        long weakFen = 0;
        long allFen = 0;
        int weakMembers = 0;
        int members = 0;
        for (ClusterResult c : r.clusters()) {
            List<VillageResult> vs = byCluster.getOrDefault(c.id(), List.of());
            if (vs.isEmpty()) {
                continue;
            }
            VillageResult strongest = vs.get(0);
            VillageResult weakest = vs.get(0);
            for (VillageResult v : vs) {
                strongest = v.operatingIncome()[n] > strongest.operatingIncome()[n] ? v : strongest;
                weakest = v.operatingIncome()[n] < weakest.operatingIncome()[n] ? v : weakest;
            }
            double hi = strongest.operatingIncome()[n];
            double lo = weakest.operatingIncome()[n];
            Double ratio = vs.size() >= 2 && hi > 0 ? Math.max(0, lo) / hi : null;
            if (ratio != null) {
                ratioSum += ratio;
                ratioCount++;
            }
            long clusterWeak = 0;
            long clusterAll = 0;
            int weakHere = 0;
            for (VillageResult v : vs) {
                long fen = c.payouts().stream().filter(pay -> pay.party().equals(v.code())).mapToLong(Payout::totalFen)
                        .sum();
                clusterAll += fen;
                if (v.strength() == Strength.WEAK) {
                    clusterWeak += fen;
                    weakHere++;
                }
            }
            for (Payout pay : c.payouts()) {
                if (vs.stream().noneMatch(v -> v.code().equals(pay.party()))) {
                    clusterAll += pay.totalFen();
                }
            }
            if (weakHere > 0 && clusterAll > 0) {
                weakFen += clusterWeak;
                allFen += clusterAll;
                weakMembers += weakHere;
                members += vs.size();
            }
            clusters.add(new ClusterEquity(c.id(), strongest.code(), weakest.code(), hi - lo, ratio,
                    clusterAll > 0 ? (double) clusterWeak / clusterAll : null));
        }
        Double gapRaw = ratioCount == 0 ? null : ratioSum / ratioCount;
        axes.add(new Axis("clusterGap", gapRaw, gapRaw == null ? null : 100 * gapRaw));
        Double weakRaw = allFen == 0 ? null : (double) weakFen / allFen;
        Double weakScore = weakRaw == null ? null
                : 100 * Math.min(1, weakRaw / ((double) weakMembers / members));
        axes.add(new Axis("weakShareOfProfit", weakRaw, weakScore));
        return new Scorecard(List.copyOf(axes), List.copyOf(clusters));
    }

    /** The axis of that name. */
    public Axis axis(String name) {
        return axes.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static void fixNames(List<Axis> axes) {
        for (int i = 0; i < 6; i++) {
            Axis a = axes.get(i);
            axes.set(i, new Axis(AXES.get(i), a.raw(), a.score()));
        }
    }

    private static Axis share(String name, double share) {
        return new Axis(name, share, 100 * share);
    }

    private static Axis gini(String name, Double g) {
        return new Axis(name, g, g == null ? null : Math.max(0, Math.min(100, 100 * (1 - g))));
    }

    private static Axis ratio(String name, Double r) {
        return new Axis(name, r, r == null || r <= 0 ? null : Math.min(100, 100 / r));
    }
}
