package org.villageplanner.ui.scenario;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.LazyTab;
import org.villageplanner.ui.map.MapPane;
import org.villageplanner.ui.simulation.AgreementEditorView;
import org.villageplanner.ui.simulation.BelowTargetLayer;
import org.villageplanner.ui.simulation.ResultsView;
import org.villageplanner.ui.simulation.SimulationModel;

/**
 * The tabs under the map: the village table (first, as before) and the planner's analysis views — shares and
 * dividends, results, scenarios and comparison. Also puts the below-target ring layer on the map. Opening an
 * analysis tab gives it half the height when the table had less.
 */
public final class AnalysisTabs {
    private AnalysisTabs() {
    }

    public static TabPane build(MainViewModel vm, MapPane map, Node villageTable) {
        SimulationModel sim = SimulationModel.of(vm);
        BelowTargetLayer ring = new BelowTargetLayer(sim, () -> map.controller().shapes());
        map.canvas().addLayer(ring);
        map.overlayLegend().getChildren().add(ring.legendRow());
        // Built when first chosen (LazyTab): the village table is what the first frame shows under the map.
        // Hidden views do not redraw on every edit; they catch up when their tab is selected.
        Tab agreementTab = LazyTab.ofTab("agreementTab", I18n.t("uiscen.tab.agreement"), t -> Views.agreement(sim, t));
        Tab resultsTab = LazyTab.ofTab("resultsTab", I18n.t("uiscen.tab.results"), t -> Views.results(sim, t));
        Tab compareTab = LazyTab.of("compareTab", I18n.t("uiscen.tab.compare"), () -> Views.compare(vm));
        TabPane tabs = new TabPane(
                tab("villagesTab", "uiscen.tab.villages", villageTable), agreementTab, resultsTab,
                LazyTab.of("scenariosTab", I18n.t("uiscen.tab.scenarios"), () -> Views.scenarios(vm)),
                compareTab);
        // A comparison asked for elsewhere (goal seeking's "save as scenario") before the comparison view exists:
        // build it, then ask again so that the new view answers the request. Tabs of a view replaced by a language
        // switch are out of the scene and leave the request to the new ones.
        sim.compareRequest.addListener((o, was, names) -> {
            if (names != null && tabs.getScene() != null && !LazyTab.isBuilt(compareTab)) {
                LazyTab.build(compareTab);
                sim.compareRequest.set(null);
                sim.compareRequest.set(names);
            }
        });
        tabs.setId("analysisTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0 && tabs.getParent() != null
                    && tabs.getParent().getParent() instanceof SplitPane split
                    && split.getDividerPositions().length > 0 && split.getDividerPositions()[0] > 0.5) {
                split.setDividerPositions(0.42);
            }
        });
        return tabs;
    }

    /** Opens "Shares & dividends" on cluster {@code clusterId} (the cluster inspector's button). */
    public static void showAgreement(Node inWindow, MainViewModel vm, String clusterId) {
        SimulationModel.of(vm).focusCluster.set(clusterId);
        if (inWindow.getScene() != null && inWindow.getScene().lookup("#analysisTabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(1);
        }
    }

    /**
     * The lazy tabs' views, made in this class and typed {@link Node}: code in {@code AnalysisTabs} that named the views
     * made the JVM's verifier load them, their charts, tables and forms with the window (and the packaged app's class
     * archive held them, ~7 KB a class), although they are built only when their tab is first chosen.
     */
    private static final class Views {
        static Node agreement(SimulationModel sim, Tab t) {
            AgreementEditorView agreement = new AgreementEditorView(sim);
            agreement.showWhen(t.selectedProperty());
            return agreement;
        }

        static Node results(SimulationModel sim, Tab t) {
            ResultsView results = new ResultsView(sim);
            results.showWhen(t.selectedProperty());
            return results;
        }

        static Node compare(MainViewModel vm) {
            return new CompareView(vm);
        }

        static Node scenarios(MainViewModel vm) {
            return new ScenarioManagerView(vm);
        }
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }
}
