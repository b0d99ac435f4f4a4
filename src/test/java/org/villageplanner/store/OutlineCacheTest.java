package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/** A save after an edit dissolves only the changed clusters, and writes the outlines a fresh save writes. */
class OutlineCacheTest {
    private final GeoPackageRepository repo = new GeoPackageRepository();

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        OutlineCache.clear();
        VillageRows.clear();
    }

    @Test
    void aSaveAfterAnEditWritesTheOutlinesOfAFreshSaveAndDissolvesOnlyTheChangedClusters() throws Exception {
        PlanProject p = TestProjects.everyField();
        OutlineCache.clear();
        repo.write(p, dir.resolve("p.gpkg"));
        assertEquals(2, OutlineCache.lastDissolved(), "first save dissolves every cluster of 方案A");
        Map<String, String> first = outlines(dir.resolve("p.gpkg"));

        // Nothing changed: nothing dissolved, same outlines.
        repo.write(p, dir.resolve("same.gpkg"));
        assertEquals(0, OutlineCache.lastDissolved());
        assertEquals(first, outlines(dir.resolve("same.gpkg")));

        // A village moves from 徐福片区 to b: both clusters are dissolved again.
        Scenario plan = p.scenarios().get(1);
        Cluster xufu = plan.clusters().get(0);
        Cluster bare = plan.clusters().get(1);
        PlanProject moved = p.withScenario(plan.withClusters(List.of(
                xufu.withMembers(List.of("330282123215", "330282123217")),
                bare.withMembers(List.of("330282123201", "330282123211")))));
        repo.write(moved, dir.resolve("moved.gpkg"));
        assertEquals(2, OutlineCache.lastDissolved());
        assertNotEquals(first.get("xufu"), outlines(dir.resolve("moved.gpkg")).get("xufu"));
        assertEquals(fresh(moved, "moved-fresh.gpkg"), outlines(dir.resolve("moved.gpkg")));

        // Same members, one member's polygon redrawn: its cluster is dissolved again, the other reused.
        repo.write(moved, dir.resolve("again.gpkg"));
        List<Village> villages = new ArrayList<>(moved.villages());
        villages.set(0, villages.get(0).withGeometry(TestProjects.wkt(
                "MULTIPOLYGON (((121.49 30.09, 121.52 30.1, 121.52 30.12, 121.5 30.12, 121.49 30.09)))")));
        PlanProject redrawn = moved.withVillages(villages);
        repo.write(redrawn, dir.resolve("redrawn.gpkg"));
        assertEquals(1, OutlineCache.lastDissolved());
        assertNotEquals(outlines(dir.resolve("moved.gpkg")).get("xufu"), outlines(dir.resolve("redrawn.gpkg")).get("xufu"));
        assertEquals(fresh(redrawn, "redrawn-fresh.gpkg"), outlines(dir.resolve("redrawn.gpkg")));
        // The village rows kept from the save before are not reused for the redrawn villages.
        assertEquals(villages(dir.resolve("redrawn-fresh.gpkg")), villages(dir.resolve("redrawn.gpkg")));
        assertNotEquals(villages(dir.resolve("moved.gpkg")), villages(dir.resolve("redrawn.gpkg")));
        assertEquals(villages(dir.resolve("p.gpkg")), villages(dir.resolve("moved.gpkg")));
    }

    private static Map<String, String> villages(Path f) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = GeoPackageRepository.open(f, true); var s = c.createStatement();
                var rs = s.executeQuery("SELECT code, hex(geom), name, population, resources FROM villages ORDER BY code")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5));
            }
        }
        return out;
    }

    private Map<String, String> fresh(PlanProject p, String name) throws Exception {
        OutlineCache.clear();
        VillageRows.clear();
        repo.write(p, dir.resolve(name));
        return outlines(dir.resolve(name));
    }

    private static Map<String, String> outlines(Path f) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = GeoPackageRepository.open(f, true); var s = c.createStatement();
                var rs = s.executeQuery("SELECT cluster_id, hex(geom) FROM clusters ORDER BY scenario, cluster_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
