package org.villageplanner.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapPane;
import org.villageplanner.ui.panel.ClusterInspectorView;
import org.villageplanner.ui.panel.PlanSummaryView;
import org.villageplanner.ui.panel.ValidationView;
import org.villageplanner.ui.panel.VillageDetailsView;
import org.villageplanner.ui.panel.VillageTableView;

/**
 * The main window's layout: menus and toolbar on top; the map over the village table in the middle; the
 * village details and the cluster inspector on the right; the status bar below. Built afresh when the
 * language changes; the view model stays.
 */
public final class MainView extends BorderPane {
    private final MapPane map;

    public MainView(MainViewModel vm, WindowActions actions, Geometry countyOutline) {
        setId("mainView");
        map = new MapPane(vm, countyOutline);
        SplitPane centre = new SplitPane(map, org.villageplanner.ui.scenario.AnalysisTabs.build(vm, map,
                villageTable(vm)));
        centre.setId("centreSplit");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);

        TabPane side = new TabPane(
                tab("villageTab", "ui.tab.village", new VillageDetailsView(vm)),
                // The other side tabs are built when first chosen: the first frame shows the map sooner (LazyTab).
                lazyTab("clusterTab", "ui.tab.cluster", () -> SideViews.cluster(vm, map)),
                lazyTab("validationTab", "ui.tab.validation", () -> SideViews.validation(vm, map)),
                lazyTab("goalSeekTab", "uigoal.tab", () -> SideViews.goalSeek(vm)),
                lazyTab("layersTab", "uilayers.tab", () -> SideViews.layers(vm)));
        org.villageplanner.ui.layers.LayersView.install(vm, map);
        side.setId("sideTabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox sidePane = new VBox(new PlanSummaryView(vm), side);
        VBox.setVgrow(side, javafx.scene.layout.Priority.ALWAYS);
        sidePane.setMinWidth(290);
        sidePane.setPrefWidth(340);

        SplitPane main = new SplitPane(centre, sidePane);
        main.setId("mainSplit");
        main.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(sidePane, false);

        setTop(new VBox(MainMenus.build(vm, actions), MainToolBar.build(vm, actions),
                new ReadOnlyBanner(vm.editingLock, actions::saveAsWithDialog)));
        setCenter(main);
        setBottom(new StatusBarView(vm));
    }

    public MapPane map() {
        return map;
    }

    /**
     * The village table, in a holder that receives it once the app's first map frame is on screen
     * ({@link org.villageplanner.ui.common.StartupGate}; at once when the gate is open: tests, a language change, a
     * start without a project to open). Its cells, header filters (ControlsFX) and their CSS were about a fifth of the
     * JavaFX thread's work before the first map frame; the table now follows the map a pulse or two later.
     */
    private Node villageTable(MainViewModel vm) {
        StackPane holder = new StackPane();
        holder.setId("villageTableHolder");
        org.villageplanner.ui.common.StartupGate.whenOpen(
                () -> holder.getChildren().setAll(new VillageTableView(vm, map.controller())));
        return holder;
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(I18n.t(key), scrolled(content));
        t.setId(id);
        return t;
    }

    private static Tab lazyTab(String id, String key, java.util.function.Supplier<javafx.scene.Node> content) {
        return org.villageplanner.ui.common.LazyTab.of(id, I18n.t(key), () -> scrolled(content.get()));
    }

    /**
     * The lazy side tabs' views, named only here and typed {@code Node}: named in MainView's own code, the JVM's
     * verifier loaded them (and their charts and forms) with the window, and the packaged app's class archive held them.
     */
    private static final class SideViews {
        static javafx.scene.Node cluster(MainViewModel vm, MapPane map) {
            return new ClusterInspectorView(vm, map.controller());
        }

        static javafx.scene.Node validation(MainViewModel vm, MapPane map) {
            return new ValidationView(vm, map.controller());
        }

        static javafx.scene.Node goalSeek(MainViewModel vm) {
            return new org.villageplanner.ui.goalseek.GoalSeekView(vm);
        }

        static javafx.scene.Node layers(MainViewModel vm) {
            return new org.villageplanner.ui.layers.LayersView(vm);
        }
    }

    private static ScrollPane scrolled(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
