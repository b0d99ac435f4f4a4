package org.villageplanner.ui.layers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/**
 * In the cluster inspector: one switch per barrier layer of the project, "a bridge crosses it for this cluster".
 * Switching one on adds the barrier to the cluster's {@code bridges} (the scenario JSON key the CLI reads and
 * writes too), an undoable edit saved with the scenario; validation then counts the cut links as neighbours for
 * this cluster only. Empty when the project has no barriers.
 */
public final class BridgesSection {
    private BridgesSection() {
    }

    public static VBox build(MainViewModel vm, Scenario s, Cluster c) {
        VBox box = new VBox(4);
        box.setId("bridgesSection");
        List<Barrier> barriers = vm.session.project() == null ? List.of() : vm.session.project().barriers();
        List<String> names = new ArrayList<>(barriers.stream().map(Barrier::name).toList());
        // A bridge over a layer that is no longer a barrier is still shown, so it can be taken off.
        c.bridges().stream().filter(b -> !names.contains(b)).forEach(names::add);
        if (names.isEmpty()) {
            box.setManaged(false);
            box.setVisible(false);
            return box;
        }
        Label title = new Label(I18n.t("uilayers.bridges.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(I18n.t("uilayers.bridges.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        box.getChildren().addAll(title, hint);
        for (String name : names) {
            CheckBox bridge = new CheckBox(I18n.t("uilayers.bridges.item", name));
            bridge.setId("bridge-" + name);
            bridge.setWrapText(true);
            bridge.setSelected(c.bridges().contains(name));
            bridge.setOnAction(e -> setBridge(vm, c.id(), name, bridge.isSelected()));
            box.getChildren().add(bridge);
        }
        return box;
    }

    /** Switches barrier {@code name} off ({@code on}) or back on for cluster {@code id}: one undoable edit. */
    public static boolean setBridge(MainViewModel vm, String id, String name, boolean on) {
        Scenario s = vm.session.scenario();
        Cluster c = s == null ? null : s.cluster(id).orElse(null);
        if (c == null || c.bridges().contains(name) == on) {
            return false;
        }
        List<String> next = new ArrayList<>(c.bridges());
        if (on) {
            next.add(name);
        } else {
            next.remove(name);
        }
        return vm.session.edit(s.withCluster(c.withBridges(next)),
                I18n.t(on ? "uilayers.edit.bridgeOn" : "uilayers.edit.bridgeOff", name, c.name()));
    }
}
