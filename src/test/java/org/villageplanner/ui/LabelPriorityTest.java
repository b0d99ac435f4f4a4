package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.ui.map.LabelLayer;

/**
 * Labels go where they fit, most important first: with a village selected, its cluster's villages are named
 * before any other, and the clusters' leading villages before the rest.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabelPriorityTest {
    private static final Path FILE = Path.of("/virtual/labels.gpkg");
    private static final PlanProject COUNTY = SyntheticProject.generate(400, 11);
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, COUNTY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.showPlaced(stage, TestProjects.memoryServices(files), settingsDir);
    }

    @Test
    void theSelectedClusterAndTheLeadersAreNamedFirst(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        MainViewModel vm = window.viewModel();
        LabelLayer labels = window.view().map().controller().labels;
        List<Cluster> clusters = vm.session.scenario().clusters();
        Set<String> leaders = clusters.stream().map(Cluster::leader).filter(l -> l != null)
                .collect(java.util.stream.Collectors.toSet());
        assertFalse(leaders.isEmpty(), "the generated plan names leading villages");
        // A cluster in the middle of the county: its villages are small, so by size alone border villages win.
        Cluster picked = clusters.get(clusters.size() / 2);
        String code = picked.members().get(0);
        robot.interact(() -> {
            window.view().map().controller().zoomTo(picked.members());
            vm.select(code, false);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !labels.lastPlacedCodes().isEmpty()
                && labels.lastPlacedCodes().contains(code));
        List<String> placed = labels.lastPlacedCodes();
        int k = 0;
        while (k < placed.size() && picked.members().contains(placed.get(k))) {
            k++;
        }
        assertTrue(k > 0, "the selected cluster's villages come first: " + placed);
        for (String c : placed.subList(k, placed.size())) {
            assertFalse(picked.members().contains(c), "no member of the selected cluster after the others: " + placed);
        }
        // After the selected cluster, the leaders that were placed come before any village that leads nothing.
        List<String> rest = placed.subList(k, placed.size());
        int firstOther = rest.stream().filter(c -> !leaders.contains(c)).findFirst().map(rest::indexOf).orElse(-1);
        if (firstOther >= 0) {
            assertTrue(rest.subList(firstOther, rest.size()).stream().noneMatch(leaders::contains),
                    "leaders before the others: " + rest);
        }
        assertTrue(COUNTY.villages().stream().map(Village::code).anyMatch(placed::contains));
    }
}
