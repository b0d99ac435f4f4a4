package org.villageplanner.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.finance.PartyShare;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.scenario.AnalysisFixture;
import org.villageplanner.ui.TestWindow;

/** The agreement editor: changing the share rule or a contribution updates the live share table; undo restores. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AgreementEditorTest {
    @TempDir
    static Path settingsDir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, TestWindow.analysisServices(), settingsDir);
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private TableView<PartyShare> shares(FxRobot robot) {
        return robot.lookup("#shareTable").queryAs(TableView.class);
    }

    private List<Long> basisPoints(FxRobot robot) {
        return shares(robot).getItems().stream().map(PartyShare::basisPoints).toList();
    }

    private void waitForShares(FxRobot robot, List<Long> expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> basisPoints(robot).equals(expected));
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheRuleUpdatesTheShareTableAndUndoRestoresIt(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        // From the cluster inspector (its first cluster is xufu), open the editor on that cluster.
        robot.clickOn("#clusterTab");
        robot.interact(() -> robot.lookup("#openAgreementButton").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("agreementTab", robot.lookup("#analysisTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        // By contribution: 300万, 100万, 0, town 100万 of 500万.
        waitForShares(robot, List.of(6000L, 2000L, 0L, 2000L));
        assertEquals("60.00%", shares(robot).getColumns().get(2).getCellData(0));

        ComboBox<ShareRule> rule = robot.lookup("#agreementRule").queryAs(ComboBox.class);
        robot.interact(() -> rule.getSelectionModel().select(ShareRule.EQUAL));
        // Equal: one share per member village, the town gets none; shown shares still add up to 100.00%.
        waitForShares(robot, List.of(3334L, 3333L, 3333L, 0L));
        assertEquals(ShareRule.EQUAL, window.viewModel().session.scenario().cluster("xufu").orElseThrow()
                .agreement().rule());
        assertTrue(window.viewModel().session.undo.canUndoProperty().get());

        robot.interact(() -> window.viewModel().session.undo.undo());
        waitForShares(robot, List.of(6000L, 2000L, 0L, 2000L));
        assertEquals(ShareRule.BY_CONTRIBUTION, robot.lookup("#agreementRule").queryAs(ComboBox.class).getValue());
    }

    @Test
    void aContributionTypedInTheTableChangesTheShares(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#agreementTab");
        robot.interact(() -> SimulationModel.of(window.viewModel()).focusCluster.set("xufu"));
        waitForShares(robot, List.of(6000L, 2000L, 0L, 2000L));
        // The third member puts in 500万 cash: 300/100/500/100 of 1000万.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<AgreementEditorModel.PartyRow> parties = robot.lookup("#partyTable").queryAs(TableView.class);
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double> cash =
                    (javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double>) parties.getColumns().get(1);
            parties.edit(2, cash);
        });
        robot.write("500").type(javafx.scene.input.KeyCode.ENTER);
        waitForShares(robot, List.of(3000L, 1000L, 5000L, 1000L));

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<AgreementEditorModel.PartyRow> parties = robot.lookup("#partyTable").queryAs(TableView.class);
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double> cash =
                    (javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double>) parties.getColumns().get(1);
            parties.edit(2, cash);
        });
        robot.write("-5").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#agreementMessage").queryAs(javafx.scene.control.Label.class).getText().isEmpty(),
                "a negative contribution is refused with a message");
        assertEquals(5_000_000, window.viewModel().session.scenario().cluster("xufu").orElseThrow()
                .contributions().get(2).cash());
    }

    private void typeFixedShare(FxRobot robot, int row, String percent) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<AgreementEditorModel.PartyRow> parties = robot.lookup("#partyTable").queryAs(TableView.class);
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double> fixed =
                    (javafx.scene.control.TableColumn<AgreementEditorModel.PartyRow, Double>) parties.getColumns()
                            .stream().filter(c -> "partyFixed".equals(c.getId())).findFirst().orElseThrow();
            parties.edit(row, fixed);
        });
        robot.write(percent).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fixedSharesThatDoNotAddUpMarkTheResultsStaleAndTheWarningGoesWithTheEdit(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#agreementTab");
        robot.interact(() -> SimulationModel.of(window.viewModel()).focusCluster.set("xufu"));
        waitForShares(robot, List.of(6000L, 2000L, 0L, 2000L));
        typeFixedShare(robot, 0, "50");
        typeFixedShare(robot, 1, "50");
        ComboBox<ShareRule> rule = robot.lookup("#agreementRule").queryAs(ComboBox.class);
        robot.interact(() -> rule.getSelectionModel().select(ShareRule.FIXED));
        waitForShares(robot, List.of(5000L, 5000L, 0L, 0L));
        javafx.scene.control.Label stale = robot.lookup("#agreementStale").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label message = robot.lookup("#agreementMessage").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stale.isVisible());

        typeFixedShare(robot, 1, "39");
        assertTrue(message.getText().contains("89"), message.getText());
        assertTrue(stale.isVisible() && stale.getText().contains("89"), "the old shares are marked: " + stale.getText());
        assertEquals(List.of(5000L, 5000L, 0L, 0L), basisPoints(robot), "the plan still holds 50/50");

        typeFixedShare(robot, 1, "50");
        assertEquals("", message.getText(), "typing the share back removes the warning");
        assertTrue(!stale.isVisible());

        typeFixedShare(robot, 1, "39");
        assertTrue(stale.isVisible());
        robot.interact(() -> window.viewModel().session.undo.undo());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stale.isVisible());
        assertEquals("", message.getText(), "undo takes the warning with it");
        assertEquals(ShareRule.BY_CONTRIBUTION, window.viewModel().session.scenario().cluster("xufu").orElseThrow()
                .agreement().rule());
    }
}
