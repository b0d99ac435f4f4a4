package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.importer.VillageMapper;

class ImportServiceTest {
    @TempDir
    Path dir;
    private MemoryRepository repository;
    private ImportService service;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        repository = new MemoryRepository();
        service = new ImportService(List.of(new GeoJsonReader()), new VillageMapper(), repository);
    }

    private Path geojson(String name, String properties) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + properties + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.3,30.2]}}]}",
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void createsTheProjectFromSeveralSourcesInOneWrite() throws IOException {
        Path a = geojson("a.geojson", "{\"code\":\"1\",\"name\":\"甲村\"}");
        Path b = geojson("b.geojson", "{\"code\":\"2\",\"name\":\"乙村\",\"经营性收入(万元)\":50}");
        Path project = dir.resolve("p.gpkg");
        ImportReport r = service.importFiles(List.of(a, b), project, ImportOptions.DEFAULTS, Progress.NONE);
        assertEquals(2, r.villages());
        assertEquals(2, r.added());
        assertEquals(1, repository.writes());
        PlanProject p = repository.read(project);
        assertEquals(500_000, p.village("2").orElseThrow().operatingIncome());
    }

    @Test
    void aNewProjectGetsOneEmptyBaselineScenarioWithTheDefaultAssumptions() throws IOException {
        Path a = geojson("a.geojson", "{\"code\":\"1\",\"name\":\"甲村\"}");
        Path project = dir.resolve("new.gpkg");
        service.importFiles(List.of(a), project, ImportOptions.DEFAULTS, Progress.NONE);
        List<Scenario> scenarios = repository.read(project).scenarios();
        assertEquals(1, scenarios.size());
        assertEquals("现状", scenarios.get(0).name());
        assertTrue(scenarios.get(0).clusters().isEmpty());
        assertEquals(Assumptions.DEFAULTS, scenarios.get(0).assumptions());
    }

    @Test
    void extendingAProjectLeavesItsScenariosAlone() throws IOException {
        Path project = dir.resolve("p.gpkg");
        Scenario plan = Scenario.empty("方案A");
        repository.write(new PlanProject(null, List.of(Village.of("1", "甲村", 9, 9)), List.of(plan)), project);
        service.importFiles(List.of(geojson("b.geojson", "{\"code\":\"2\",\"name\":\"乙村\"}")), project,
                ImportOptions.DEFAULTS, Progress.NONE);
        assertEquals(List.of(plan), repository.read(project).scenarios());
    }

    @Test
    void extendsAnExistingProjectAndUpdatesKnownCodes() throws IOException {
        Path project = dir.resolve("p.gpkg");
        repository.write(new PlanProject(null, List.of(Village.of("1", "甲村", 9, 9)), List.of()), project);
        Path b = geojson("b.geojson", "{\"code\":\"1\",\"人口\":300}");
        ImportReport r = service.importFiles(List.of(b), project, ImportOptions.DEFAULTS, Progress.NONE);
        assertEquals(1, r.updated());
        Village v = repository.read(project).village("1").orElseThrow();
        assertEquals(300, v.population());
        assertEquals(9, v.operatingIncome());
        assertEquals("Point", v.geometry().getGeometryType());
    }

    @Test
    void anErrorInALaterSourceLeavesTheProjectUntouched() throws IOException {
        Path project = dir.resolve("p.gpkg");
        PlanProject before = new PlanProject(null, List.of(Village.of("1", "甲村", 9, 9)), List.of());
        repository.write(before, project);
        Path good = geojson("good.geojson", "{\"code\":\"2\",\"name\":\"乙村\"}");
        Path bad = geojson("bad.geojson", "{\"code\":\"3\",\"name\":\"丙村\",\"人口\":\"many\"}");
        PlannerException e = assertThrows(PlannerException.class,
                () -> service.importFiles(List.of(good, bad), project, ImportOptions.DEFAULTS, Progress.NONE));
        assertTrue(e.getMessage().startsWith("bad.geojson, feature 1, field population"), e.getMessage());
        assertSame(before, repository.read(project));
        assertEquals(1, repository.writes());
    }

    @Test
    void unknownFormatAndMissingFileAreNamed() throws IOException {
        Path txt = dir.resolve("v.txt");
        Files.writeString(txt, "x");
        assertEquals("service.import.unknownFormat", assertThrows(PlannerException.class,
                () -> service.importFiles(List.of(txt), dir.resolve("p.gpkg"), ImportOptions.DEFAULTS,
                        Progress.NONE)).key());
        assertEquals("service.import.noSource", assertThrows(PlannerException.class,
                () -> service.importFiles(List.of(dir.resolve("none.geojson")), dir.resolve("p.gpkg"),
                        ImportOptions.DEFAULTS, Progress.NONE)).key());
    }

    @Test
    void mapOptionIsPassedToTheConverter() throws IOException {
        Path a = geojson("a.geojson", "{\"编号\":\"1\",\"name\":\"甲村\"}");
        Path project = dir.resolve("p.gpkg");
        service.importFiles(List.of(a), project, new ImportOptions(null, null, null, Map.of("code", "编号")),
                Progress.NONE);
        assertEquals("甲村", repository.read(project).village("1").orElseThrow().name());
    }
}
