package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Strength;

/**
 * Strength classes (MODEL.md §7) across compared scenarios: how many villages are STRONG, MEDIUM and WEAK in each
 * scenario, and which villages are in another class than in the first scenario. A change of thresholds shows
 * here even when no income figure moves (CLI.md {@code compare --json}: {@code strength}, {@code strengthChanged}).
 *
 * @param counts  one entry per scenario, in order
 * @param changed one entry per village and later scenario in which its class differs from the first scenario's,
 *                in village order, then scenario order
 */
public record StrengthShift(List<Count> counts, List<Change> changed) {
    public StrengthShift {
        counts = List.copyOf(counts);
        changed = List.copyOf(changed);
    }

    public record Count(String scenario, int strong, int medium, int weak) {
        public int of(Strength s) {
            return switch (s) {
                case STRONG -> strong;
                case MEDIUM -> medium;
                case WEAK -> weak;
            };
        }
    }

    /** Village {@code code} is {@code from} in the first scenario and {@code to} in {@code scenario}. */
    public record Change(String code, String name, String scenario, Strength from, Strength to) {
    }

    public static StrengthShift of(List<SimulationResult> results) {
        List<Count> counts = new ArrayList<>();
        for (SimulationResult r : results) {
            Map<Strength, Integer> n = new EnumMap<>(Strength.class);
            for (VillageResult v : r.villages()) {
                n.merge(v.strength(), 1, Integer::sum);
            }
            counts.add(new Count(r.scenario(), n.getOrDefault(Strength.STRONG, 0), n.getOrDefault(Strength.MEDIUM, 0),
                    n.getOrDefault(Strength.WEAK, 0)));
        }
        List<Change> changed = new ArrayList<>();
        if (!results.isEmpty()) {
            for (VillageResult v : results.get(0).villages()) {
                for (int i = 1; i < results.size(); i++) {
                    VillageResult other = results.get(i).village(v.code()).orElse(null);
                    if (other != null && other.strength() != v.strength()) {
                        changed.add(new Change(v.code(), v.name(), results.get(i).scenario(), v.strength(),
                                other.strength()));
                    }
                }
            }
        }
        return new StrengthShift(counts, changed);
    }
}
