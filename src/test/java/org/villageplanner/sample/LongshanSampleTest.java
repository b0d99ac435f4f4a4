package org.villageplanner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.villageplanner.domain.Village;
import org.villageplanner.service.LongshanPlan;

class LongshanSampleTest {
    private static List<Village> villages;
    private static Map<String, Village> byCode;

    @BeforeAll
    static void build() {
        villages = LongshanSample.villages(Path.of("samples"), LongshanPlan.countyOutline());
        byCode = new java.util.HashMap<>();
        villages.forEach(v -> byCode.put(v.code(), v));
    }

    @Test
    void everyVillageCommitteeOfTheTownWithItsRealCodeAndShortName() {
        assertEquals(28, villages.size(), "the 2023 division list has 28 village committees in 龙山镇");
        assertTrue(villages.stream().allMatch(v -> v.code().startsWith("330282123") && v.town().equals("龙山镇")));
        assertTrue(villages.stream().allMatch(v -> v.name().endsWith("村") && !v.name().contains("委")));
        assertEquals("徐福村", byCode.get("330282123215").name());
        assertEquals("方家河头村", byCode.get("330282123223").name());
    }

    @ParameterizedTest
    @CsvSource({"330282123215, 330282123211", "330282123215, 330282123217", "330282123211, 330282123217"})
    void xufuTianyangAndJinzhuShareBorders(String a, String b) {
        assertTrue(sharedBorder(byCode.get(a), byCode.get(b)) > 0.001, a + " / " + b);
    }

    @Test
    void cellsTileACompactTownshipInTheEastOfTheCountyWithoutOverlaps() {
        double sum = villages.stream().mapToDouble(v -> v.geometry().getArea()).sum();
        Geometry union = UnaryUnionOp.union(villages.stream().map(Village::geometry).toList());
        assertEquals(sum, union.getArea(), sum * 1e-9);
        assertEquals(1, union.getNumGeometries(), "one connected township");
        assertTrue(LongshanSample.TOWNSHIP.contains(union.getEnvelopeInternal()));
        assertTrue(union.getEnvelopeInternal().getMinX() > 121.43);
        assertTrue(villages.stream().allMatch(v -> v.geometry().isValid() && !v.geometry().isEmpty()));
    }

    @Test
    void figuresArePlausible() {
        assertTrue(byCode.get(LongshanSample.XUFU).operatingIncome() >= 2_000_000);
        assertTrue(byCode.get(LongshanSample.TIANYANG).operatingIncome() < 500_000);
        assertTrue(byCode.get(LongshanSample.JINZHU).operatingIncome() < 500_000);
        for (Village v : villages) {
            double ratio = v.operatingIncome() / v.totalIncome();
            assertTrue(ratio >= 0.535 && ratio <= 0.595, v.label() + " operating/total " + ratio);
        }
        long strong = villages.stream().filter(v -> v.operatingIncome() >= 2_000_000).count();
        long weak = villages.stream().filter(v -> v.operatingIncome() < 500_000).count();
        assertTrue(strong >= 3 && weak >= 5 && villages.size() - strong - weak >= 5, strong + " strong, " + weak + " weak");
    }

    /** Used by the plan test too: are the members connected through shared borders? */
    static boolean contiguous(List<String> members, Map<String, Village> byCode) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(members.get(0)));
        seen.add(members.get(0));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String m : members) {
                if (!seen.contains(m) && sharedBorder(byCode.get(v), byCode.get(m)) > 0) {
                    seen.add(m);
                    queue.add(m);
                }
            }
        }
        return seen.size() == members.size();
    }

    static double sharedBorder(Village a, Village b) {
        return a.geometry().intersection(b.geometry()).getLength();
    }

    static Map<String, Village> byCode() {
        return byCode;
    }
}
