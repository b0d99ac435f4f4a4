package org.villageplanner.ui.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;

/** The 5×5 test grid with 方案A's clusters given contributions and projects, so every figure is defined. */
public final class AnalysisFixture {
    public static final Path FILE = Path.of("/virtual/analysis.gpkg");

    private AnalysisFixture() {
    }

    public static PlanProject project() {
        PlanProject p = TestProjects.grid(5, 5, 0.02);
        Scenario a = p.requireScenario("方案A");
        Cluster xufu = a.cluster("xufu").orElseThrow()
                .withAgreement(new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT, null, 0, null, null,
                        0.1, 0.05, 1))
                .withContributions(List.of(Contribution.cash(TestProjects.code(0, 0), 3_000_000),
                        Contribution.cash(TestProjects.code(0, 1), 1_000_000),
                        new Contribution(TestProjects.code(1, 0), "", 0, 0, 0, 0),
                        new Contribution("town", "龙山镇", 1_000_000, 0, 0, 0)))
                .withProjects(List.of(InvestmentProject.operated("康养基地", 5_000_000, 2_400_000, 900_000),
                        InvestmentProject.leased("标准厂房", 4_000_000, 350_000)));
        Cluster east = a.cluster("east").orElseThrow().withAgreement(Agreement.of(ShareRule.EQUAL))
                .withProjects(List.of(InvestmentProject.leased("滩涂发包", 0, 600_000)));
        return p.withScenario(a.withCluster(xufu).withCluster(east));
    }

    /** Opens the fixture project in {@code window} and waits until it is shown. */
    public static void open(FxRobot robot, MainWindow window) throws Exception {
        robot.interact(() -> window.viewModel().open(FILE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
