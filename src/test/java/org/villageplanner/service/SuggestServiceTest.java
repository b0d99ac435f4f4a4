package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.geo.SyntheticVillages;

class SuggestServiceTest {
    private final Map<Path, PlanProject> files = new HashMap<>();
    private final ProjectService projects = new ProjectService(new ProjectRepository() {
        @Override
        public PlanProject read(Path file) {
            return files.get(file);
        }

        @Override
        public void write(PlanProject project, Path file) {
            files.put(file, project);
        }
    });
    private final GeoService geo = new GeoService();
    private final SuggestService service = new SuggestService(geo, projects);
    private final PlanProject project = new PlanProject(ProjectInfo.untitled(),
            SyntheticVillages.voronoi(80, 4, 3), List.of(Scenario.empty("现状")));

    @Test
    void aCancelledSuggestionStopsWithCancelledException() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> service.suggest(project, null,
                SuggestionRequest.of(ClusterType.STRONG_HELPS_WEAK), cancelled));
    }

    @Test
    void progressGoesUpPhaseByPhaseToTheEndWithAMessageEachTime() {
        List<double[]> seen = new java.util.ArrayList<>();
        List<String> messages = new java.util.ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                seen.add(new double[] {done, total});
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        service.suggest(project, null, SuggestionRequest.of(ClusterType.RESOURCE_POOLING), recording);
        assertTrue(seen.size() > 3, "updates: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "never backwards");
        }
        double[] last = seen.get(seen.size() - 1);
        assertEquals(last[1], last[0], 1e-9);
        assertTrue(messages.stream().noneMatch(m -> m.isBlank() || m.startsWith("cluster.")), messages.toString());
    }

    @Test
    void savingAsAnExistingScenarioNameIsRefusedAndNothingIsWritten() {
        SuggestService.Result r = service.suggest(project, null, SuggestionRequest.of(ClusterType.COMPLEMENTARY),
                Progress.NONE);
        PlannerException e = assertThrows(PlannerException.class,
                () -> service.saveAs(project, Path.of("p.gpkg"), r, "现状"));
        assertEquals("cluster.suggest.scenarioExists", e.key());
        assertTrue(files.isEmpty());
        PlanProject saved = service.saveAs(project, Path.of("p.gpkg"), r, "建议");
        assertEquals(r.suggestion().clusters().size(), saved.scenario("建议").orElseThrow().clusters().size());
        assertSame(saved, files.get(Path.of("p.gpkg")));
    }

    @Test
    void aProjectWithoutScenarioIsComparedWithAnEmptyBaselineNamed现状() {
        PlanProject bare = new PlanProject(ProjectInfo.untitled(), project.villages(), List.of());
        SuggestService.Result r = service.suggest(bare, null, SuggestionRequest.of(ClusterType.COMPLEMENTARY),
                Progress.NONE);
        assertEquals("现状", r.base().name());
        assertTrue(r.base().clusters().isEmpty());
    }

    @Test
    void suggestedClusterNamesAreChineseWhateverTheLanguage() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Messages.ENGLISH);
            SuggestService.Result r = service.suggest(project, null,
                    SuggestionRequest.of(ClusterType.COMPLEMENTARY), Progress.NONE);
            List<Cluster> clusters = service.asScenario(r, "建议").clusters();
            assertFalse(clusters.isEmpty());
            for (Cluster c : clusters) {
                assertTrue(c.name().endsWith("片区"), c.name());
                assertFalse(c.name().contains("cluster"), c.name());
            }
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void theAdjacencyGraphIsBuiltOncePerVillageList() {
        assertSame(geo.adjacency(project), geo.adjacency(project.withScenario(Scenario.empty("另一个"))));
    }
}
