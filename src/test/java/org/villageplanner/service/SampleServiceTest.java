package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.importer.ScenarioJson;
import org.villageplanner.store.GeoPackageRepository;

class SampleServiceTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path MAPS = Path.of("maps");
    private final GeoPackageRepository repository = new GeoPackageRepository();
    private final SampleService service = new SampleService(repository, new ScenarioJson(), new GeoJsonReader());

    @TempDir
    Path dir;

    @Test
    void rebuildingTheSamplesGivesTheCommittedFiles() {
        List<Path> built = service.buildSamples(SAMPLES, MAPS, dir, Progress.NONE);
        for (Path b : built) {
            PlanProject rebuilt = repository.read(b);
            PlanProject committed = repository.read(SAMPLES.resolve(b.getFileName()));
            assertEquals(committed.villages(), rebuilt.villages(), b.getFileName() + " villages");
            assertEquals(committed.scenarios(), rebuilt.scenarios(), b.getFileName() + " scenarios");
            assertEquals(committed, rebuilt);
        }
    }

    @Test
    void longshanHasTheStatusQuoAndPlanAWithContiguousClustersOfEveryType() {
        PlanProject p = repository.read(SAMPLES.resolve(SampleService.LONGSHAN_FILE));
        assertEquals(List.of("现状", "方案A"), p.scenarios().stream().map(Scenario::name).toList());
        assertTrue(p.info().illustrative());
        assertEquals("龙山镇村庄片区组团规划（示例）", p.info().title());
        Scenario a = p.requireScenario("方案A");
        assertEquals(Set.of(ClusterType.values()), a.clusters().stream().map(Cluster::type).collect(
                java.util.stream.Collectors.toSet()));
        Set<String> seen = new HashSet<>();
        for (Cluster c : a.clusters()) {
            assertTrue(contiguous(c.members(), p.villagesByCode()), c.name());
            assertTrue(c.members().stream().allMatch(seen::add), "a village in two clusters");
        }
        Cluster xufu = a.cluster("xufu").orElseThrow();
        assertEquals(List.of("330282123215", "330282123211", "330282123217"), xufu.members());
        Cluster enclave = a.clusters().stream().filter(c -> c.type() == ClusterType.ENCLAVE).findFirst().orElseThrow();
        InvestmentProject factory = enclave.projects().get(0);
        assertEquals(InvestmentMode.LEASED, factory.mode());
        Village anyMember = p.village(enclave.members().get(0)).orElseThrow();
        var at = anyMember.geometry().getFactory().createPoint(
                new org.locationtech.jts.geom.Coordinate(factory.location().lon(), factory.location().lat()));
        assertTrue(p.villages().stream().noneMatch(v -> v.geometry().contains(at)), "the enclave factory lies outside");
        assertTrue(a.clusters().stream().anyMatch(c -> c.type() == ClusterType.RESOURCE_POOLING && !c.savings().isEmpty()));
    }

    @Test
    void cixiHasEveryVillageCommitteeOfTheCountyInNineteenTowns() {
        PlanProject p = repository.read(SAMPLES.resolve(SampleService.CIXI_FILE));
        assertEquals(294, p.villages().size());
        assertEquals(19, p.villages().stream().map(Village::town).distinct().count());
        assertTrue(p.villages().stream().noneMatch(v -> v.name().contains("虚拟") || v.name().contains("农垦")));
        assertTrue(p.villages().stream().allMatch(v -> v.geometry() != null && !v.geometry().isEmpty()));
        assertEquals(List.of("现状"), p.scenarios().stream().map(Scenario::name).toList());
    }

    @Test
    void generatingTwiceWithOneSeedWritesEqualProjects() {
        service.generate(250, 42, dir.resolve("a.gpkg"));
        service.generate(250, 42, dir.resolve("b.gpkg"));
        PlanProject a = repository.read(dir.resolve("a.gpkg"));
        assertEquals(a, repository.read(dir.resolve("b.gpkg")));
        assertEquals(250, a.villages().size());
    }

    static boolean contiguous(List<String> members, Map<String, Village> byCode) {
        Set<String> seen = new HashSet<>(List.of(members.get(0)));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            Village v = byCode.get(queue.poll());
            for (String m : members) {
                if (!seen.contains(m) && v.geometry().intersection(byCode.get(m).geometry()).getLength() > 0) {
                    seen.add(m);
                    queue.add(m);
                }
            }
        }
        return seen.size() == members.size();
    }
}
